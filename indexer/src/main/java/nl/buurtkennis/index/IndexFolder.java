package nl.buurtkennis.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import nl.buurtkennis.validation.ValidationException;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * An index folder: what files belong in one, and opening it for a build or update, creating it
 * when there is none yet.
 */
public final class IndexFolder {
  /** The server's record of the index files whose checksums it verified (see IndexIntegrity). */
  public static final String VERIFIED_FILES = "verified-files.txt";

  private IndexFolder() {}

  /**
   * The first file or folder in {@code indexDir} (sorted by name) that no index holds: neither
   * Lucene's (its lock, {@code segments_N}, {@code pending_segments_N} and the {@code _}-named
   * segment files) nor the server's record of verified files. Empty for a folder that holds an
   * index, the leftovers of a failed first build, or nothing.
   */
  public static Optional<Path> foreignFile(Path indexDir) throws IOException {
    try (Stream<Path> files = Files.list(indexDir)) {
      return files.filter(file -> !isIndexFile(file)).sorted().findFirst();
    }
  }

  private static boolean isIndexFile(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file) && (name.equals(IndexWriter.WRITE_LOCK_NAME)
        || name.startsWith(IndexFileNames.SEGMENTS) || name.startsWith(IndexFileNames.PENDING_SEGMENTS)
        || name.startsWith("_") || name.startsWith(VERIFIED_FILES));
  }

  /** A build or update of the opened folder. */
  @FunctionalInterface
  interface Write {
    UpdateSummary to(Directory directory) throws IOException, ValidationException;
  }

  /**
   * Runs {@code write} on {@code indexDir}. When the write is refused for the corpus's problems,
   * a folder this call created is removed again: the writer's lock file is all it holds then, and a
   * refused build should leave nothing behind.
   */
  static UpdateSummary writing(Path indexDir, Write write) throws IOException, ValidationException {
    boolean created = !Files.exists(indexDir);
    Files.createDirectories(indexDir);
    try (Directory directory = FSDirectory.open(indexDir)) {
      return write.to(directory);
    } catch (ValidationException e) {
      if (created) {
        removeQuietly(indexDir);
      }
      throw e;
    }
  }

  /** Removes the lock file and the folder; a folder that holds more by now stays. */
  private static void removeQuietly(Path indexDir) {
    try {
      Files.deleteIfExists(indexDir.resolve(IndexWriter.WRITE_LOCK_NAME));
      Files.deleteIfExists(indexDir);
    } catch (IOException e) {
      // Another writer began in the meantime: the folder is its now.
    }
  }
}
