package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** How rare a term is, over every segment of the index. */
class PassageRarityTest {
  @Test
  void aTermsRarityCountsTheTextsOfEverySegmentWhateverTheOrderOfTheLookups() throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory,
          new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
        for (List<String> segment : List.of(List.of("werkt woninginbraak", "werkt"),
            List.of("werkt", "werkt buurt"), List.of("buurt"))) {
          for (String text : segment) {
            Document doc = new Document();
            doc.add(new TextField("body_nl", text, Field.Store.NO));
            doc.add(new TextField("title_nl", "titel", Field.Store.NO));
            writer.addDocument(doc);
          }
          writer.commit();
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertEquals(3, reader.leaves().size());
        PassageRarity rarity = new PassageRarity(reader);
        for (String word : List.of("woninginbraak", "werkt", "buurt", "afwezig", "buurt",
            "aaa", "werkt")) {
          Term term = new Term("body_nl", word);
          float expected = reader.docFreq(term) == 0 ? 0f : (float) (PassageRarity.idf(
              reader.docFreq(term), 5) / PassageRarity.idf(1, 5));
          assertEquals(expected, rarity.of(term), word);
        }
        assertEquals(1f, rarity.of(new Term("body_nl", "woninginbraak")));
        assertTrue(rarity.of(new Term("body_nl", "werkt"))
            < rarity.of(new Term("body_nl", "buurt")));
        assertEquals(0f, rarity.of(new Term("summary_nl", "werkt")), "a field no text has");
        assertTrue(rarity.of(new Term("title_nl", "titel")) < 0.1f);
      }
    }
  }
}
