package nl.buurtkennis.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** The terms of token streams, for the analysis tests. */
final class Tokens {
  private Tokens() {}

  /** Every term of {@code stream}, read through and closed. */
  static List<String> terms(TokenStream stream) throws IOException {
    List<String> terms = new ArrayList<>();
    try (stream) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }

  /** Every term of {@code stream} with its position, as {@code position:term}. */
  static List<String> withPositions(TokenStream stream) throws IOException {
    List<String> found = new ArrayList<>();
    try (stream) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute increment = stream
          .addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        found.add(position + ":" + term);
      }
      stream.end();
    }
    return found;
  }

  /** Every term of {@code stream} with its offsets, as {@code term@start-end}. */
  static List<String> withOffsets(TokenStream stream) throws IOException {
    List<String> found = new ArrayList<>();
    try (stream) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        found.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
      }
      stream.end();
    }
    return found;
  }
}
