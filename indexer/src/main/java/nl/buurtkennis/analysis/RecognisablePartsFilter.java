package nl.buurtkennis.analysis;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces each word by the parts of it that a reader recognises as words of their own
 * ({@link DutchCompounds#recognisableParts}); a word that is no compound gives none. Positions and
 * offsets mean nothing here: the stream feeds a field that only records which words occur.
 */
final class RecognisablePartsFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private List<String> parts = List.of();
  private int next;

  RecognisablePartsFilter(TokenStream words) {
    super(words);
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (next == parts.size()) {
      if (!input.incrementToken()) {
        return false;
      }
      parts = term.length() < 2 * DutchCompounds.MIN_PART ? List.of()
          : DutchCompounds.recognisableParts(term.toString());
      next = 0;
    }
    term.setEmpty().append(parts.get(next++));
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    parts = List.of();
    next = 0;
  }
}
