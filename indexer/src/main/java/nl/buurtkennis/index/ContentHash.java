package nl.buurtkennis.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nl.buurtkennis.corpus.CorpusDocument;

/**
 * The content hash of a document: a SHA-256 of its record as stored in the index. The record holds
 * everything the converter indexes, so equal hashes (with the same schema and taxonomy) mean an
 * equal Lucene document; an edit the parser drops (trailing spaces) does not count as a change.
 */
public final class ContentHash {
  private ContentHash() {}

  public static String of(CorpusDocument document) {
    return of(RecordCodec.encode(document));
  }

  static String of(String record) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(record.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
