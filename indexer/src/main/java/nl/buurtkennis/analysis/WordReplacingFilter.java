package nl.buurtkennis.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/** Puts another word in the place of each word it reads as another, but a keyword. */
abstract class WordReplacingFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  WordReplacingFilter(TokenStream input) {
    super(input);
  }

  /** The word to put in the place of {@code word}, or null to leave it. */
  abstract String replacement(String word);

  @Override
  public final boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      String replacement = replacement(term.toString());
      if (replacement != null) {
        term.setEmpty().append(replacement);
      }
    }
    return true;
  }
}
