package nl.buurtkennis.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import nl.buurtkennis.analysis.DutchStopWords;
import nl.buurtkennis.analysis.EnglishStopWords;
import nl.buurtkennis.taxonomy.Concept;
import nl.buurtkennis.taxonomy.Facet;
import nl.buurtkennis.taxonomy.Taxonomy;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Which topic concepts of the vocabulary a document is about, as the value of one feature per
 * concept in {@link IndexSchema#TOPICS} ({@link #value}): 1 when the document is tagged with the
 * concept or a narrower one, plus a share of 1 that grows with the times its body, title, summary
 * and keywords use one of the concept's names (a label or a synonym, in the document's language),
 * counted once at index time.
 * A search for a concept then reads one posting list, instead of the concept's facet term and a
 * phrase (or a term) per name, each of which reads postings of its own.
 *
 * <p>A name matches where a phrase query for it would: its words as the query analyzer reads them,
 * at the same distances (a removed stop word leaves a gap), found among the terms the index
 * analyzer put at each position of the body.
 */
public final class ConceptMentions {
  /**
   * The most names of one concept highlighted, labels first, Dutch then English; counted, the
   * most in each language ({@link #countedNames}).
   */
  public static final int MAX_NAMES = 24;
  /** The uses of a concept's names that count for half as much as a body can add. */
  static final int HALF_USES = 1;
  private static final NamePattern[] NO_PATTERNS = new NamePattern[0];
  /** What parts a name's words: not a hyphen, which joins one word ({@code buy-in}). */
  private static final Pattern BETWEEN_WORDS = Pattern.compile("[\\s/]+");

  /** The patterns by language and first term, as arrays: a body walks them for each name word. */
  private final Map<String, Map<String, NamePattern[]>> byLanguageAndFirstTerm = new HashMap<>();
  /**
   * Every word of a name, per language: the only terms of a body worth keeping, each mapped to the
   * one string the patterns hold, so that a body's words are not copied and look-ups compare
   * them by identity.
   */
  private final Map<String, CharArrayMap<String>> nameTerms = new HashMap<>();

  /** A name as positions, each holding the terms any of which matches there. */
  private record NamePattern(String key, int[] offsets, List<Set<String>> terms) {}

  public ConceptMentions(Taxonomy taxonomy, Analyzer queryAnalyzer) {
    Map<String, Map<String, List<NamePattern>>> patterns = new HashMap<>();
    for (String facetId : IndexSchema.TOPIC_DIMS) {
      Facet facet = taxonomy.facet(facetId).orElse(null);
      if (facet == null) {
        continue;
      }
      for (Concept concept : facet.concepts()) {
        countedNames(concept).forEach((language, names) -> {
          for (String name : names) {
            NamePattern pattern = pattern(queryAnalyzer, language, key(facetId, concept.id()),
                name);
            if (pattern == null) {
              continue;
            }
            Map<String, List<NamePattern>> byFirstTerm =
                patterns.computeIfAbsent(language, l -> new HashMap<>());
            for (String first : pattern.terms().get(0)) {
              byFirstTerm.computeIfAbsent(first, t -> new ArrayList<>()).add(pattern);
            }
            CharArrayMap<String> words = nameTerms.computeIfAbsent(language,
                l -> new CharArrayMap<>(64, false));
            pattern.terms().forEach(terms -> terms.forEach(term -> words.put(term, term)));
          }
        });
      }
    }
    patterns.forEach((language, byFirstTerm) -> {
      Map<String, NamePattern[]> frozen = new HashMap<>();
      byFirstTerm.forEach((first, list) -> frozen.put(first, list.toArray(NamePattern[]::new)));
      byLanguageAndFirstTerm.put(language, frozen);
    });
  }

  /** The feature of {@link IndexSchema#TOPICS} that stands for a concept. */
  public static String key(String facet, String conceptId) {
    return facet + "/" + conceptId;
  }

  /**
   * The names of a concept a search looks for, per language (Dutch, then English), label first,
   * at most {@link #MAX_NAMES} in all. A search finds and marks a text by them, each as a phrase.
   */
  public static Map<String, List<String>> names(Concept concept) {
    return names(concept, false);
  }

  /**
   * The names whose uses a document's value for the concept counts ({@link #value}): {@link
   * #names(Concept)} but a name of several words that says but one word among stop words ({@link
   * #isOneWordOfALongerName}). A search still finds and marks a text by such a name ("te veel
   * <mark>sturing</mark>" for {@code red tape}); only the counted uses leave it out. And at most
   * {@link #MAX_NAMES} in each language, not in all: the cap shared by both, Dutch first, left
   * citizen surveillance (16 Dutch names) 8 of its 13 English ones, and the English text titled
   * "WhatsApp neighbourhood prevention groups" had neither its uses of that name counted nor its
   * title read as naming the form. (The names marked keep the shared cap: marked, the name
   * outweighed the passage on the effect for {@code does whatsapp neighbourhood prevention reduce
   * burglaries?}.)
   */
  static Map<String, List<String>> countedNames(Concept concept) {
    return names(concept, true);
  }

  private static Map<String, List<String>> names(Concept concept, boolean counted) {
    Map<String, List<String>> names = new LinkedHashMap<>();
    int added = 0;
    for (String language : IndexSchema.LANGUAGES) {
      if (counted) {
        added = 0;
      }
      Set<String> all = new LinkedHashSet<>();
      all.add(concept.label().in(language));
      all.addAll(concept.synonyms(language));
      List<String> kept = new ArrayList<>();
      for (String name : all) {
        if (counted && isOneWordOfALongerName(language, name)) {
          continue;
        }
        if (added >= MAX_NAMES) {
          break;
        }
        kept.add(name);
        added++;
      }
      names.put(language, kept);
    }
    return names;
  }

  /**
   * Whether {@code name} has several words of which all but one are stop words of its language
   * ({@code More reporting}, {@code meldingen doen}): searched, the stop words are left out, and
   * what is left is that one word, which says less than the name: every "report" of a report on
   * citizens in security, the study itself, counted as a use of <i>more reporting</i>, and ranked
   * it first for {@code aangifte}, above its Dutch twin, which says "rapport".
   */
  static boolean isOneWordOfALongerName(String language, String name) {
    CharArraySet stopWords = "nl".equals(language) ? DutchStopWords.SET
        : EnglishStopWords.SET;
    String[] words = BETWEEN_WORDS.split(name.toLowerCase(Locale.ROOT).strip());
    return words.length > 1
        && Arrays.stream(words).filter(word -> !stopWords.contains(word)).count() == 1;
  }

  /**
   * Spots the names used in a body of {@code language} while the writer indexes it: the returned
   * filter passes the body's tokens on, and {@link MentionSpotter#topics()}, added to the document
   * after the body, holds the value of each concept the document is about.
   *
   * @param tagged the {@link #key}s of the concepts the document is tagged with, and of their
   *     broader concepts
   * @param usesElsewhere the uses of each concept's names in the document's title, summary and
   *     keywords ({@link #usesIn}), which count as uses in the body do; asked for once the body
   *     has been read
   */
  MentionSpotter spotter(String language, TokenStream body, Set<String> tagged,
      Supplier<Map<String, Integer>> usesElsewhere) {
    return new MentionSpotter(body, nameTerms.getOrDefault(language, CharArrayMap.emptyMap()),
        words -> {
          Map<String, Integer> uses = new TreeMap<>(count(language, words));
          usesElsewhere.get().forEach((key, times) -> uses.merge(key, times, Integer::sum));
          Map<String, Float> values = new TreeMap<>();
          tagged.forEach(key -> values.put(key, value(true, 0)));
          uses.forEach((key, times) -> values.put(key, value(tagged.contains(key), times)));
          return values;
        });
  }

  /**
   * How often a short text of {@code language} (a heading, a title, a summary, a keyword) uses
   * the names of each concept, by {@link #key}.
   */
  Map<String, Integer> usesIn(String language, TokenStream text) throws IOException {
    MentionSpotter spotter = spotter(language, text);
    try (spotter) {
      spotter.reset();
      while (spotter.incrementToken()) {
        // only the name words the spotter keeps matter
      }
      spotter.end();
    }
    return uses(language, spotter);
  }

  /**
   * A filter that passes the tokens of a short text of {@code language} on and keeps its name
   * words: once the text has been read through, {@link #uses} gives what {@link #usesIn} gives.
   */
  MentionSpotter spotter(String language, TokenStream text) {
    return new MentionSpotter(text, nameTerms.getOrDefault(language, CharArrayMap.emptyMap()),
        words -> Map.of());
  }

  /** The uses of concept names in a text {@code spotter} has read through, by {@link #key}. */
  Map<String, Integer> uses(String language, MentionSpotter spotter) {
    return count(language, spotter.nameWords());
  }

  /**
   * The value of a concept's feature: a librarian's tag says the document is about the concept and
   * counts 1; the uses of its names add up to 1 more, with diminishing returns, so that no number
   * of uses outweighs the tag.
   */
  public static float value(boolean tagged, int uses) {
    return (tagged ? 1f : 0f) + (float) uses / (uses + HALF_USES);
  }

  /**
   * How often the names of each concept are used, given the words of names a body holds. A term
   * twice at one position counts twice, as in the postings a phrase query reads.
   */
  private Map<String, Integer> count(String language, MentionSpotter.NameWords words) {
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, NamePattern[]> byFirstTerm =
        byLanguageAndFirstTerm.getOrDefault(language, Map.of());
    for (int i = 0; i < words.size(); i++) {
      for (NamePattern pattern : byFirstTerm.getOrDefault(words.words()[i], NO_PATTERNS)) {
        if (matches(pattern, i, words)) {
          counts.merge(pattern.key(), 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  /** Whether the rest of a name follows the word at {@code first}. */
  private static boolean matches(NamePattern pattern, int first,
      MentionSpotter.NameWords words) {
    int start = words.positions()[first];
    for (int i = 1; i < pattern.offsets().length; i++) {
      if (!holdsAny(words, first, start + pattern.offsets()[i], pattern.terms().get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean holdsAny(MentionSpotter.NameWords words, int from, int position,
      Set<String> wanted) {
    int i = from;
    while (i < words.size() && words.positions()[i] < position) {
      i++;
    }
    for (; i < words.size() && words.positions()[i] == position; i++) {
      if (wanted.contains(words.words()[i])) {
        return true;
      }
    }
    return false;
  }

  /** The name as the query analyzer reads it in the body of its language; null without words. */
  private static NamePattern pattern(Analyzer analyzer, String language, String key,
      String name) {
    Map<Integer, List<String>> termsAt = terms(analyzer, IndexSchema.field(IndexSchema.BODY,
        language), name);
    if (termsAt.isEmpty()) {
      return null;
    }
    List<Integer> positions = new ArrayList<>(termsAt.keySet());
    int[] offsets = new int[positions.size()];
    List<Set<String>> terms = new ArrayList<>();
    for (int i = 0; i < positions.size(); i++) {
      offsets[i] = positions.get(i) - positions.get(0);
      terms.add(new LinkedHashSet<>(termsAt.get(positions.get(i))));
    }
    return new NamePattern(key, offsets, terms);
  }

  /** The terms {@code analyzer} puts at each position of {@code text} in {@code field}. */
  private static Map<Integer, List<String>> terms(Analyzer analyzer, String field, String text) {
    Map<Integer, List<String>> termsAt = new TreeMap<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      int position = -1;
      stream.reset();
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        termsAt.computeIfAbsent(position, p -> new ArrayList<>(2)).add(term.toString().intern());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return termsAt;
  }
}
