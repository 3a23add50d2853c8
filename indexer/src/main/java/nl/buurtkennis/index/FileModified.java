package nl.buurtkennis.index;

import java.time.Instant;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexableField;

/** The stored field {@link IndexSchema#FILE_MODIFIED}: when a document's file last changed. */
public final class FileModified {
  private FileModified() {}

  static void add(Document lucene, Instant modified) {
    lucene.add(new StoredField(IndexSchema.FILE_MODIFIED, modified.toEpochMilli()));
  }

  /** The time stored with a document; empty for one read from no file. */
  public static Optional<Instant> read(Document stored) {
    IndexableField field = stored.getField(IndexSchema.FILE_MODIFIED);
    return field == null || field.numericValue() == null ? Optional.empty()
        : Optional.of(Instant.ofEpochMilli(field.numericValue().longValue()));
  }
}
