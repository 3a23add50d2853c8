package nl.buurtkennis.server;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Checks that the last commit of an index is whole before it is served: the commit point is read
 * (Lucene verifies its checksum), and every file of every segment is read through and compared
 * with the checksum in its footer ({@code LeafReader.checkIntegrity()}), so a truncated file or a
 * flipped bit is found at start and not as wrong results later.
 */
final class IndexIntegrity {
  private IndexIntegrity() {}

  /** Whether {@code indexDir} holds a committed index. */
  static boolean exists(Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir)) {
      return false;
    }
    try (Directory directory = FSDirectory.open(indexDir)) {
      return DirectoryReader.indexExists(directory);
    }
  }

  /** Why the index in {@code indexDir} cannot be trusted; empty when it is whole or absent. */
  static Optional<String> check(Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir)) {
      return Optional.empty();
    }
    try (Directory directory = FSDirectory.open(indexDir)) {
      if (!DirectoryReader.indexExists(directory)) {
        return Optional.empty();
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        for (LeafReaderContext leaf : reader.leaves()) {
          leaf.reader().checkIntegrity();
        }
      }
      return Optional.empty();
    } catch (CorruptIndexException | EOFException e) {
      return Optional.of("a file of the index is damaged (truncated or changed on disk): "
          + e.getMessage());
    } catch (NoSuchFileException | FileNotFoundException e) {
      return Optional.of("a file of the index is missing: " + e.getMessage());
    } catch (IndexFormatTooOldException | IndexFormatTooNewException e) {
      return Optional.of("the index was written by another Lucene version: " + e.getMessage());
    }
  }
}
