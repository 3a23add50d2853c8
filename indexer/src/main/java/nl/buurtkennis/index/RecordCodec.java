package nl.buurtkennis.index;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.corpus.Section;

/** Stores a {@link CorpusDocument} in the index as JSON and reads it back. */
public final class RecordCodec {
  /** A section's text is derived from its blocks, so the record leaves it out. */
  private static final ObjectMapper JSON =
      new ObjectMapper().addMixIn(Section.class, SectionRecord.class);

  private RecordCodec() {}

  public static String encode(CorpusDocument document) {
    try {
      return JSON.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a corpus document always serialises", e);
    }
  }

  /**
   * The record of a document with a translation names it, whichever of the two documents gave
   * the link, so that each page can link to the other.
   */
  static String encode(CorpusDocument document, Optional<CorpusDocument> translation) {
    return encode(translation.isEmpty() || document.translation() != null ? document
        : document.withTranslation(translation.get().id()));
  }

  public static CorpusDocument decode(String json) {
    try {
      return JSON.readValue(json, CorpusDocument.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the index holds a record this version cannot read; rebuild it",
          e);
    }
  }

  private abstract static class SectionRecord {
    @JsonIgnore
    abstract String text();
  }
}
