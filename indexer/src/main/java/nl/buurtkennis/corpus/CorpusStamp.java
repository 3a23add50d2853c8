package nl.buurtkennis.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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
  private static final int S_IFMT = 0170000;
  private static final int S_IFDIR = 0040000;
  private static final int S_IFLNK = 0120000;
  private static final byte[] FOLDER = {0, 'd'};
  private static final byte[] UNREADABLE = {0, '?'};

  private CorpusStamp() {}

  /** The stamp of every file under {@code corpusDir}; a missing folder has a stamp too. */
  public static String of(Path corpusDir) throws IOException {
    MessageDigest digest = sha256();
    if (Files.isDirectory(corpusDir)) {
      stampFolder(corpusDir, "", digest);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** One status call per entry, in name order, so the stamp does not depend on listing order. */
  private static void stampFolder(Path folder, String prefix, MessageDigest digest)
      throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
      listing.forEach(entries::add);
    }
    entries.sort(null);
    for (Path entry : entries) {
      String name = prefix + entry.getFileName();
      digest.update(name.getBytes(StandardCharsets.UTF_8));
      if (UNIX) {
        Map<String, Object> unix = readUnix(entry);
        if (unix == null) {
          digest.update(UNREADABLE);
          continue;
        }
        int type = (Integer) unix.get("mode") & S_IFMT;
        if (type == S_IFDIR) {
          digest.update(FOLDER);
          stampFolder(entry, name + "/", digest);
          continue;
        }
        update(digest, (Long) unix.get("size"), (FileTime) unix.get("lastModifiedTime"),
            (FileTime) unix.get("ctime"), (Long) unix.get("ino"));
        if (type == S_IFLNK) {
          stampLink(entry, digest);
        }
      } else {
        BasicFileAttributes basic = Files.readAttributes(entry, BasicFileAttributes.class,
            LinkOption.NOFOLLOW_LINKS);
        if (basic.isDirectory()) {
          digest.update(FOLDER);
          stampFolder(entry, name + "/", digest);
          continue;
        }
        update(digest, basic.size(), basic.lastModifiedTime(), basic.lastModifiedTime(), 0);
        if (basic.isSymbolicLink()) {
          stampLink(entry, digest);
        }
      }
    }
  }

  /** A link is read through: a change to the file it points to changes the stamp too. */
  private static void stampLink(Path link, MessageDigest digest) {
    try {
      digest.update(Files.readSymbolicLink(link).toString().getBytes(StandardCharsets.UTF_8));
      BasicFileAttributes target = Files.readAttributes(link, BasicFileAttributes.class);
      update(digest, target.size(), target.lastModifiedTime(), target.lastModifiedTime(), 0);
    } catch (IOException e) {
      digest.update(UNREADABLE);
    }
  }

  private static Map<String, Object> readUnix(Path entry) {
    try {
      return Files.readAttributes(entry, "unix:mode,size,lastModifiedTime,ctime,ino",
          LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return null;
    }
  }

  private static void update(MessageDigest digest, long size, FileTime modified, FileTime changed,
      long inode) {
    ByteBuffer numbers = ByteBuffer.allocate(4 * Long.BYTES)
        .putLong(size)
        .putLong(modified.to(TimeUnit.NANOSECONDS))
        .putLong(changed.to(TimeUnit.NANOSECONDS))
        .putLong(inode);
    digest.update(numbers.array());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
