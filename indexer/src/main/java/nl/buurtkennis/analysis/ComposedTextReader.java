package nl.buurtkennis.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Arrays;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;

/**
 * Text read as {@link ComposedText#reader} promises: the whole text is read first and, where it
 * holds no accent written apart and no invisible character ({@link ComposedText#mayChange}), as
 * nearly every text does, given as it is, offsets unchanged; otherwise read through the mapping,
 * whose corrections the offsets then take. The mapping alone looked up every letter of every
 * text in its map, a sixth of a build's CPU. The reader after this one (the suspended
 * compounds') takes the whole text at once ({@link #text}).
 */
final class ComposedTextReader extends CharFilter {
  private String text;
  /** The mapping that composed the text, whose corrections its offsets take; null if none did. */
  private MappingCharFilter mapping;
  private int next;

  ComposedTextReader(Reader in) {
    super(in);
  }

  /** The whole text as composed; read from here on, nothing is left. */
  String text() throws IOException {
    if (text == null) {
      String written = readAll(input);
      if (ComposedText.mayChange(written)) {
        mapping = ComposedText.mapping(new StringReader(written));
        text = readAll(mapping);
      } else {
        text = written;
      }
    }
    return text;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    String all = text();
    if (next >= all.length()) {
      return -1;
    }
    int count = Math.min(length, all.length() - next);
    all.getChars(next, next + count, buffer, offset);
    next += count;
    return count;
  }

  @Override
  protected int correct(int currentOff) {
    return mapping == null ? currentOff : mapping.correctOffset(currentOff);
  }

  /**
   * Each thread's buffer for {@link #readAll}, so that a text is copied once, into its string
   * (a text per field and document: growing a builder per text was a third of a build's bytes).
   */
  private static final ThreadLocal<char[]> SCRATCH = ThreadLocal.withInitial(() -> new char[1024]);
  /** A buffer grown beyond this for one long text is not kept for the thread's next ones. */
  private static final int SCRATCH_KEPT = 1 << 20;

  /** The whole of {@code in}: of a {@link SentenceEnds} recording, recorded by it. */
  private static String readAll(Reader in) throws IOException {
    return in instanceof SentenceEnds.Recording recording ? recording.readAll() : readWhole(in);
  }

  /** All that is left to read of {@code in}, as a string. */
  static String readWhole(Reader in) throws IOException {
    char[] chars = SCRATCH.get();
    int length = 0;
    for (int read = in.read(chars, 0, chars.length); read != -1;
        read = in.read(chars, length, chars.length - length)) {
      length += read;
      if (length == chars.length) {
        chars = Arrays.copyOf(chars, 2 * length);
        if (chars.length <= SCRATCH_KEPT) {
          SCRATCH.set(chars);
        }
      }
    }
    return new String(chars, 0, length);
  }
}
