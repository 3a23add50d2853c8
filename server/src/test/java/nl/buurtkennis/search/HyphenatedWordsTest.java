package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtkennis.index.IndexSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * A word with hyphens is its parts next to each other or the word written as one; in a Dutch
 * field its parts anywhere, as a compound's parts, as before.
 */
class HyphenatedWordsTest {
  private static final List<String> TEXTS = List.of(
      "Mediation reduces antisocial behaviour.",
      "Anti-social behaviour was reported.",
      "An anti-fraud plan and a social plan.",
      "A measurement before and after the plan.");

  @Test
  void inEnglishThePartsNextToEachOtherOrTheWordWrittenAsOne() throws IOException {
    assertEquals(List.of("0", "1"), found("body_en", "anti-social"));
    assertEquals(List.of("0", "1"), found("body_en", "anti\u2010social"), "U+2010 is a hyphen");
    assertEquals(List.of("1", "2"), found("body_en", "anti social"), "apart: words anywhere");
  }

  @Test
  void inDutchThePartsAnywhereAsACompoundsOrTheWordWrittenAsOne() throws IOException {
    assertEquals(List.of("0", "1", "2"), found("body_nl", "anti-social"));
  }

  /** Written as one, it was required beside the other words, and no text holds beforeandafter. */
  @Test
  void aWordOfStopWordsOnlyIsDroppedAsItsPartsWrittenApartAre() throws IOException {
    for (String field : List.of("body_en", "body_nl")) {
      assertEquals(List.of("3"), found(field, "before-and-after measurement"), field);
      assertEquals(found(field, "to do plan"), found(field, "to-do plan"), field);
    }
  }

  /** The ids of the texts, indexed in {@code field}, that {@code query} finds there. */
  private static List<String> found(String field, String query) throws IOException {
    Analyzer analyzer = IndexSchema.indexAnalyzer();
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
        for (int i = 0; i < TEXTS.size(); i++) {
          Document doc = new Document();
          doc.add(new StringField("id", String.valueOf(i), Field.Store.YES));
          doc.add(new TextField(field, TEXTS.get(i), Field.Store.NO));
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        Map<String, Float> weights = new LinkedHashMap<>(Map.of(field, 1f));
        SimpleQueryParser parser = new FieldBlendingParser(IndexSchema.queryAnalyzer(), weights,
            SimpleQueryParser.WHITESPACE_OPERATOR, reader);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        IndexSearcher searcher = new IndexSearcher(reader);
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(parser.parse(query), 10).scoreDocs) {
          ids.add(searcher.storedFields().document(hit.doc).get("id"));
        }
        return ids.stream().sorted().toList();
      }
    }
  }
}
