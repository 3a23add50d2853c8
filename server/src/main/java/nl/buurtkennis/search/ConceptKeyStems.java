package nl.buurtkennis.search;

import nl.buurtkennis.analysis.AmericanSpellingFilter;
import nl.buurtkennis.analysis.DutchPastParticipleFilter;
import nl.buurtkennis.analysis.DutchPresentTenseFilter;
import nl.buurtkennis.analysis.WordCache;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The stems of one word from which {@link ConceptMatcher} makes a run's keys: a run's key is its
 * words' stems joined, and a word is stemmed alone, so each word is stemmed once and not once per
 * run and key it is part of (a query looks up every run of its words as long as the longest
 * concept name, several times per search).
 *
 * @param dutch the Dutch stem (of the singular, where the word is a plural in {@code -ens})
 * @param english the English stem
 * @param dutchInfinitive the Dutch stem of the word's infinitive, where it is a present tense or
 *     past participle ({@code meldt}, {@code gemeld}), else of the word
 * @param british the English stem of the word in British spelling
 */
record ConceptKeyStems(String dutch, String english, String dutchInfinitive, String british) {
  private static final WordCache<ConceptKeyStems> CACHE = new WordCache<>(5_000);
  private static final int MIN_ENS_PLURAL = 6;

  static ConceptKeyStems of(String word) {
    return CACHE.computeIfAbsent(word, w -> new ConceptKeyStems(
        stem(singular(w), new DutchStemmer()), stem(w, new EnglishStemmer()),
        stem(singular(infinitive(w)), new DutchStemmer()),
        stem(AmericanSpellingFilter.british(w), new EnglishStemmer())));
  }

  /**
   * A Dutch plural in {@code -ens} read as its singular in {@code -en} ({@code gevoelens} →
   * {@code gevoelen}): Porter removes only the {@code s} of the plural but the {@code en} of the
   * singular, so that {@code gevoelens} was {@code gevoelen} and {@code gevoel} {@code gevoel}
   * ({@code wapens}, {@code wapen} alike). A short word ({@code mens}) is left alone.
   */
  static String singular(String word) {
    return word.length() >= MIN_ENS_PLURAL && word.endsWith("ens")
        ? word.substring(0, word.length() - 1) : word;
  }

  private static String infinitive(String word) {
    String infinitive = DutchPastParticipleFilter.infinitive(word);
    if (infinitive == null) {
      infinitive = DutchPresentTenseFilter.infinitive(word);
    }
    return infinitive == null ? word : infinitive;
  }

  private static String stem(String word, SnowballStemmer stemmer) {
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }
}
