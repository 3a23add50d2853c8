package nl.buurtkennis.admin;

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
  /** Not UTF-8, with the line of the first bad byte; the second when several lines hold some. */
  private static final List<String> NOT_UTF8 = List.of("text.utf8", "text.utf8.lines");

  private UploadedText() {}

  /**
   * Why the file cannot be read as text, in the page's language and naming the file (and, when
   * it is not UTF-8, the line of the first bad byte; the reason, as {@code indexer validate}
   * gives it, tells how many lines have one); empty when it can. A control character is no
   * reason here: it stands on a line the validation shows beside its field.
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
      if (NOT_UTF8.contains(key)) {
        return Optional.of(msg.format("admin.upload.badtext", fileName + ":" + lines.get(0),
            problem.in(msg.locale())));
      }
      return Optional.empty();
    }
    if (text.isPresent() && text.get().isBlank()) {
      return Optional.of(msg.format("admin.upload.badtext", fileName,
          ProblemMessage.of("document.empty").in(msg.locale())));
    }
    return Optional.empty();
  }
}
