package nl.buurtkennis.corpus;

import java.util.Locale;
import java.util.Optional;
import nl.buurtkennis.validation.ProblemMessage;

/**
 * Files that editors and operating systems leave beside the documents (Windows' {@code Thumbs.db}
 * and {@code desktop.ini}, Emacs' {@code #name#}, backup copies {@code name~} and {@code .bak},
 * Vim's {@code .swp}): nobody put them there on purpose and nobody should have to before a save,
 * so they are skipped with a warning to delete them rather than refused like a file that does not
 * belong. Dot-files ({@code .#name}, {@code .name.swp}, {@code .DS_Store}) are skipped without one.
 */
final class LeftoverFiles {
  private LeftoverFiles() {}

  /** A warning naming what left {@code name} behind, when it is such a file. */
  static Optional<ProblemMessage> warning(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    String kind;
    if (lower.equals("thumbs.db") || lower.equals("desktop.ini")) {
      kind = "files.leftover.windows";
    } else if (lower.endsWith("~") || lower.endsWith(".bak")) {
      kind = "files.leftover.backup";
    } else if (lower.length() > 1 && lower.startsWith("#") && lower.endsWith("#")) {
      kind = "files.leftover.autosave";
    } else if (lower.endsWith(".swp") || lower.endsWith(".swo")) {
      kind = "files.leftover.swap";
    } else {
      return Optional.empty();
    }
    return Optional.of(ProblemMessage.of("corpus.file.leftover", name, ProblemMessage.of(kind)));
  }
}
