package nl.buurtkennis.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.taxonomy.Concept;
import nl.buurtkennis.taxonomy.Facet;
import nl.buurtkennis.taxonomy.GlossaryEntry;
import nl.buurtkennis.taxonomy.LocalizedText;
import nl.buurtkennis.taxonomy.Taxonomy;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * A small Dutch–English word list read from the taxonomy: where a label's two languages have the
 * same number of content words, the words are paired in order ({@code Vertrouwen in de politie} /
 * {@code Trust in the police} gives vertrouwen = trust, politie = police), and each word of a
 * glossary entry is paired with each of the other language's ({@code ouderen} = elderly). It
 * translates a query word by word, so a question in one language also finds documents written in
 * the other.
 */
final class TaxonomyLexicon {
  /** Per target language: the stem of a word in the other language → words in the target. */
  private final Map<String, Map<String, Set<String>>> byTarget = new HashMap<>();
  /**
   * Per target language: a word of the other language as listed → words in the target. A word
   * listed as such is translated by its own entries only, not by those of every word with its
   * stem: Porter makes one stem of {@code ouderen} (the elderly) and {@code ouders} (parents).
   */
  private final Map<String, Map<String, Set<String>>> byTargetExact = new HashMap<>();

  TaxonomyLexicon(Taxonomy taxonomy) {
    for (String language : IndexSchema.LANGUAGES) {
      byTarget.put(language, new HashMap<>());
      byTargetExact.put(language, new HashMap<>());
    }
    for (Facet facet : taxonomy.facets()) {
      pair(facet.label());
      for (Concept concept : facet.concepts()) {
        pair(concept.label());
      }
    }
    for (GlossaryEntry entry : taxonomy.glossary()) {
      for (String nl : entry.nl()) {
        for (String en : entry.en()) {
          pairWords(ConceptMatcher.words(nl).get(0), ConceptMatcher.words(en).get(0));
        }
      }
    }
  }

  /**
   * The words of {@code query} that the lexicon can put into {@code target}, translated, in the
   * order of the query; empty when it knows none.
   */
  List<String> translate(String query, String target) {
    String source = target.equals("nl") ? "en" : "nl";
    Map<String, Set<String>> entries = byTarget.get(target);
    Map<String, Set<String>> exact = byTargetExact.get(target);
    Set<String> words = new LinkedHashSet<>();
    for (String word : ConceptMatcher.words(query)) {
      Set<String> listed = exact.get(word);
      words.addAll(listed != null ? listed : entries.getOrDefault(stem(word, source), Set.of()));
    }
    return List.copyOf(words);
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
    add("nl", en, "en", nl);
    add("en", nl, "nl", en);
  }

  private void add(String target, String sourceWord, String source, String word) {
    byTarget.get(target).computeIfAbsent(stem(sourceWord, source), k -> new LinkedHashSet<>())
        .add(word);
    byTargetExact.get(target).computeIfAbsent(sourceWord, k -> new LinkedHashSet<>()).add(word);
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

  private static String stem(String word, String language) {
    SnowballStemmer stemmer = language.equals("nl") ? new DutchStemmer() : new EnglishStemmer();
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }
}
