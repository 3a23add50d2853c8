package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.buurtkennis.index.IndexSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
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
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
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

  /**
   * The search's check of two parts together ({@link PartsTogether#said}, built to read fewer
   * postings) finds exactly the texts the passages' query finds, parts at the same position (of a
   * longer compound) included, a part of alternative words too.
   */
  @Test
  void theSearchsCheckFindsWhatThePassagesQueryFinds() throws IOException {
    Random random = new Random(58);
    String[] words = {"a", "b", "c", "d"};
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
        for (int i = 0; i < 4000; i++) {
          int length = 1 + random.nextInt(12);
          String[] terms = new String[length];
          int[] increments = new int[length];
          for (int t = 0; t < length; t++) {
            terms[t] = words[random.nextInt(words.length)];
            increments[t] = t > 0 && random.nextInt(4) == 0 ? 0 : 1 + (random.nextInt(6) == 0
                ? random.nextInt(3) : 0);
          }
          Document doc = new Document();
          doc.add(new TextField(FIELD, new Tokens(terms, increments)));
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        TermQuery a = new TermQuery(new Term(FIELD, "a"));
        TermQuery b = new TermQuery(new Term(FIELD, "b"));
        BooleanQuery aOrC = new BooleanQuery.Builder()
            .add(a, Occur.SHOULD).add(new TermQuery(new Term(FIELD, "c")), Occur.SHOULD).build();
        for (Query[] pair : new Query[][] {{a, b}, {b, a}, {aOrC, b}, {b, aOrC}}) {
          BooleanQuery parts = new BooleanQuery.Builder()
              .add(pair[0], Occur.MUST).add(pair[1], Occur.MUST).build();
          BooleanQuery allParts = new BooleanQuery.Builder().add(parts, Occur.SHOULD).build();
          Set<Integer> passages = docs(searcher, PartsTogether.of(allParts));
          assertTrue(passages.size() > 100 && passages.size() < 3900, passages.size() + "");
          assertEquals(passages, docs(searcher, PartsTogether.said(allParts)));
        }
      }
    }
  }

  private static Set<Integer> docs(IndexSearcher searcher, Query query) throws IOException {
    Set<Integer> docs = new HashSet<>();
    for (ScoreDoc hit : searcher.search(query, Integer.MAX_VALUE).scoreDocs) {
      docs.add(hit.doc);
    }
    return docs;
  }

  /** Terms at the given position increments. */
  private static final class Tokens extends TokenStream {
    private final String[] terms;
    private final int[] increments;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment =
        addAttribute(PositionIncrementAttribute.class);
    private int next;

    Tokens(String[] terms, int[] increments) {
      this.terms = terms;
      this.increments = increments;
    }

    @Override
    public boolean incrementToken() {
      if (next == terms.length) {
        return false;
      }
      clearAttributes();
      term.append(terms[next]);
      increment.setPositionIncrement(increments[next]);
      next++;
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
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
