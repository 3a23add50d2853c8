package nl.buurtkennis.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.testing.TempCorpus;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class RecordCodecTest {
  @Test
  void everyShippedDocumentComesBackWholeWithItsSectionTextStoredOnce() throws IOException {
    List<CorpusDocument> docs = CorpusLoader.load(TempCorpus.shippedCorpus()).corpus()
        .orElseThrow().documents();
    for (CorpusDocument doc : docs) {
      String record = new String(RecordCodec.encode(doc), StandardCharsets.UTF_8);
      CorpusDocument back = RecordCodec.decode(new BytesRef(RecordCodec.encode(doc)));
      assertEquals(doc, back, doc.id());
      assertEquals(doc.bodyText(), back.bodyText(), doc.id());
      String line = doc.sections().get(doc.sections().size() - 1).blocks().get(0).lines().get(0)
          .replaceAll("[\"\\\\].*", "");
      assertEquals(1, occurrences(record, line), doc.id() + ": a text is stored once: " + line);
      assertFalse(record.contains("\"text\":"), doc.id());
    }
    assertTrue(docs.size() >= 45);
  }

  private static int occurrences(String haystack, String needle) {
    int count = 0;
    for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      count++;
    }
    return count;
  }
}
