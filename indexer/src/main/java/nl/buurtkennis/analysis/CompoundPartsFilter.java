package nl.buurtkennis.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Emits each token, then the parts {@link DutchCompounds} finds in it, at the same position and
 * with the token's offsets, so that a highlighted part marks the whole compound; not a word that
 * begins compounds as a prefix does ({@link DutchCompounds#isBound}: {@code mede} of
 * {@code medewerkers}).
 */
final class CompoundPartsFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);
  private final Deque<String> pending = new ArrayDeque<>();
  private AttributeSource.State compound;

  CompoundPartsFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(compound);
      term.setEmpty().append(pending.removeFirst());
      increment.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (term.length() < 2 * DutchCompounds.MIN_PART) {
      return true;
    }
    String word = term.toString();
    for (DutchCompounds.Span span : DutchCompounds.allParts(word)) {
      String part = word.substring(span.start(), span.end());
      if (!pending.contains(part) && !DutchCompounds.isBound(part)) {
        pending.add(part);
      }
    }
    if (!pending.isEmpty()) {
      compound = captureState();
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    compound = null;
  }
}
