package nl.buurtkennis.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;

/**
 * Reads a Dutch diminutive as the word it is made from, before stemming: {@code hondje} →
 * {@code hond}, {@code buurtjes} → {@code buurt}, {@code biertje} → {@code bier},
 * {@code bloempje} → {@code bloem}, {@code balletje} → {@code bal}, {@code kringetje} →
 * {@code kring}, {@code koninkje} → {@code koning}, {@code glaasje} → {@code glas},
 * {@code autootje} → {@code auto}. Porter's stemmer leaves them apart ({@code hondj}).
 *
 * <p>Of the ways to take off the ending, the first that gives a known word is taken: one the
 * Dutch word list holds, or for a word of three letters, which the list leaves out, whose plural
 * it holds. Words whose ending was not a diminutive, or whose diminutive
 * means something else ({@code oranje}, {@code beetje}, {@code eventjes}), are left alone.
 */
final class DutchDiminutiveFilter extends WordReplacingFilter {
  private static final int MIN_BASE = 3;
  private static final String VOWELS = "aeiou";
  /** Diminutives with a meaning of their own, whose base is a word nonetheless. */
  private static final Set<String> LEXICALISED = Set.of("beetje", "eventje", "eventjes");

  DutchDiminutiveFilter(TokenStream input) {
    super(input);
  }

  @Override
  String replacement(String word) {
    return base(word);
  }

  /** The word {@code word} is a diminutive of, or null when it is none. */
  static String base(String word) {
    String stem = word.endsWith("je") ? word.substring(0, word.length() - 2)
        : word.endsWith("jes") ? word.substring(0, word.length() - 3) : null;
    if (stem == null || stem.length() < MIN_BASE || LEXICALISED.contains(word)) {
      return null;
    }
    for (String candidate : candidates(stem)) {
      if (candidate.length() >= MIN_BASE && isKnown(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** The readings of what precedes {@code -je}, most telling first. */
  private static List<String> candidates(String stem) {
    List<String> result = new ArrayList<>();
    int n = stem.length();
    boolean verbForm = isVerbForm(stem);
    if (stem.endsWith("et") && n >= 5 && isDoubledConsonant(stem, n - 3)) {
      result.add(stem.substring(0, n - 3)); // balletje, pennetje, weggetje
    }
    if (!verbForm) {
      result.add(stem); // hondje, huisje, kopje, buurtje
    }
    if (stem.endsWith("et")) {
      result.add(stem.substring(0, n - 2)); // kringetje
    }
    if (stem.endsWith("t") || stem.endsWith("p")) {
      String shorter = stem.substring(0, n - 1);
      result.add(shorter); // biertje, bloempje
      addUndoubled(shorter, result); // autootje, cafeetje
    }
    if (stem.endsWith("nk")) {
      result.add(stem.substring(0, n - 1) + "g"); // koninkje, woninkje
    }
    addUndoubled(stem, result); // glaasje, paadje, blaadje
    if (verbForm) {
      result.add(stem);
    }
    return result;
  }

  /**
   * Whether {@code stem} reads as a verb's present tense ({@code tuint}: {@code tuinen}), which
   * the list holds as a word: in {@code tuintje}, {@code zeiltje} and {@code sleuteltje} the
   * ending is {@code -tje}, and the noun comes first.
   */
  private static boolean isVerbForm(String stem) {
    return stem.endsWith("t")
        && DutchCompounds.isDutchWord(stem.substring(0, stem.length() - 1) + "en");
  }

  /** {@code word} with a long vowel in its last syllable made short ({@code glaas} → glas). */
  private static void addUndoubled(String word, List<String> result) {
    for (int i = word.length() - 1; i > 0; i--) {
      char c = word.charAt(i);
      if (VOWELS.indexOf(c) >= 0) {
        if (word.charAt(i - 1) == c) {
          result.add(word.substring(0, i) + word.substring(i + 1));
        }
        return;
      }
    }
  }

  private static boolean isDoubledConsonant(String word, int at) {
    char c = word.charAt(at);
    return c == word.charAt(at - 1) && VOWELS.indexOf(c) < 0;
  }

  /**
   * Whether {@code word} is a Dutch word other than a stop word. The list holds no word under
   * four letters, so a shorter one counts when the list holds its plural ({@code ballen},
   * {@code wegen}, {@code rijen}, {@code apps}); a longer one must be a word itself, or every
   * verb stem would pass ({@code rijt}: {@code rijten}).
   */
  private static boolean isKnown(String word) {
    if (DutchStopWords.SET.contains(word)) {
      return false; // uitje, not uit
    }
    if (word.length() >= DutchCompounds.MIN_PART) {
      return DutchCompounds.isDutchWord(word);
    }
    char last = word.charAt(word.length() - 1);
    return DutchCompounds.isDutchWord(word + "en")
        || DutchCompounds.isDutchWord(word + last + "en")
        || DutchCompounds.isDutchWord(word + "s");
  }
}
