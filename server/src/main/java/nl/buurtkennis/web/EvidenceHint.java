package nl.buurtkennis.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import nl.buurtkennis.search.SearchRequest;
import nl.buurtkennis.search.SearchResponse;
import nl.buurtkennis.taxonomy.Concept;
import nl.buurtkennis.taxonomy.Facet;
import nl.buurtkennis.taxonomy.LocalizedText;
import nl.buurtkennis.taxonomy.Taxonomy;

/**
 * A pointer to the strength-of-evidence filter for words the search could not find that name it
 * ({@code evidence}, {@code bewijs}) or one of its levels ({@code before and after},
 * {@code nulmeting}), and for a query that is a whole name of a level, found or not ({@code
 * control group}): the levels are a facet that only filters, so no document "contains" them,
 * and a user who typed them is better served by the filter than by "no document contains".
 * The names are the taxonomy's labels and synonyms of the facet and its levels, in both
 * languages.
 *
 * @param text what the words name, in the page's language
 * @param link the link's words
 * @param url the search without the words: with the level selected, or jumping to the facet
 *     where no document of that search has the level
 */
public record EvidenceHint(String text, String link, String url) {
  /** The facet of the strength of evidence. */
  static final String DIM = "evidence";
  /** The shortest query word read as the start of a longer name ({@code bewijs}kracht). */
  private static final int SHORTEST_PART = 5;

  /**
   * The hints for {@code response}'s words that found nothing (or, where nothing was searched,
   * its whole query as one name); none when they name nothing of the facet.
   *
   * @param count how many documents a search finds (a negative number when that is not known)
   */
  static List<EvidenceHint> of(Messages msg, Taxonomy taxonomy, SearchRequest request,
      SearchResponse response, ToLongFunction<SearchRequest> count) {
    Optional<Facet> found = taxonomy.facet(DIM);
    if (found.isEmpty() || !request.selected(DIM).isEmpty()) {
      return List.of();
    }
    Facet facet = found.get();
    String lang = msg.lang();
    String facetLabel = facet.label().in(lang);
    List<List<String>> candidates = new ArrayList<>();
    List<String> query = words(request.query());
    // a whole name first: its hint's link leaves out all its words, not only those found nowhere
    boolean wholeName = facet.concepts().stream().anyMatch(level -> isName(query, level));
    if (wholeName) {
      candidates.add(query);
    }
    response.unmatched().forEach(word -> candidates.add(words(word)));
    if (response.nothingSearched() && !wholeName) {
      candidates.add(query);
    }
    Map<String, EvidenceHint> hints = new LinkedHashMap<>();
    for (List<String> candidate : candidates) {
      if (candidate.isEmpty()) {
        continue;
      }
      SearchRequest rest = withQuery(request,
          rest(request.query(), candidate, response.stopWords()));
      SearchUrls without = new SearchUrls(rest);
      Optional<Concept> level = facet.concepts().stream()
          .filter(concept -> names(candidate, concept)).findFirst();
      if (level.isPresent()) {
        String label = level.get().label().in(lang);
        String selected = without.with(DIM, level.get().id());
        // a level no document of the search has would lead to no results: to the facet instead
        boolean anyHasIt = count.applyAsLong(selecting(rest, level.get().id())) != 0;
        hints.putIfAbsent(level.get().id(), anyHasIt
            ? new EvidenceHint(msg.format("evidence.hint.level", label, facetLabel),
                msg.format("evidence.hint.level.link", label, facetLabel), selected)
            : new EvidenceHint(msg.format("evidence.hint.level.none", label, facetLabel),
                msg.format("evidence.hint.facet.link", facetLabel),
                without.current() + "#" + SearchPage.facetAnchor(DIM)));
      } else if (namesFacet(candidate, facet.label())) {
        hints.putIfAbsent("", new EvidenceHint(msg.format("evidence.hint.facet", facetLabel),
            msg.format("evidence.hint.facet.link", facetLabel),
            without.current() + "#" + SearchPage.facetAnchor(DIM)));
      }
    }
    return List.copyOf(hints.values());
  }

  /** Whether {@code words} name the level by its label or a synonym, in either language. */
  private static boolean names(List<String> words, Concept concept) {
    return namesOf(concept).stream().anyMatch(name -> startsWith(name, words));
  }

  /**
   * Whether {@code words} are a whole name of the level, which texts may well hold word by word
   * ({@code control group}, a synonym of comparison group, finds texts on social control and
   * groups): the filter is what the user is after, whatever the texts hold.
   */
  private static boolean isName(List<String> words, Concept concept) {
    return !words.isEmpty() && namesOf(concept).contains(words);
  }

  private static List<List<String>> namesOf(Concept concept) {
    List<String> names = new ArrayList<>(List.of(concept.label().nl(), concept.label().en()));
    names.addAll(concept.synonyms("nl"));
    names.addAll(concept.synonyms("en"));
    return names.stream().map(EvidenceHint::words).toList();
  }

  /**
   * Whether the name begins with the words: all of it, two words or more of it ({@code before
   * and after} measurement), or one long word of it ({@code comparison} group).
   */
  private static boolean startsWith(List<String> name, List<String> words) {
    if (words.size() > name.size() || !name.subList(0, words.size()).equals(words)) {
      return false;
    }
    return words.size() == name.size() || words.size() > 1
        || words.get(0).length() >= SHORTEST_PART;
  }

  /**
   * Whether one word names the facet: a word of its label of more than three letters
   * ({@code evidence}, not {@code of}), or the start of one ({@code bewijs}kracht).
   */
  private static boolean namesFacet(List<String> words, LocalizedText label) {
    if (words.size() != 1) {
      return false;
    }
    String word = words.get(0);
    return words(label.nl() + " " + label.en()).stream().filter(w -> w.length() > 3)
        .anyMatch(w -> w.equals(word) || word.length() >= SHORTEST_PART && w.startsWith(word));
  }

  /** The query without the words that name the facet; blank when only stop words are left. */
  private static String rest(String query, List<String> naming, List<String> stopWords) {
    Set<String> stops = stopWords.stream().map(w -> w.toLowerCase(Locale.ROOT))
        .collect(Collectors.toSet());
    List<String> kept = Arrays.stream(query.strip().split("\\s+"))
        .filter(token -> !naming.containsAll(words(token)) || words(token).isEmpty())
        .toList();
    boolean searched = kept.stream().flatMap(token -> words(token).stream())
        .anyMatch(word -> !stops.contains(word));
    return searched ? String.join(" ", kept) : "";
  }

  private static SearchRequest selecting(SearchRequest request, String level) {
    Map<String, List<String>> filters = new LinkedHashMap<>(request.filters());
    filters.put(DIM, List.of(level));
    return new SearchRequest(request.query(), filters, request.yearFrom(), request.yearTo(), 1,
        request.size(), request.sort(), request.lang());
  }

  private static SearchRequest withQuery(SearchRequest request, String query) {
    return new SearchRequest(query, request.filters(), request.yearFrom(), request.yearTo(), 1,
        request.size(), request.sort(), request.lang());
  }

  /** The lower-case words of {@code text}: letters and digits, hyphens and spaces between. */
  private static List<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty()).toList();
  }
}
