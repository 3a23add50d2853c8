package nl.buurtkennis.validation;

import java.nio.file.Path;

/** One thing wrong with a corpus file, at a line a librarian can jump to. */
public record Problem(Path path, int line, String message) implements Comparable<Problem> {

  /** {@code path:line: message}, the format editors and CI logs recognise. */
  @Override
  public String toString() {
    return path + ":" + line + ": " + message;
  }

  @Override
  public int compareTo(Problem other) {
    int byPath = path.toString().compareTo(other.path.toString());
    return byPath != 0 ? byPath : Integer.compare(line, other.line);
  }
}
