package nl.buurtkennis.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.buurtkennis.analysis.DutchStopWords;
import nl.buurtkennis.analysis.EnglishStopWords;
import nl.buurtkennis.analysis.SuspendedCompounds;
import nl.buurtkennis.taxonomy.Concept;
import nl.buurtkennis.taxonomy.Facet;
import nl.buurtkennis.taxonomy.Taxonomy;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Finds the concepts that a query names, in either language and in any listed spelling: the
 * labels and synonyms of the taxonomy are compared with every run of query words, ignoring case,
 * diacritics, hyphens and spaces inside compounds, inflection and stop words, longest run first.
 */
public final class ConceptMatcher {
  /** {@link Taxonomy#TOPIC_FACETS}. */
  public static final List<String> TOPIC_FACETS = Taxonomy.TOPIC_FACETS;
  /** The most words of a run at the least; a longer name makes runs longer ({@link #maxWords}). */
  private static final int MAX_WORDS = 6;
  /** What follows the apostrophe of {@code risico's}, a word of its own here ({@link #words}). */
  private static final String PLURAL_S = "s";
  private static final Pattern WORD = Pattern.compile(QueryWordPattern.WORD);
  private static final Pattern EXCLUDED = Pattern.compile("(^|\\s)-(\"[^\"]*\"?|\\S+)");
  private static final Pattern QUOTE = Pattern.compile("\"[^\"]*\"?");
  private static final Pattern MARK = Pattern.compile("\\p{M}");

  private final Map<String, Set<ConceptRef>> byKey = new HashMap<>();
  private final TaxonomyLexicon lexicon;
  /**
   * The most words a run of the query is looked up with: those of the longest name, at least
   * {@link #MAX_WORDS} (seven for {@code taking the law into your own hands}).
   */
  private final int maxWords;

  /** A concept with the facet it belongs to. */
  public record ConceptRef(String facet, Concept concept) {}

  /** A concept named by a run of query words. */
  public record Match(ConceptRef ref, String words) {}

  public ConceptMatcher(Taxonomy taxonomy) {
    this.lexicon = new TaxonomyLexicon(taxonomy);
    int longest = MAX_WORDS;
    for (String facetId : TOPIC_FACETS) {
      Facet facet = taxonomy.facet(facetId).orElse(null);
      if (facet == null) {
        continue;
      }
      for (Concept concept : facet.concepts()) {
        ConceptRef ref = new ConceptRef(facetId, concept);
        List<List<String>> names = Stream.of(List.of(concept.label().nl(),
                concept.label().en()), concept.synonymsNl(), concept.synonymsEn())
            .flatMap(List::stream).map(ConceptMatcher::words).toList();
        for (List<String> name : names) {
          longest = Math.max(longest, name.size());
          keys(name).forEach(
              key -> byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(ref));
        }
      }
    }
    maxWords = longest;
  }

  /** A closed quoted phrase. */
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

  /**
   * The concepts named in {@code query}, longest runs of words first, without overlaps. Excluded
   * words and quoted phrases (which ask for exactly those words) name no concept.
   */
  public List<Match> find(String query) {
    List<String> words = words(QUOTE.matcher(EXCLUDED.matcher(query).replaceAll(" "))
        .replaceAll(" "));
    List<Match> matches = new ArrayList<>();
    int start = 0;
    while (start < words.size()) {
      int matchedEnd = -1;
      for (int end = Math.min(words.size(), start + maxWords); end > start; end--) {
        List<String> run = words.subList(start, end);
        if (run.size() > 1 && (isStopWord(run.get(0)) || isStopWord(run.get(run.size() - 1)))) {
          continue; // wijkagent OR names what wijkagent names, as a word alone, not as a run
        }
        Set<ConceptRef> refs = lookup(run);
        if (!refs.isEmpty()) {
          refs.forEach(ref -> matches.add(new Match(ref, String.join(" ", run))));
          matchedEnd = end;
          break;
        }
      }
      start = matchedEnd > 0 ? matchedEnd : start + 1;
    }
    return matches;
  }

  /**
   * The concepts that a quoted phrase of the query names whole, as one of their names
   * ({@code "eigen rechter spelen"}, {@code "fear of crime"}); not an excluded phrase, nor one
   * that holds a name among other words.
   */
  public List<Match> quotedNames(String query) {
    List<Match> matches = new ArrayList<>();
    Matcher quoted = QUOTED.matcher(Exclusions.of(query).wanted());
    while (quoted.find()) {
      List<String> run = words(quoted.group(1));
      if (!run.isEmpty() && run.size() <= maxWords) {
        lookup(run).forEach(ref -> matches.add(new Match(ref, String.join(" ", run))));
      }
    }
    return matches;
  }

  /**
   * {@code wanted}, a query's wanted words, with the quotes left out around each phrase that names
   * a concept whole ({@link #quotedNames}): {@code "sociale uitsluiting" jongeren} is
   * {@code sociale uitsluiting jongeren}.
   */
  public String withQuotedNamesUnquoted(String wanted) {
    Matcher quoted = QUOTED.matcher(wanted);
    StringBuilder unquoted = new StringBuilder();
    while (quoted.find()) {
      boolean names = !quotedNames("\"" + quoted.group(1) + "\"").isEmpty();
      quoted.appendReplacement(unquoted,
          Matcher.quoteReplacement(names ? quoted.group(1) : quoted.group()));
    }
    quoted.appendTail(unquoted);
    return unquoted.toString();
  }

  /**
   * The words of the matches whose name the query writes in several words ({@code priva cy},
   * {@code subjectieve veiligheid}): words that find the concept together, not each alone.
   */
  static Set<String> wordsOfLongerNames(List<Match> matches) {
    return wordsOfNames(matches, true);
  }

  /** The query words that each name a concept alone ({@code waterbedeffect}). */
  static Set<String> wordsNamingAlone(List<Match> matches) {
    return wordsOfNames(matches, false);
  }

  private static Set<String> wordsOfNames(List<Match> matches, boolean severalWords) {
    Set<String> words = new LinkedHashSet<>();
    for (Match match : matches) {
      List<String> run = words(match.words());
      if (run.size() > 1 == severalWords) {
        words.addAll(run);
      }
    }
    return words;
  }

  /**
   * The languages ({@code nl}, {@code en}) in which one of {@code refs}' names is {@code words}:
   * {@code angst voor criminaliteit} is a Dutch name of feeling-safer, {@code fear of crime} an
   * English one.
   */
  static Set<String> languagesNaming(Set<ConceptRef> refs, String words) {
    Set<String> typed = keys(words(words));
    Set<String> languages = new LinkedHashSet<>();
    for (ConceptRef ref : refs) {
      Concept concept = ref.concept();
      if (namesAny(Stream.concat(Stream.of(concept.label().nl()),
          concept.synonymsNl().stream()), typed)) {
        languages.add("nl");
      }
      if (namesAny(Stream.concat(Stream.of(concept.label().en()),
          concept.synonymsEn().stream()), typed)) {
        languages.add("en");
      }
    }
    return languages;
  }

  private static boolean namesAny(Stream<String> names, Set<String> typedKeys) {
    return names.anyMatch(name -> nameKeys(name).stream().anyMatch(typedKeys::contains));
  }

  /**
   * The keys of a concept's name ({@link #keys}), worked out once per name: a query that is a
   * name of several words asks for them in each parse of it (the phrase, its words unquoted, and
   * again for the passages), and a name has up to nine keys, each a stemming of its words.
   */
  private static final Map<String, Set<String>> NAME_KEYS = new ConcurrentHashMap<>();

  private static Set<String> nameKeys(String name) {
    return NAME_KEYS.computeIfAbsent(name, n -> Collections.unmodifiableSet(keys(words(n))));
  }

  /** The word-by-word translations the taxonomy's labels allow. */
  TaxonomyLexicon lexicon() {
    return lexicon;
  }

  /**
   * Whether {@code match} names its concept by the concept's label in either language
   * ({@code opsporing}, {@code toezicht}), in any form the lookup reads alike, rather than by one
   * of its synonyms ({@code neighbourhood watch}, {@code Burgernet}).
   */
  static boolean isLabel(Match match) {
    Set<String> typed = keys(words(match.words()));
    Concept concept = match.ref().concept();
    return Stream.of(concept.label().nl(), concept.label().en())
        .anyMatch(label -> nameKeys(label).stream().anyMatch(typed::contains));
  }

  private Set<ConceptRef> lookup(List<String> run) {
    Set<ConceptRef> refs = new LinkedHashSet<>();
    for (String key : keys(run)) {
      refs.addAll(byKey.getOrDefault(key, Set.of()));
    }
    return refs;
  }

  /**
   * The forms under which a run of words is known: joined as written, stemmed in Dutch (also with
   * a present tense or past participle read as its infinitive, as the index reads it:
   * {@code meldt} and {@code gemeld} are {@code melden}), stemmed in English (also in British
   * spelling: {@code neighborhood watch} names what {@code neighbourhood watch} names), and
   * without stop words and the {@code s} of a plural or possessive written with an apostrophe
   * ({@code risico's} names what {@code risico} names, as the index reads them alike). A run of
   * only stop words has no key.
   */
  private static Set<String> keys(List<String> words) {
    Set<String> keys = new LinkedHashSet<>();
    List<String> content = words.stream()
        .filter(w -> !isStopWord(w) && !w.equals(PLURAL_S)).toList();
    if (content.isEmpty()) {
      return keys;
    }
    List<ConceptKeyStems> all = words.stream().map(ConceptKeyStems::of).toList();
    List<ConceptKeyStems> ofContent = content.stream().map(ConceptKeyStems::of).toList();
    keys.add(String.join("", words));
    keys.add(joined(all, ConceptKeyStems::dutch));
    keys.add(joined(all, ConceptKeyStems::english));
    keys.add(joined(ofContent, ConceptKeyStems::dutch));
    keys.add(joined(ofContent, ConceptKeyStems::english));
    keys.add(joined(all, ConceptKeyStems::dutchInfinitive));
    keys.add(joined(ofContent, ConceptKeyStems::dutchInfinitive));
    keys.add(joined(all, ConceptKeyStems::british));
    keys.add(joined(ofContent, ConceptKeyStems::british));
    return keys;
  }

  private static String joined(List<ConceptKeyStems> words,
      Function<ConceptKeyStems, String> stem) {
    StringBuilder key = new StringBuilder();
    for (ConceptKeyStems word : words) {
      key.append(stem.apply(word));
    }
    return key.toString();
  }

  static String stemmed(List<String> words, SnowballStemmer stemmer) {
    StringBuilder key = new StringBuilder();
    for (String word : words) {
      stemmer.setCurrent(word);
      stemmer.stem();
      key.append(stemmer.getCurrent());
    }
    return key.toString();
  }

  static boolean isStopWord(String word) {
    return DutchStopWords.SET.contains(word) || EnglishStopWords.SET.contains(word);
  }

  /**
   * Lower-cased words without diacritics ({@link QueryWordPattern}); hyphens, quotes and
   * punctuation separate words, and an apostrophe does but in a stop word ({@code won't}, written
   * with a straight apostrophe).
   */
  static List<String> words(String text) {
    // a name as the analysis reads it: hang- en sluitwerk as hangwerk en sluitwerk
    String folded = Normalizer.normalize(
            SuspendedCompounds.completed(text).replace("\u0133", "ij"), Normalizer.Form.NFD)
        .transform(unfolded -> MARK.matcher(unfolded).replaceAll(""))
        .toLowerCase(Locale.ROOT)
        .replace('\u2019', '\'');
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(folded);
    while (matcher.find()) {
      words.add(matcher.group());
    }
    return words;
  }
}
