package nl.buurtkennis.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Words that the standard tokenizer keeps as one because a full stop or colon joins them with no
 * space ({@code burgernet.nl}, {@code www.waaks.nl}, {@code titel:burgernet}), split into their
 * words, so that a text naming a site finds and is found by the site's name; numbers stay whole
 * ({@code 1.5}, {@code 12:30}), as only a full stop or colon between two letters splits.
 */
final class JoinedWordsFilter extends ConditionalTokenFilter {
  private static final int PARTS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
      | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  JoinedWordsFilter(TokenStream input) {
    super(input, joined -> new WordDelimiterGraphFilter(joined, true,
        WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE, PARTS, null));
  }

  @Override
  protected boolean shouldFilter() {
    char[] chars = term.buffer();
    for (int i = 1; i < term.length() - 1; i++) {
      if ((chars[i] == '.' || chars[i] == ':')
          && Character.isLetter(chars[i - 1]) && Character.isLetter(chars[i + 1])) {
        return true;
      }
    }
    return false;
  }
}
