package nl.buurtkennis.admin;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.validation.Problem;

/**
 * Validates a change to the corpus before it is made: the corpus is copied to a temporary folder,
 * the change is applied to the copy, and the copy is validated by {@link CorpusLoader} — the very
 * check {@code indexer validate} runs, cross-references included. The real corpus is not touched.
 */
final class CorpusStaging {
  private CorpusStaging() {}

  /** A change to try: files to remove and one file to write, all relative to the corpus folder. */
  record Change(List<String> remove, String writePath, byte[] writeBytes) {}

  /** Every problem the corpus would have after {@code change}; empty when it would be valid. */
  static List<DocumentProblem> problemsAfter(Path corpusDir, Change change) throws IOException {
    Path staging = Files.createTempDirectory("buurtkennis-staging-");
    try {
      Path copy = staging.resolve("corpus");
      copyTree(corpusDir, copy);
      for (String remove : change.remove()) {
        Files.deleteIfExists(copy.resolve(remove));
      }
      if (change.writePath() != null) {
        Path target = stagedTarget(corpusDir, copy, change.writePath());
        Files.createDirectories(target.getParent());
        Files.write(target, change.writeBytes());
      }
      return problemsOf(copy, corpusDir);
    } finally {
      deleteTree(staging);
    }
  }

  /** Every problem the corpus has as it is; empty when it is valid. */
  static List<DocumentProblem> problemsNow(Path corpusDir) throws IOException {
    return problemsOf(corpusDir, corpusDir);
  }

  /**
   * The problems of the corpus in {@code read}, each with its file's path relative to it, and
   * {@code read} named in the messages as {@code shown}, the corpus the librarian knows.
   */
  private static List<DocumentProblem> problemsOf(Path read, Path shown) throws IOException {
    List<DocumentProblem> problems = new ArrayList<>();
    for (Problem problem : CorpusLoader.load(read).problems()) {
      problems.add(new DocumentProblem(relative(read, problem.path()), problem.line(),
          problem.description().mapText(text -> text.replace(read.toString(),
              shown.toString()))));
    }
    return problems;
  }

  /**
   * Where the copy takes the file written to {@code path}: for a symbolic link to a file inside
   * the corpus, that file's copy, as the store writes through the link; otherwise the path
   * itself, a link there removed first. Never through a link of the copy, which may point out of
   * it: to the real corpus, or outside it (such a link the store refuses to write through).
   */
  private static Path stagedTarget(Path corpusDir, Path copy, String path) throws IOException {
    Path original = corpusDir.resolve(path);
    if (Files.isSymbolicLink(original) && Files.exists(original)) {
      Path root = corpusDir.toRealPath();
      Path linked = original.toRealPath();
      if (linked.startsWith(root)) {
        return copy.resolve(root.relativize(linked).toString());
      }
    }
    Path staged = copy.resolve(path);
    Files.deleteIfExists(staged);
    return staged;
  }

  private static String relative(Path root, Path path) {
    Path normal = path.toAbsolutePath().normalize();
    Path base = root.toAbsolutePath().normalize();
    Path shown = normal.startsWith(base) ? base.relativize(normal) : normal;
    return shown.toString().replace('\\', '/');
  }

  /** Copies files as they are; links are copied as links, so the validation still sees them. */
  private static void copyTree(Path from, Path to) throws IOException {
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
          throws IOException {
        Files.createDirectories(to.resolve(from.relativize(dir).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.copy(file, to.resolve(from.relativize(file).toString()),
            StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(path);
      }
    }
  }
}
