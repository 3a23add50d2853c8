package nl.buurtkennis.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Text read with its suspended compounds completed ({@link SuspendedCompounds}). The whole text is
 * read first, as a completion depends on the words after it; a field's text is short. The
 * completed word ends, for the offsets, where the word as written ends, before its hyphen.
 */
final class SuspendedCompoundsReader extends BaseCharFilter {
  private String text;
  private int next;

  SuspendedCompoundsReader(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (text == null) {
      text = completed(readAll());
    }
    if (next >= text.length()) {
      return -1;
    }
    int count = Math.min(length, text.length() - next);
    text.getChars(next, next + count, buffer, offset);
    next += count;
    return count;
  }

  private String readAll() throws IOException {
    if (input instanceof ComposedTextReader composed) {
      return composed.text();
    }
    StringBuilder all = new StringBuilder();
    // Small: most texts analysed are a query's words or a name, each in a reader of its own, and
    // a chunk of 4,096 was a tenth of the bytes a search allocated; a body takes more reads.
    char[] chunk = new char[128];
    for (int read = input.read(chunk); read != -1; read = input.read(chunk)) {
      all.append(chunk, 0, read);
    }
    return all.toString();
  }

  /**
   * The text completed, each hyphen replaced by its compound's last part, with the corrections
   * that take an offset of the completed text back to the text as written: the completed word's
   * end to the hyphen, what follows to where it was.
   */
  private String completed(String written) {
    return SuspendedCompounds.completed(written, (wordEnd, hyphen) -> {
      addOffCorrectMap(wordEnd, hyphen - wordEnd);
      addOffCorrectMap(wordEnd + 1, hyphen + 1 - wordEnd);
    });
  }
}
