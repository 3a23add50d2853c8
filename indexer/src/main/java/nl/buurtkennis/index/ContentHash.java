package nl.buurtkennis.index;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import nl.buurtkennis.corpus.CorpusDocument;

/**
 * The content hash of a document: a SHA-256 of its record as stored in the index, and of its
 * translation's record when it has one (whose text it is also found by). The records hold
 * everything the converter indexes, so equal hashes (with the same schema and taxonomy) mean an
 * equal Lucene document; an edit the parser drops (trailing spaces) does not count as a change.
 */
public final class ContentHash {
  private ContentHash() {}

  public static String of(CorpusDocument document, Optional<CorpusDocument> translation) {
    return of(RecordCodec.encode(document, translation), translation);
  }

  static String of(byte[] record, Optional<CorpusDocument> translation) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(record);
      if (translation.isPresent()) {
        digest.update((byte) '\n');
        digest.update(RecordCodec.encode(translation.get()));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
