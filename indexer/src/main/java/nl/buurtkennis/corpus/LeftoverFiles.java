package nl.buurtkennis.corpus;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.buurtkennis.validation.ProblemMessage;

/**
 * Files that editors and operating systems leave beside the documents (Windows' {@code Thumbs.db}
 * and {@code desktop.ini}, Emacs' {@code #name#}, backup copies {@code name~} and {@code .bak},
 * Vim's {@code .swp}, Word's lock file {@code ~$name.docx} while a file is open, {@code .orig} and
 * {@code .rej} of a merge or a patch, {@code .tmp}): nobody put them there on purpose and nobody
 * should have to before a save, so they are skipped with a warning to delete them rather than
 * refused like a file that does not belong. Dot-files ({@code .#name}, {@code .name.swp},
 * {@code .DS_Store}, LibreOffice's lock file {@code .~lock.name#}) are skipped without one.
 */
public final class LeftoverFiles {
  private LeftoverFiles() {}

  /**
   * A warning naming what left {@code name} behind, when it is such a file. A name ending in
   * {@code .md} never is: that is a document.
   */
  public static Optional<ProblemMessage> warning(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    String kind;
    if (lower.endsWith(".md") || lower.startsWith(".")) {
      return Optional.empty();
    } else if (lower.equals("thumbs.db") || lower.equals("desktop.ini")) {
      kind = "files.leftover.windows";
    } else if (lower.endsWith("~") || lower.endsWith(".bak")) {
      kind = "files.leftover.backup";
    } else if (lower.length() > 1 && lower.startsWith("#") && lower.endsWith("#")) {
      kind = "files.leftover.autosave";
    } else if (lower.endsWith(".swp") || lower.endsWith(".swo")) {
      kind = "files.leftover.swap";
    } else if (lower.startsWith("~$")) {
      kind = "files.leftover.lock";
    } else if (lower.endsWith(".orig") || lower.endsWith(".rej")) {
      kind = "files.leftover.merge";
    } else if (lower.endsWith(".tmp")) {
      kind = "files.leftover.temporary";
    } else {
      return Optional.empty();
    }
    return Optional.of(ProblemMessage.of("corpus.file.leftover", name, ProblemMessage.of(kind)));
  }

  /**
   * The leftover files under the corpus' {@code documents/} that the loader warns of, relative to
   * {@code corpusDir} with '/' separators, in path order: regular files only (a link is not
   * followed, nor listed), in no hidden folder, as {@link CorpusLoader} reads the folder.
   */
  public static List<String> under(Path corpusDir) throws IOException {
    Path documentsDir = corpusDir.resolve(CorpusLoader.DOCUMENTS_DIR);
    List<String> found = new ArrayList<>();
    if (!Files.isDirectory(documentsDir)) {
      return found;
    }
    Files.walkFileTree(documentsDir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
        boolean hidden = !dir.equals(documentsDir) && dir.getFileName().toString().startsWith(".");
        return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        if (attributes.isRegularFile() && warning(file.getFileName().toString()).isPresent()) {
          found.add(corpusDir.relativize(file).toString().replace('\\', '/'));
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE; // the loader reports what it cannot read
      }
    });
    found.sort(null);
    return found;
  }
}
