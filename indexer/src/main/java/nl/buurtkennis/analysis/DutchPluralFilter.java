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
 * apostrophe: {@code cameras} → {@code camera}). Short words ({@code vies}, {@code hoes},
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
    }
    return true;
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }
}
