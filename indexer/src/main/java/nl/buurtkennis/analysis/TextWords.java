package nl.buurtkennis.analysis;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The words of the text a chain analyses, each once, in the order they first came, so that a
 * second field can take them without analysing the text again ({@link #stream()}).
 */
final class TextWords {
  private char[] chars = new char[4096];
  private int[] ends = new int[512];
  private int count;
  private boolean ended;

  void clear() {
    count = 0;
    ended = false;
  }

  void add(char[] word, int length) {
    int start = start(count);
    int end = start + length;
    if (end > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(end, chars.length * 2));
    }
    if (count == ends.length) {
      ends = Arrays.copyOf(ends, count * 2);
    }
    System.arraycopy(word, 0, chars, start, length);
    ends[count++] = end;
  }

  /** The text has been read through: its words are complete. */
  void end() {
    ended = true;
  }

  /** Where the {@code word}th word starts in {@link #chars}: where the one before it ends. */
  private int start(int word) {
    return word == 0 ? 0 : ends[word - 1];
  }

  /** The words, readable once the text has been read through. */
  TokenStream stream() {
    return new Words();
  }

  private final class Words extends TokenStream {
    private final CharTermAttribute word = addAttribute(CharTermAttribute.class);
    private int next;

    @Override
    public void reset() throws IOException {
      super.reset();
      if (!ended) {
        throw new IllegalStateException("the words of a text are read before the text");
      }
      next = 0;
    }

    @Override
    public boolean incrementToken() {
      if (next == count) {
        return false;
      }
      clearAttributes();
      int start = start(next);
      word.copyBuffer(chars, start, ends[next] - start);
      next++;
      return true;
    }
  }
}
