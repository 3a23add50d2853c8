package nl.buurtkennis.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops the apostrophe of a Dutch plural or possessive and what follows it ({@code auto's} →
 * {@code auto}, {@code privacyrisico’s} → {@code privacyrisico}, {@code zo'n} → {@code zo}), with
 * a straight or a typographic apostrophe. The tokenizer keeps such words whole; without this the
 * stemmer and the decompounder would not recognise them.
 */
final class DutchApostropheFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  DutchApostropheFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int at = apostropheAt(term);
    if (at > 0) {
      term.setLength(at);
    }
    return true;
  }

  /** Where the first apostrophe after the first letter is, or -1. */
  static int apostropheAt(CharSequence word) {
    for (int i = 1; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '\'' || c == '\u2019') {
        return i;
      }
    }
    return -1;
  }
}
