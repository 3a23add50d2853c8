package nl.buurtkennis.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Reads the Dutch plural in {@code -ies} as its singular in {@code -ie} ({@code ruzies} →
 * {@code ruzie}, {@code organisaties} → {@code organisatie}) before stemming: Porter's Dutch
 * stemmer only removes an {@code s} after a consonant, so it keeps these plurals apart from their
 * singulars. Short words ({@code vies}, {@code kies}) are left alone.
 */
final class DutchPluralFilter extends TokenFilter {
  private static final int MIN_LENGTH = 6;

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
    if (!keyword.isKeyword() && length >= MIN_LENGTH && term.charAt(length - 1) == 's'
        && term.charAt(length - 2) == 'e' && term.charAt(length - 3) == 'i') {
      term.setLength(length - 1);
    }
    return true;
  }
}
