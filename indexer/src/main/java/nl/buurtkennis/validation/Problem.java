package nl.buurtkennis.validation;

import java.nio.file.Path;
import java.util.Locale;

/**
 * One thing wrong with a corpus file, at a line a librarian can jump to.
 *
 * @param description what is wrong, in either language
 */
public record Problem(Path path, int line, ProblemMessage description)
    implements Comparable<Problem> {

  public Problem(Path path, int line, String key, Object... arguments) {
    this(path, line, ProblemMessage.of(key, arguments));
  }

  /** What is wrong, in English. */
  public String message() {
    return description.english();
  }

  /** What is wrong, in Dutch for {@code nl}, else in English. */
  public String message(Locale locale) {
    return description.in(locale);
  }

  /** {@code path:line: message}, the format editors and CI logs recognise, in English. */
  @Override
  public String toString() {
    return path + ":" + line + ": " + message();
  }

  @Override
  public int compareTo(Problem other) {
    int byPath = path.toString().compareTo(other.path.toString());
    return byPath != 0 ? byPath : Integer.compare(line, other.line);
  }
}
