package nl.buurtkennis.validation;

import java.util.List;

/** Thrown when a corpus cannot be used because it has problems; carries all of them. */
public final class ValidationException extends Exception {
  private final transient List<Problem> problems;

  public ValidationException(List<Problem> problems) {
    super(problems.size() + " problem(s) in the corpus, first: " + problems.get(0));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
