package nl.buurtkennis.analysis;

import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.fst.FST;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * English words that the Dutch stemmer would cut into a Dutch word of another meaning: {@code
 * evening} and {@code evenings} into {@code even} (just, equally), {@code broken} into {@code brok}
 * (a lump). The Dutch chain reads every word of a query and of the English keywords, so {@code
 * evening} found the Dutch texts saying "even". Such a word, one that SCOWL's English list holds
 * and OpenTaal's Dutch list does not ({@link DutchCompounds#isOnlyEnglish}), and no Dutch stop
 * word or diminutive, whose Dutch stem, cut by an ending of two letters or more, is another word
 * of OpenTaal's list that English does not stem it to, is left as it is by the Dutch steps. A
 * cognate that both stemmers cut to the same word (the {@code contact} of {@code contacts},
 * {@code risk} of {@code risks}) is cut as before, and a word both lists hold ({@code even},
 * {@code team}) is Dutch.
 */
final class EnglishFalseFriends {
  /** Shorter words are left to the Dutch steps: the lists are least sure of them. */
  static final int MIN_LENGTH = 5;
  /**
   * The fewest letters the Dutch stemmer must cut for its stem to be another word: an ending
   * ({@code -ing}, {@code -en}), not a doubled letter made single, which leaves a cognate
   * ({@code process}: {@code proces}, the same word in Dutch).
   */
  static final int MIN_CUT = 2;
  /**
   * The verdicts on the English-only words seen lately: each is asked for in every Dutch field a
   * query or an English keyword is analysed in, and a verdict takes two stemmers and a look-up.
   */
  private static final WordCache<Boolean> VERDICTS = new WordCache<>(5_000);

  private EnglishFalseFriends() {}

  /**
   * {@code input} with {@code dutchSteps} applied to every word but an English false friend,
   * which passes unchanged.
   */
  static TokenStream dutchStepsExceptFalseFriends(TokenStream input,
      Function<TokenStream, TokenStream> dutchSteps) {
    return new ConditionalTokenFilter(input, dutchSteps) {
      private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

      @Override
      protected boolean shouldFilter() {
        return !isFalseFriend(term.toString());
      }
    };
  }

  /**
   * Whether {@code word} (lower case, folded) is English only and the Dutch stemmer reads it as
   * another Dutch word.
   */
  static boolean isFalseFriend(String word) {
    // What DutchCompounds.languageOf calls English, without its compound reading, which an
    // English word never needs: the word is already folded and lower case.
    if (word.length() < MIN_LENGTH || !DutchCompounds.isOnlyEnglish(word)
        || DutchStopWords.SET.contains(word) || DutchDiminutiveFilter.base(word) != null) {
      return false;
    }
    return VERDICTS.computeIfAbsent(word, EnglishFalseFriends::isCutIntoAnotherWord);
  }

  /** Whether the Dutch stemmer cuts the English-only {@code word} into another Dutch word. */
  private static boolean isCutIntoAnotherWord(String word) {
    DutchStemmer stemmer = new DutchStemmer();
    stemmer.setCurrent(word);
    stemmer.stem();
    String stem = stemmer.getCurrent();
    if (stem.length() > word.length() - MIN_CUT || !DutchCompounds.isDutchWord(stem)) {
      return false;
    }
    String english = englishStem(word);
    // A cognate: English reads the word as the Dutch stem, or as what it reads that stem as
    // (experimenting and experiment are both "experi" to Porter).
    return !stem.equals(english) && !englishStem(stem).equals(english);
  }

  /** {@code word} as the English chain stems it: its overrides, else Porter. */
  private static String englishStem(String word) {
    BytesRef override;
    try {
      FST.BytesReader reader = EnglishTextAnalyzer.STEM_OVERRIDES.getBytesReader();
      override = EnglishTextAnalyzer.STEM_OVERRIDES.get(word.toCharArray(), word.length(),
          new FST.Arc<>(), reader);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    if (override != null) {
      return override.utf8ToString();
    }
    PorterStemmer porter = new PorterStemmer();
    porter.setCurrent(word);
    porter.stem();
    return porter.getCurrent();
  }
}
