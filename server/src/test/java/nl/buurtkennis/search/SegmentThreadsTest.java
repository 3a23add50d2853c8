package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SegmentThreadsTest {
  /** Segments of very different sizes, some grouped into one slice. */
  private static final int[] SEGMENT_SIZES = {3, 40, 1, 25, 7, 60, 2, 30, 11, 5};
  private static Directory directory;
  private static DirectoryReader reader;

  @BeforeAll
  static void index() throws IOException {
    directory = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
        .setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      int n = 0;
      for (int size : SEGMENT_SIZES) {
        for (int i = 0; i < size; i++, n++) {
          Document doc = new Document();
          // Every document scores the same for "buurt"; some also hold "wijk".
          doc.add(new TextField("text", n % 3 == 0 ? "buurt wijk" : "buurt", Field.Store.NO));
          writer.addDocument(doc);
        }
        writer.flush();
      }
      writer.commit();
    }
    reader = DirectoryReader.open(directory);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  private static IndexSearcher onAllCores() {
    return new IndexSearcher(reader, SegmentThreads.executor()) {
      @Override
      protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        return SegmentThreads.slices(leaves);
      }
    };
  }

  @Test
  void slicesHoldEverySegmentOnce() {
    assertEquals(SEGMENT_SIZES.length, reader.leaves().size());
    IndexSearcher.LeafSlice[] slices = SegmentThreads.slices(reader.leaves());
    assertTrue(slices.length > 1, "the segments are searched side by side");
    List<LeafReaderContext> inSlices = new ArrayList<>();
    Arrays.stream(slices).forEach(slice -> inSlices.addAll(Arrays.asList(slice.leaves)));
    assertEquals(reader.leaves(), inSlices);
  }

  @Test
  void hitsOfEqualScoreComeInDocumentOrderAsOnOneThread() throws IOException {
    IndexSearcher oneThread = new IndexSearcher(reader);
    IndexSearcher allCores = onAllCores();
    for (var query : List.of(new TermQuery(new Term("text", "buurt")),
        new TermQuery(new Term("text", "wijk")), new MatchAllDocsQuery())) {
      for (int top : new int[] {1, 10, 57, 1000}) {
        TopDocs expected = oneThread.search(query, top);
        TopDocs actual = allCores.search(query,
            new TopScoreDocCollectorManager(top, null, Integer.MAX_VALUE, true));
        assertEquals(expected.totalHits, actual.totalHits, query + " top " + top);
        assertArrayEquals(docs(expected), docs(actual), query + " top " + top);
      }
    }
  }

  @Test
  void collectorsOnOtherThreadsStopAtTheDeadlineOfTheRequest() throws IOException {
    IndexSearcher allCores = onAllCores();
    TermQuery query = new TermQuery(new Term("text", "buurt"));
    int all = reader.maxDoc();
    assertEquals(all, allCores.search(query,
        SearchDeadline.watch(new TotalHitCountCollectorManager())));
    try (SearchDeadline.Budget budget = SearchDeadline.start(Duration.ZERO)) {
      int counted = allCores.search(query,
          SearchDeadline.watch(new TotalHitCountCollectorManager()));
      assertEquals(0, counted, "every slice stopped at once, on whichever thread it ran");
      assertTrue(budget.exceeded());
    }
    try (SearchDeadline.Budget budget = SearchDeadline.start(Duration.ofMinutes(1))) {
      assertEquals(all, allCores.search(query,
          SearchDeadline.watch(new TotalHitCountCollectorManager())));
      assertFalse(budget.exceeded());
    }
  }

  private static int[] docs(TopDocs top) {
    return Arrays.stream(top.scoreDocs).mapToInt((ScoreDoc hit) -> hit.doc).toArray();
  }
}
