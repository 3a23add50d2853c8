package nl.buurtkennis.corpus;

import java.util.List;
import java.util.OptionalInt;

/**
 * Where a document's front matter ends: at the first line {@code ---} after the opening one, or
 * at an earlier line {@code ...}, YAML's end of a document, which Pandoc also takes as the end of
 * a front matter. The corpus refuses {@code ...} (every other tool of the corpus, the console and
 * the guide know one way to close, {@code ---}), but a file closed with it is read as its writer
 * meant: the front matter up to that line, the text after it, and the problem told at that line,
 * not as a front matter that runs on into the text.
 */
public final class FrontMatterEnd {
  private FrontMatterEnd() {}

  /**
   * The index in {@code lines} (0 = the opening {@code ---}) of the line that closes the front
   * matter, {@code ---} or {@code ...}; empty when none does.
   */
  public static OptionalInt of(List<String> lines) {
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("---") || isDots(lines.get(i))) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /** As {@link #of(List)}. */
  public static OptionalInt of(String[] lines) {
    return of(List.of(lines));
  }

  /**
   * Whether {@code line} is YAML's document end {@code ...}: at the start of the line (indented,
   * it would be part of a text), with nothing after it but spaces.
   */
  public static boolean isDots(String line) {
    return line.stripTrailing().equals("...");
  }
}
