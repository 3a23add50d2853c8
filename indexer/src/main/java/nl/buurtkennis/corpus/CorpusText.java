package nl.buurtkennis.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.buurtkennis.validation.InvisibleCharacters;
import nl.buurtkennis.validation.ProblemMessage;
import nl.buurtkennis.yaml.YamlMap;

/**
 * Turns the bytes of a corpus file into text: strict UTF-8, a byte order mark dropped, Windows
 * and old Mac line ends made {@code \n} (so line numbers are the ones an editor shows), and
 * refusing binary files and invisible control characters ({@link InvisibleCharacters#refused}),
 * which break search results, feeds and exports further on, U+FFFD, which stands where a
 * character was lost, and the bidirectional controls ({@link InvisibleCharacters#bidiControl}),
 * which show a page's text in another order than it is stored. A NUL byte marks a binary file, unless
 * the file opens with front matter and is UTF-8 throughout: then it is a document with one stray
 * control character, told with its line like any other (as a NUL typed into the console's form).
 */
public final class CorpusText {
  private static final int BINARY_SNIFF_BYTES = 8000;

  private CorpusText() {}

  /**
   * The file's text, or empty with a problem reported when it is not text at all. A text with
   * control characters is returned with each reported and made a space, so that the caller tells
   * the file's other problems too; the problems reported make the file refused all the same.
   */
  public static Optional<String> decode(byte[] bytes, YamlMap.Problems problems) {
    if (looksUtf16(bytes)) {
      problems.report(1, "text.utf16");
      return Optional.empty();
    }
    if (looksBinary(bytes) && !opensFrontMatterInUtf8(bytes)) {
      problems.report(1, "text.binary");
      return Optional.empty();
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    String text;
    try {
      text = decoder.decode(buffer).toString();
    } catch (CharacterCodingException e) {
      int position = Math.min(buffer.position(), bytes.length - 1);
      String badByte = String.format("0x%02X", bytes[position] & 0xff);
      int badLines = linesNotUtf8(bytes);
      problems.report(lineAtByte(bytes, position), badLines > 1
          ? ProblemMessage.of("text.utf8.lines", badByte, Integer.toString(badLines))
          : ProblemMessage.of("text.utf8", badByte));
      return Optional.empty();
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    boolean controls = controlCharacter(text, problems);
    replacementCharacter(text, problems);
    bidiControls(text, problems);
    return Optional.of(controls ? withoutControlCharacters(text) : text);
  }

  /**
   * {@code text} with each refused control character a space: reported already, it would stop the
   * YAML parser at the first one, and the file's other problems must be told in the same run.
   * A space keeps every line and column where the librarian's editor shows it.
   */
  private static String withoutControlCharacters(String text) {
    StringBuilder cleaned = new StringBuilder(text.length());
    text.chars().forEach(c -> cleaned.append(InvisibleCharacters.refused(c) ? ' ' : (char) c));
    return cleaned.toString();
  }

  /**
   * Reports every line holding U+FFFD, which a lenient decoder puts where it could not read
   * a character (a Latin-1 file once read as UTF-8): what was meant is lost there. The console
   * refuses it in a form for that reason; the file is still read, so that its other problems are
   * told in the same run.
   */
  private static void replacementCharacter(String text, YamlMap.Problems problems) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].indexOf('\uFFFD') >= 0) {
        problems.report(i + 1, "text.replacement");
      }
    }
  }

  /**
   * Reports each line holding a bidirectional control ({@link InvisibleCharacters#bidiControl}),
   * which would show the text on the page in another order than it is stored. Every line, as each
   * must be mended and the console names the field of each; the file is still read, so that its
   * other problems are told in the same run.
   */
  private static void bidiControls(String text, YamlMap.Problems problems) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int control = InvisibleCharacters.firstBidiControl(lines[i]);
      if (control >= 0) {
        problems.report(i + 1, "text.bidi", InvisibleCharacters.codePoint(control));
      }
    }
  }

  /**
   * UTF-16, as Notepad and Word save "Unicode" text: its byte order mark, or (without one) a NUL
   * beside every character of the text's first line of ASCII.
   */
  private static boolean looksUtf16(byte[] bytes) {
    if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
      return true;
    }
    int checked = Math.min(bytes.length & ~1, 64);
    if (checked < 8) {
      return false;
    }
    boolean nulFirst = true;
    boolean nulSecond = true;
    for (int i = 0; i < checked; i += 2) {
      nulFirst &= bytes[i] == 0 && bytes[i + 1] != 0;
      nulSecond &= bytes[i] != 0 && bytes[i + 1] == 0;
    }
    return nulFirst || nulSecond;
  }

  /** NUL bytes or the signature of a common binary format at the start. */
  private static boolean looksBinary(byte[] bytes) {
    for (int i = 0; i < Math.min(bytes.length, BINARY_SNIFF_BYTES); i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return startsWith(bytes, 0x89, 'P', 'N', 'G') || startsWith(bytes, '%', 'P', 'D', 'F')
        || startsWith(bytes, 'P', 'K', 3, 4) || startsWith(bytes, 0xFF, 0xD8, 0xFF)
        || startsWith(bytes, 'G', 'I', 'F', '8') || startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0);
  }

  /** A document's opening line {@code ---} (after a byte order mark), in a file that is UTF-8. */
  private static boolean opensFrontMatterInUtf8(byte[] bytes) {
    int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    int end = start;
    while (end < bytes.length && bytes[end] != '\n') {
      end++;
    }
    String firstLine = new String(bytes, start, end - start, StandardCharsets.US_ASCII);
    if (!firstLine.strip().equals("---")) {
      return false;
    }
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean startsWith(byte[] bytes, int... signature) {
    if (bytes.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((bytes[i] & 0xff) != signature[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reports every line that holds a control character the corpus refuses, each with its first
   * such character, so that one run names every line to clean; true when there is one.
   */
  private static boolean controlCharacter(String text, YamlMap.Problems problems) {
    int line = 1;
    int reportedLine = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
      } else if (InvisibleCharacters.refused(c) && line != reportedLine) {
        problems.report(line, "text.control", InvisibleCharacters.codePoint(c));
        reportedLine = line;
      }
    }
    return reportedLine > 0;
  }

  /**
   * How many lines hold bytes that are not UTF-8, so that a librarian knows how much to mend
   * before saving again. A UTF-8 sequence never holds the byte of a line end, so each line can be
   * checked on its own.
   */
  private static int linesNotUtf8(byte[] bytes) {
    int count = 0;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        if (!utf8(bytes, start, i - start)) {
          count++;
        }
        start = i + 1;
      }
    }
    return count;
  }

  private static boolean utf8(byte[] bytes, int offset, int length) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, length));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static int lineAtByte(byte[] bytes, int position) {
    int line = 1;
    for (int i = 0; i < position; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
