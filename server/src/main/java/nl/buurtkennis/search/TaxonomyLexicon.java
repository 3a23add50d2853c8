package nl.buurtkennis.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.buurtkennis.analysis.WordCache;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.taxonomy.Concept;
import nl.buurtkennis.taxonomy.Facet;
import nl.buurtkennis.taxonomy.GlossaryEntry;
import nl.buurtkennis.taxonomy.LocalizedText;
import nl.buurtkennis.taxonomy.Taxonomy;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A small Dutch–English word list read from the taxonomy: where a label's two languages have the
 * same number of content words, the words are paired in order ({@code Vertrouwen in de politie} /
 * {@code Trust in the police} gives vertrouwen = trust, politie = police), unless the concept
 * says its labels order their words differently ({@code pair_label_words: false}: {@code Grip op
 * de omgeving} / {@code Sense of control} is no grip = sense), and each word of a
 * glossary entry is paired with each of the other language's ({@code ouderen} = elderly) and,
 * as another name, with each other word of its own language ({@code wiet} = hennep). It
 * translates a query word by word, so a question in one language also finds documents written in
 * the other.
 *
 * <p>A glossary entry may also list a phrase ({@code young people} beside {@code youth}): the
 * query's words that stand as the phrase does, adjacent and in its order, are translated as one
 * item ({@link #units}), and neither of them alone ({@code young} is no {@code jongeren}).
 *
 * <p>A word is looked up as it is listed, else by its term in the index's analysis of its
 * language, so that the lexicon joins no words the index keeps apart ({@code informal} is not
 * {@code information}); a phrase as listed, else by its words' terms ({@code Young Peoples}).
 */
final class TaxonomyLexicon {
  /** The analyzer queries are parsed with: its Dutch and English body fields read a word. */
  private static final Analyzer QUERIES = IndexSchema.queryAnalyzer();

  /** By source and target language ("en>nl"): a word or its term → words in the target. */
  private final Map<String, Map<String, Set<String>>> entries = new HashMap<>();
  /**
   * The terms of the words looked up, by language and word: a search asks for the same words'
   * terms several times (the query's translations, each word's own, the words it searches).
   */
  private final WordCache<String> terms = new WordCache<>(5_000);
  /**
   * The units of the queries looked up ({@link #units}): a search asks for those of the same text
   * many times (its translations, its alternatives, its passages' words, its missing words).
   */
  private final WordCache<List<String>> units = new WordCache<>(1_000);
  /** The glossary's phrases by language, as listed and by the terms of their words there. */
  private final Map<String, Set<String>> phrases = new HashMap<>();
  /** The words of the longest phrase: the longest run of a query that can be one item. */
  private int longestPhrase = 1;

  TaxonomyLexicon(Taxonomy taxonomy) {
    for (Facet facet : taxonomy.facets()) {
      pair(facet.label());
      for (Concept concept : facet.concepts()) {
        if (concept.pairLabelWords()) {
          pair(concept.label());
        }
      }
    }
    for (GlossaryEntry entry : taxonomy.glossary()) {
      List<String> nl = listed(entry.nl(), "nl");
      List<String> en = listed(entry.en(), "en");
      for (String dutch : nl) {
        for (String english : en) {
          pairWords(dutch, english);
        }
      }
      synonyms("nl", nl);
      synonyms("en", en);
    }
  }

  /**
   * The words of {@code query}, with each run of them that a glossary phrase names joined as one
   * item, in the order of the query, the longest run first: {@code how to involve Young People}
   * is how, to, involve, young people. The lexicon translates each item as a whole.
   */
  List<String> units(String query) {
    return units.computeIfAbsent(query, this::unitsOf);
  }

  private List<String> unitsOf(String query) {
    List<String> words = ConceptMatcher.words(query);
    List<String> units = new ArrayList<>();
    int start = 0;
    while (start < words.size()) {
      int end = Math.min(words.size(), start + longestPhrase);
      while (end > start + 1 && !isPhrase(words.subList(start, end))) {
        end--;
      }
      units.add(String.join(" ", words.subList(start, end)));
      start = end;
    }
    return List.copyOf(units);
  }

  /**
   * {@code query} as {@code language}'s texts are to be asked for it: nothing where its words are
   * all glossary phrases of the other language that {@code language} does not list too, else the
   * query itself. {@code special constables} is English, and its words are no Dutch text's
   * ({@code speciale}), where the phrase's translation is looked for instead. Beside other words
   * such a phrase stays: taken out, the words left would each be required on their own
   * ({@code neighbourhood information evening} found every Dutch text holding "neighbourhood").
   */
  String withoutPhrasesOfOtherLanguage(String query, String language) {
    String other = language.equals("nl") ? "en" : "nl";
    List<String> units = units(query);
    boolean allOfOther = isPhrasesOnly(units) && units.stream()
        .filter(unit -> unit.contains(" "))
        .allMatch(unit -> isPhraseIn(unit, other) && !isPhraseIn(unit, language));
    return allOfOther ? "" : query;
  }

  /** Whether {@code query} holds a glossary phrase and, beside its phrases, only stop words. */
  boolean isPhrasesOnly(String query) {
    return isPhrasesOnly(units(query));
  }

  private static boolean isPhrasesOnly(List<String> units) {
    return units.stream().anyMatch(unit -> unit.contains(" ")) && units.stream()
        .allMatch(unit -> unit.contains(" ") || ConceptMatcher.isStopWord(unit));
  }

  private boolean isPhraseIn(String unit, String language) {
    Set<String> own = phrases.getOrDefault(language, Set.of());
    return own.contains(unit) || own.contains(terms(unit, language));
  }

  /**
   * The words and phrases ({@link #units}) of {@code query} that the lexicon can put into
   * {@code target}, translated, in the order of the query; empty when it knows none.
   */
  List<String> translate(String query, String target) {
    return lookUp(query, target.equals("nl") ? "en" : "nl", target);
  }

  /**
   * What else a search in {@code language}'s fields may look for in place of {@code word}: its
   * translations into that language, and its other names there ({@code wiet}: hennep); not those
   * that the language's analysis reads as a word already searched ({@code fraud} for
   * {@code fraude}, {@code inbraken} for {@code inbraak}), nor two that it reads as one. An
   * alternative of several words is a phrase, to be searched as one ({@code young people} for
   * {@code jongeren}).
   */
  List<String> alternatives(String word, String language) {
    Set<String> words = new LinkedHashSet<>(translate(word, language));
    words.addAll(lookUp(word, language, language));
    Set<String> searched = new HashSet<>();
    for (String typed : ConceptMatcher.words(word)) {
      searched.add(term(typed, language));
    }
    for (String unit : units(word)) {
      searched.add(terms(unit, language));
    }
    words.removeIf(alternative -> !searched.add(terms(alternative, language)));
    return List.copyOf(words);
  }

  private List<String> lookUp(String query, String source, String target) {
    Map<String, Set<String>> known = entries.getOrDefault(source + ">" + target, Map.of());
    Set<String> words = new LinkedHashSet<>();
    for (String unit : units(query)) {
      Set<String> listed = known.get(unit);
      words.addAll(listed != null ? listed : known.getOrDefault(terms(unit, source), Set.of()));
    }
    return List.copyOf(words);
  }

  /**
   * A glossary side's words and phrases, each as its words folded and joined by one space; a
   * phrase is remembered as a run a query may hold.
   */
  private List<String> listed(List<String> side, String language) {
    List<String> items = new ArrayList<>();
    for (String item : side) {
      List<String> words = ConceptMatcher.words(item);
      String listed = String.join(" ", words);
      if (words.size() > 1) {
        Set<String> own = phrases.computeIfAbsent(language, k -> new HashSet<>());
        own.add(listed);
        own.add(terms(listed, language));
        longestPhrase = Math.max(longestPhrase, words.size());
      }
      items.add(listed);
    }
    return items;
  }

  /** Whether {@code run}, two words or more, is a glossary phrase as listed or by its terms. */
  private boolean isPhrase(List<String> run) {
    String joined = String.join(" ", run);
    List<String> forms = Stream.concat(Stream.of(joined),
        IndexSchema.LANGUAGES.stream().map(language -> terms(joined, language))).toList();
    return phrases.values().stream().anyMatch(own -> forms.stream().anyMatch(own::contains));
  }

  private void pair(LocalizedText label) {
    List<String> nl = contentWords(label.nl());
    List<String> en = contentWords(label.en());
    if (nl.isEmpty() || nl.size() != en.size()) {
      return;
    }
    for (int i = 0; i < nl.size(); i++) {
      pairWords(nl.get(i), en.get(i));
    }
  }

  private void pairWords(String nl, String en) {
    if (nl.equals(en)) {
      return;
    }
    add("en", en, "nl", nl);
    add("nl", nl, "en", en);
  }

  private void synonyms(String language, List<String> words) {
    for (String word : words) {
      for (String other : words) {
        if (!word.equals(other)) {
          add(language, word, language, other);
        }
      }
    }
  }

  /**
   * {@code sourceWord} in {@code source} means {@code word} in {@code target}: listed under the
   * word itself, which then has only its own entries, and under its term.
   */
  private void add(String source, String sourceWord, String target, String word) {
    Map<String, Set<String>> known =
        entries.computeIfAbsent(source + ">" + target, k -> new HashMap<>());
    known.computeIfAbsent(terms(sourceWord, source), k -> new LinkedHashSet<>()).add(word);
    known.computeIfAbsent(sourceWord, k -> new LinkedHashSet<>()).add(word);
  }

  private static List<String> contentWords(String text) {
    List<String> words = new ArrayList<>();
    for (String word : ConceptMatcher.words(text)) {
      if (!ConceptMatcher.isStopWord(word)) {
        words.add(word);
      }
    }
    return words;
  }

  /**
   * The terms of an item's words ({@link #term}), joined by one space: a word's term, a phrase's
   * terms in order.
   */
  private String terms(String item, String language) {
    List<String> words = ConceptMatcher.words(item);
    if (words.size() == 1) {
      return term(words.get(0), language);
    }
    List<String> terms = new ArrayList<>();
    for (String word : words) {
      terms.add(term(word, language));
    }
    return String.join(" ", terms);
  }

  /**
   * The word's term in {@code language}'s analysis, marked so that it cannot be taken for a word
   * as listed; the word itself when the analysis drops it (a stop word).
   */
  private String term(String word, String language) {
    return terms.computeIfAbsent(language + ":" + word, key -> analysed(word, language));
  }

  private static String analysed(String word, String language) {
    try (TokenStream tokens =
        QUERIES.tokenStream(IndexSchema.field(IndexSchema.BODY, language), word)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      String first = tokens.incrementToken() ? term.toString() : word;
      tokens.end();
      return "=" + first;
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a word in memory reads no file", e);
    }
  }
}
