package nl.buurtkennis.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
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

  private static String readAll(Reader in) throws IOException {
    StringBuilder all = new StringBuilder();
    // Small, as most texts read are a query's words or a name; a body takes more reads.
    char[] chunk = new char[256];
    for (int read = in.read(chunk); read != -1; read = in.read(chunk)) {
      all.append(chunk, 0, read);
    }
    return all.toString();
  }
}
