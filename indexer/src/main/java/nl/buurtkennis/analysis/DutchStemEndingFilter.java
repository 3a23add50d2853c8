package nl.buurtkennis.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Joins the stems Porter's Dutch stemmer leaves apart where a word changes its last consonant
 * before an ending: {@code collectieve} → {@code collectiev} and {@code collectief}, {@code huizen}
 * → {@code huiz} and {@code huis}, {@code protocollen} → {@code protocoll} and {@code protocol}.
 * After stemming, a final {@code v} becomes {@code f}, a final {@code z} becomes {@code s}, and a
 * final doubled consonant is single (Porter undoubles only {@code kk}, {@code dd} and
 * {@code tt}). Short stems and the overrides' stems are left alone.
 */
final class DutchStemEndingFilter extends TokenFilter {
  private static final int MIN_LENGTH = 4;
  private static final String VOWELS = "aeiouy";

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  DutchStemEndingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int length = term.length();
    if (keyword.isKeyword() || length < MIN_LENGTH) {
      return true;
    }
    char last = term.charAt(length - 1);
    if (last == term.charAt(length - 2) && Character.isLetter(last) && VOWELS.indexOf(last) < 0) {
      term.setLength(--length);
      last = term.charAt(length - 1);
    }
    if (last == 'v') {
      term.buffer()[length - 1] = 'f';
    } else if (last == 'z') {
      term.buffer()[length - 1] = 's';
    }
    return true;
  }
}
