package nl.buurtkennis.analysis;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces each token by the terms of its word's reading ({@link WordReadings}): the first at the
 * token's position, the others at the same one, every other attribute (offsets, type) the
 * token's. A word read as nothing leaves its position empty, as Lucene's stop filter does: the
 * next term's increment, or the stream's final one, carries it.
 */
final class ReadingFilter extends TokenFilter {
  /** How many words a filter keeps itself, when it does; then it forgets them all and starts over. */
  static final int OWN_WORDS = 8192;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);
  private final WordReadings readings;
  private final WordReadings.Reader reader;
  private final CharArrayMap<char[][]> ownWords;
  private char[][] terms = new char[0][];
  private int next;
  private int skippedPositions;

  ReadingFilter(TokenStream input, WordReadings readings, boolean keepOwnWords) {
    super(input);
    this.readings = readings;
    this.reader = readings.reader();
    this.ownWords = keepOwnWords ? new CharArrayMap<>(OWN_WORDS, false) : null;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (next < terms.length) {
      term.copyBuffer(terms[next], 0, terms[next].length);
      increment.setPositionIncrement(0);
      next++;
      return true;
    }
    while (input.incrementToken()) {
      terms = read();
      if (terms.length > 0) {
        term.copyBuffer(terms[0], 0, terms[0].length);
        increment.setPositionIncrement(increment.getPositionIncrement() + skippedPositions);
        skippedPositions = 0;
        next = 1;
        return true;
      }
      skippedPositions += increment.getPositionIncrement();
    }
    return false;
  }

  private char[][] read() {
    if (ownWords == null) {
      return readings.read(term.toString(), reader);
    }
    char[][] found = ownWords.get(term.buffer(), 0, term.length());
    if (found == null) {
      found = readings.read(term.toString(), reader);
      if (ownWords.size() >= OWN_WORDS) {
        ownWords.clear();
      }
      ownWords.put(Arrays.copyOf(term.buffer(), term.length()), found);
    }
    return found;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    terms = new char[0][];
    next = 0;
    skippedPositions = 0;
  }

  @Override
  public void end() throws IOException {
    super.end();
    increment.setPositionIncrement(increment.getPositionIncrement() + skippedPositions);
  }
}
