package nl.buurtkennis.analysis;

import java.io.IOException;
import java.io.Reader;
import java.util.function.Consumer;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Where a sentence or a line ends in a text, a gap of {@link #GAP} positions before the next
 * word, so that words on either side are not "close together": the tokenizer drops punctuation,
 * and "… over deze vorm van burgerparticipatie zegt. ## Contact tussen bewoners" said
 * {@code bewonersparticipatie} (its parts three words apart, as "participatie van bewoners" is),
 * and a phrase matched across a heading. An end is a full stop, question or exclamation mark
 * followed by a space or a line end, or a line end (a heading, a list's item, a paragraph); not the
 * full stop inside {@code burgernet.nl}. An analysis reads each text through {@link #recording},
 * which keeps what the tokenizer reads, and its chain through {@link #gaps}, which looks between
 * the offsets of two words, and gives its tokenizer the text through {@link Gaps#reading}, which
 * hands the filter the text's recording. One per analyzer; each thread has its own text.
 */
final class SentenceEnds {
  /** More than any distance at which words count as together (a phrase's, a compound's parts). */
  static final int GAP = 10;

  private final ThreadLocal<Recording> current = new ThreadLocal<>();

  /** {@code text}, kept as it is read for this thread's next {@link #gaps} stream. */
  Reader recording(Reader text) {
    Recording recording = new Recording(text);
    current.set(recording);
    return recording;
  }

  /** {@code words} with a gap before the first word after each sentence's or line's end. */
  Gaps gaps(TokenStream words) {
    return new Gaps(words, current);
  }

  /**
   * The characters read so far. A char filter that corrects no offset, so that the offsets of a
   * char filter before it (an analyzer wrapping this one may add one) still reach the tokens.
   */
  static final class Recording extends CharFilter {
    /** What was read chunk by chunk; unused when the text was read whole. */
    private final StringBuilder chunks = new StringBuilder();
    /** The whole text, when the reader after this one read it at once ({@link #readAll}). */
    private String whole;

    Recording(Reader in) {
      super(in);
    }

    /**
     * The whole text, read at once and kept as it is: the composing reader after this one reads
     * every text whole, and this string serves it and the recording both.
     */
    String readAll() throws IOException {
      if (whole != null || chunks.length() > 0) {
        throw new IllegalStateException("a recording is read whole once, before any chunk");
      }
      whole = ComposedTextReader.readWhole(input);
      return whole;
    }

    /** The characters read so far. */
    CharSequence text() {
      return whole != null ? whole : chunks;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = input.read(buffer, offset, length);
      if (n > 0) {
        chunks.append(buffer, offset, n);
      }
      return n;
    }

    @Override
    protected int correct(int currentOff) {
      return currentOff;
    }
  }

  /** The gaps of one analysis chain. */
  static final class Gaps extends TokenFilter {
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment =
        addAttribute(PositionIncrementAttribute.class);
    private final ThreadLocal<Recording> current;
    private Recording recording;
    private int lastEnd = -1;

    private Gaps(TokenStream input, ThreadLocal<Recording> current) {
      super(input);
      this.current = current;
    }

    /**
     * How the analysis gives {@code source} a text ({@code TokenStreamComponents}' source): this
     * filter takes the text's recording then, in the same call as {@link #recording} made it, not
     * when the stream is reset, which may come after other texts were read on the thread (the
     * body, opened while a document is converted, is reset when the writer reaches it).
     */
    Consumer<Reader> reading(Tokenizer source) {
      return text -> {
        source.setReader(text);
        recording = current.get();
      };
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      int start = offset.startOffset();
      if (recording != null && lastEnd >= 0 && increment.getPositionIncrement() > 0
          && endsBetween(recording.text(), lastEnd, start)) {
        increment.setPositionIncrement(increment.getPositionIncrement() + GAP);
      }
      lastEnd = Math.max(lastEnd, offset.endOffset());
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      lastEnd = -1;
    }
  }

  /** Whether a sentence or a line ends in {@code text} between {@code from} and {@code to}. */
  static boolean endsBetween(CharSequence text, int from, int to) {
    int end = Math.min(to, text.length());
    for (int i = Math.max(0, from); i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return true;
      }
      if ((c == '.' || c == '!' || c == '?')
          && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
        return true;
      }
    }
    return false;
  }
}
