package nl.buurtkennis.admin;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.buurtkennis.corpus.CorpusText;
import nl.buurtkennis.validation.ProblemMessage;
import nl.buurtkennis.web.Messages;

/**
 * Whether an uploaded Markdown file is text the console can read at all, before any of it goes
 * into the form: a binary file (an image renamed to {@code .md}, a UTF-16 file), a file that is not
 * valid UTF-8 and an empty file are refused as a whole, with the validation's own reason
 * ({@link CorpusText}, as {@code indexer validate} and the admin API give it). Read leniently such
 * a file would fill the form with garbage, and a Latin-1 file with U+FFFD in place of each
 * accented letter, which saving the form would write into the corpus.
 */
final class UploadedText {
  private static final String BINARY = "text.binary";
  private static final String UTF16 = "text.utf16";
  private static final String NOT_UTF8 = "text.utf8";

  private UploadedText() {}

  /**
   * Why the file cannot be read as text, in the page's language and naming the file (and, when
   * it is not UTF-8, the line of the first bad byte and how many lines have one); empty when it
   * can. A control character is no reason here: it stands on a line the validation shows beside
   * its field.
   */
  static Optional<String> refusal(byte[] bytes, String fileName, Messages msg) {
    List<Integer> lines = new ArrayList<>();
    List<ProblemMessage> found = new ArrayList<>();
    Optional<String> text = CorpusText.decode(bytes, (line, message) -> {
      lines.add(line);
      found.add(message);
    });
    if (!found.isEmpty()) {
      ProblemMessage problem = found.get(0);
      String key = problem.key();
      if (key.equals(BINARY) || key.equals(UTF16)) {
        return Optional.of(msg.format("admin.upload.badtext", fileName,
            problem.in(msg.locale())));
      }
      if (key.equals(NOT_UTF8)) {
        return Optional.of(msg.format("admin.upload.badtext", fileName + ":" + lines.get(0),
            problem.in(msg.locale())) + " " + badLines(msg, linesNotUtf8(bytes)));
      }
      return Optional.empty();
    }
    if (text.isPresent() && text.get().isBlank()) {
      return Optional.of(msg.format("admin.upload.badtext", fileName,
          ProblemMessage.of("document.empty").in(msg.locale())));
    }
    return Optional.empty();
  }

  /** "Such bytes are on 3 lines of the file", the count written without grouping. */
  private static String badLines(Messages msg, int lines) {
    return msg.format("admin.upload.badlines", lines, Integer.toString(lines));
  }

  /**
   * How many lines hold bytes that are not UTF-8. A UTF-8 sequence never holds the byte of a line
   * end, so each line can be checked on its own.
   */
  static int linesNotUtf8(byte[] bytes) {
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
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      decoder.decode(ByteBuffer.wrap(bytes, offset, length));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
