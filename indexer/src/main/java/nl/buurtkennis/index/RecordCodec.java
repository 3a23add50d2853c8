package nl.buurtkennis.index;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.corpus.Section;
import org.apache.lucene.document.Document;
import org.apache.lucene.util.BytesRef;

/**
 * Stores a {@link CorpusDocument} in the index as JSON in UTF-8 and reads it back. The record is
 * stored as bytes, as Jackson writes and reads them: as a string it was encoded and decoded once
 * more on each side.
 */
public final class RecordCodec {
  /** A section's text is derived from its blocks, so the record leaves it out. */
  private static final ObjectMapper JSON =
      new ObjectMapper().addMixIn(Section.class, SectionRecord.class);

  private RecordCodec() {}

  public static byte[] encode(CorpusDocument document) {
    try {
      return JSON.writeValueAsBytes(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a corpus document always serialises", e);
    }
  }

  /**
   * The record of a document with a translation names it, whichever of the two documents gave
   * the link, so that each page can link to the other.
   */
  static byte[] encode(CorpusDocument document, Optional<CorpusDocument> translation) {
    return encode(translation.isEmpty() || document.translation() != null ? document
        : document.withTranslation(translation.get().id()));
  }

  /** The document whose stored fields {@code stored} are. */
  public static CorpusDocument read(Document stored) {
    return decode(stored.getBinaryValue(IndexSchema.RECORD));
  }

  public static CorpusDocument decode(BytesRef record) {
    try {
      if (record == null) {
        throw new IOException("no record of bytes");
      }
      return JSON.readValue(record.bytes, record.offset, record.length, CorpusDocument.class);
    } catch (IOException e) {
      throw new IllegalStateException("the index holds a record this version cannot read; rebuild it",
          e);
    }
  }

  private abstract static class SectionRecord {
    @JsonIgnore
    abstract String text();
  }
}
