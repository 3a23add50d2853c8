package nl.buurtkennis.admin;

import java.util.Locale;
import java.util.Optional;
import nl.buurtkennis.validation.ProblemMessage;

/**
 * One validation problem as the console and the API show it.
 *
 * @param path the file relative to the corpus folder ({@code documents/en/x.md})
 * @param description what is wrong, in either language
 */
public record DocumentProblem(String path, int line, ProblemMessage description) {

  /** What is wrong, in English. */
  public String message() {
    return description.english();
  }

  /** What is wrong, in Dutch for {@code nl}, else in English. */
  public String message(Locale locale) {
    return description.in(locale);
  }

  /** The front matter field the problem names as such, if any. */
  public Optional<String> field() {
    return description.field();
  }

  /** {@code path:line: message} in the language of {@code locale}. */
  public String toString(Locale locale) {
    return path + ":" + line + ": " + message(locale);
  }

  @Override
  public String toString() {
    return toString(ProblemMessage.ENGLISH);
  }
}
