package nl.buurtkennis.analysis;

import java.io.IOException;
import java.nio.CharBuffer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Reads a Dutch plural in {@code -s} after a vowel as its singular before stemming: Porter's Dutch
 * stemmer only removes an {@code s} after a consonant, so it keeps these plurals apart from their
 * singulars. A word in {@code -ies} is read in {@code -ie} ({@code ruzies} → {@code ruzie},
 * {@code organisaties} → {@code organisatie}); any other word ending in a vowel and {@code s} is
 * read without its {@code s} where the Dutch word list holds it so ({@code boetes} →
 * {@code boete}, {@code rondes} → {@code ronde}, and {@code camera's} written without its
 * apostrophe: {@code cameras} → {@code camera}); a loanword's English plural in {@code -es} after
 * a sibilant is read without {@code es} where the list holds the rest ({@code coaches} → {@code
 * coach}). Short words ({@code vies}, {@code hoes},
 * {@code eens}) are left alone, and so is a word whose {@code s} the list does not explain
 * ({@code chaos}, {@code proces}).
 */
final class DutchPluralFilter extends TokenFilter {
  private static final int MIN_LENGTH = 6;
  private static final int MIN_LENGTH_LISTED = 5;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  DutchPluralFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int length = term.length();
    if (keyword.isKeyword() || length < MIN_LENGTH_LISTED || term.charAt(length - 1) != 's'
        || !isVowel(term.charAt(length - 2))) {
      return true;
    }
    boolean ies = length >= MIN_LENGTH && term.charAt(length - 2) == 'e'
        && term.charAt(length - 3) == 'i';
    if (ies || DutchCompounds.isDutchWord(CharBuffer.wrap(term.buffer(), 0, length - 1))) {
      term.setLength(length - 1);
    } else if (isLoanPlural(length)
        && DutchCompounds.isDutchWord(CharBuffer.wrap(term.buffer(), 0, length - 2))) {
      term.setLength(length - 2);
    }
    return true;
  }

  /**
   * Whether the word ends as an English plural in {@code -es} after a sibilant ({@code coaches},
   * {@code flashes}, {@code boxes}, {@code businesses}); not the Dutch feminine {@code -es} of
   * {@code zangeres} or {@code prinses}, which follows no such ending.
   */
  private boolean isLoanPlural(int length) {
    if (length < MIN_LENGTH || term.charAt(length - 2) != 'e') {
      return false;
    }
    char last = term.charAt(length - 3);
    char before = term.charAt(length - 4);
    return last == 'x' || last == 'h' && (before == 'c' || before == 's')
        || last == 's' && before == 's' || last == 'z' && before == 'z';
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }
}
