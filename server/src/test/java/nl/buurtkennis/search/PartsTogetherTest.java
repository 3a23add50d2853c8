package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.buurtkennis.index.IndexSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Where a passage counts a compound's two parts as the compound, in the texts' own words. */
class PartsTogetherTest {
  private static final String FIELD = "body_nl";

  @Test
  void sideBySideInEitherOrder() throws IOException {
    assertEquals(1, count("wijk", "agent", "Bel de wijk agent."));
    assertEquals(1, count("whatsapp", "groep", "Een groep op WhatsApp."));
  }

  @Test
  void inTheCompoundsOrderWithOneWordBetween() throws IOException {
    assertEquals(1, count("buurt", "schouw", "Er zijn buurt- en wijkschouwen."));
    assertEquals(0, count("wijk", "agent", "De vorm verschilt sterk per wijk en per agent."));
  }

  @Test
  void inTheReverseOrderAsDutchSaysACompoundInWords() throws IOException {
    assertEquals(1, count("jongeren", "overlast", "Er is overlast van groepen jongeren."));
    assertEquals(1, count("veiligheid", "gevoel", "Het gevoel van veiligheid groeit."));
    assertEquals(0, count("jongeren", "overlast",
        "De overlast nam af, zeggen de meeste bewoners, en de jongeren bleven."));
  }

  /** Whether the text matches the parts of a compound together, as the passages' query asks. */
  private static int count(String first, String second, String text) throws IOException {
    Analyzer analyzer = IndexSchema.indexAnalyzer();
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
        Document doc = new Document();
        doc.add(new TextField(FIELD, text, Field.Store.NO));
        writer.addDocument(doc);
      }
      BooleanQuery parts = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(FIELD, term(first))), Occur.MUST)
          .add(new TermQuery(new Term(FIELD, term(second))), Occur.MUST)
          .build();
      BooleanQuery allParts = new BooleanQuery.Builder().add(parts, Occur.SHOULD).build();
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        return new IndexSearcher(reader).count(PartsTogether.of(allParts));
      }
    }
  }

  private static String term(String word) throws IOException {
    try (TokenStream tokens = IndexSchema.queryAnalyzer().tokenStream(FIELD, word)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      List<String> terms = new ArrayList<>();
      while (tokens.incrementToken()) {
        terms.add(term.toString());
      }
      tokens.end();
      return terms.get(0);
    }
  }
}
