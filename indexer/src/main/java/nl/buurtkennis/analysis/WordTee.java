package nl.buurtkennis.analysis;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Passes tokens on unchanged and remembers their words, so that a second field can take the
 * words of a text at this point of its analysis without analysing it again ({@link #words()}).
 */
final class WordTee extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private char[] chars = new char[4096];
  private int[] ends = new int[512];
  private int count;
  private boolean ended;

  WordTee(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int start = start(count);
    int end = start + term.length();
    if (end > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(end, chars.length * 2));
    }
    if (count == ends.length) {
      ends = Arrays.copyOf(ends, count * 2);
    }
    System.arraycopy(term.buffer(), 0, chars, start, term.length());
    ends[count++] = end;
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    count = 0;
    ended = false;
  }

  @Override
  public void end() throws IOException {
    super.end();
    ended = true;
  }

  /** Where the {@code word}th word starts in {@link #chars}: where the one before it ends. */
  private int start(int word) {
    return word == 0 ? 0 : ends[word - 1];
  }

  /** The words that passed, in order; readable once the text has been read through. */
  TokenStream words() {
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
