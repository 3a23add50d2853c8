package nl.buurtkennis.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A cheap fingerprint of a corpus folder from the file system alone: the path, size, modification
 * time and (on Unix) change time and inode of every file, without reading a byte. Any edit, copy,
 * rename or removal changes it; the change time cannot be set back by tools that preserve
 * modification times. It lets the server tell at start, in a fraction of a second, whether the
 * corpus may have changed since the index was built; only then is the corpus read.
 *
 * <p>It is taken before the corpus is read, so a file changed while it is being read makes the
 * stamp stale rather than wrongly current: the next start re-reads the corpus.
 */
public final class CorpusStamp {
  private static final boolean UNIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

  private CorpusStamp() {}

  /** The stamp of every file under {@code corpusDir}; a missing folder has a stamp too. */
  public static String of(Path corpusDir) throws IOException {
    MessageDigest digest = sha256();
    if (Files.isDirectory(corpusDir)) {
      List<String> lines = new ArrayList<>();
      Files.walkFileTree(corpusDir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          lines.add(line(corpusDir, file, attributes));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          lines.add(corpusDir.relativize(file) + "\0unreadable");
          return FileVisitResult.CONTINUE;
        }
      });
      lines.sort(null);
      lines.forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String line(Path corpusDir, Path file, BasicFileAttributes attributes) {
    StringBuilder line = new StringBuilder(corpusDir.relativize(file).toString())
        .append('\0').append(attributes.size())
        .append('\0').append(attributes.lastModifiedTime().toInstant());
    try {
      if (attributes.isSymbolicLink()) {
        BasicFileAttributes target = Files.readAttributes(file, BasicFileAttributes.class);
        line.append('\0').append(Files.readSymbolicLink(file))
            .append('\0').append(target.size())
            .append('\0').append(target.lastModifiedTime().toInstant());
      }
      if (UNIX) {
        Map<String, Object> unix = Files.readAttributes(file, "unix:ctime,ino");
        line.append('\0').append(unix.get("ctime")).append('\0').append(unix.get("ino"));
      }
    } catch (IOException e) {
      line.append('\0').append("unreadable");
    }
    return line.toString();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
