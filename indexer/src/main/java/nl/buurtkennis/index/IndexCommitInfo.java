package nl.buurtkennis.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** What the last commit of an index says about how it was built. */
public record IndexCommitInfo(String fingerprint, String stamp, String schemaVersion,
    String taxonomyYaml, String builtAt, int documents) {

  /** The last commit's info, or empty when the folder holds no index. */
  public static Optional<IndexCommitInfo> read(Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir)) {
      return Optional.empty();
    }
    try (Directory directory = FSDirectory.open(indexDir)) {
      if (!DirectoryReader.indexExists(directory)) {
        return Optional.empty();
      }
      return Optional.of(of(SegmentInfos.readLatestCommit(directory).getUserData()));
    } catch (IndexNotFoundException e) {
      return Optional.empty();
    }
  }

  public static IndexCommitInfo of(Map<String, String> userData) {
    return new IndexCommitInfo(
        userData.getOrDefault(IndexSchema.COMMIT_FINGERPRINT, ""),
        userData.getOrDefault(IndexSchema.COMMIT_STAMP, ""),
        userData.getOrDefault(IndexSchema.COMMIT_SCHEMA, ""),
        userData.getOrDefault(IndexSchema.COMMIT_TAXONOMY, ""),
        userData.getOrDefault(IndexSchema.COMMIT_BUILT_AT, ""),
        Integer.parseInt(userData.getOrDefault(IndexSchema.COMMIT_DOCUMENTS, "0")));
  }

  /** Whether this index was built from {@code fingerprint} with the current schema. */
  public boolean isCurrentFor(String corpusFingerprint) {
    return fingerprint.equals(corpusFingerprint) && hasCurrentSchema();
  }

  /** Whether this index was written with the schema of this code, so it can be served as is. */
  public boolean hasCurrentSchema() {
    return IndexSchema.VERSION.equals(schemaVersion);
  }

  /** Whether the corpus folder looks exactly as it did when this index was built from it. */
  public boolean hasStamp(String corpusStamp) {
    return !stamp.isEmpty() && stamp.equals(corpusStamp);
  }
}
