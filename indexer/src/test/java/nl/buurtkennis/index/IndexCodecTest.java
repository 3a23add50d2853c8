package nl.buurtkennis.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCodecTest {
  private static final String[] WORDS = {"buurtpreventie", "bewoners", "politie", "veiligheid",
      "de", "het", "een", "wijkagent", "melding", "WhatsApp", "vertrouwen", "in", "van", "ß", "ĳ"};

  @TempDir
  Path temp;

  @Test
  void isFoundByItsName() {
    assertInstanceOf(IndexCodec.class, Codec.forName(IndexCodec.NAME));
  }

  /**
   * Records of all sizes, from empty to several blocks (which Lucene compresses in slices), read
   * back as written, also from segments that Lucene's own codec wrote before and after merging
   * them with this one's.
   */
  @Test
  void recordsReadBackAsWrittenBesideLucenesOwnSegments() throws IOException {
    Random random = new Random(7);
    List<String> written = new ArrayList<>();
    try (Directory directory = FSDirectory.open(temp)) {
      write(directory, new Lucene912Codec(Lucene912Codec.Mode.BEST_COMPRESSION), random, written);
      write(directory, new IndexCodec(), random, written);
      assertEquals(List.of("Lucene912", IndexCodec.NAME), codecs(directory));
      assertEquals(written, records(directory));

      try (IndexWriter writer = new IndexWriter(directory,
          new IndexWriterConfig(new StandardAnalyzer()).setCodec(new IndexCodec()))) {
        writer.forceMerge(1);
        writer.commit();
      }
      assertEquals(List.of(IndexCodec.NAME), codecs(directory));
      assertEquals(sorted(written), sorted(records(directory)), "a merge may reorder segments");
    }
  }

  /** The native contexts that decompress records are lent to one reader at a time. */
  @Test
  void recordsReadBackAsWrittenByManyThreadsAtOnce() throws Exception {
    List<String> written = new ArrayList<>();
    try (Directory directory = FSDirectory.open(temp)) {
      write(directory, new IndexCodec(), new Random(11), written);
      ExecutorService threads = Executors.newFixedThreadPool(8);
      try {
        List<Future<List<String>>> reads = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
          reads.add(threads.submit(() -> records(directory)));
        }
        for (Future<List<String>> read : reads) {
          assertEquals(written, read.get(60, TimeUnit.SECONDS));
        }
      } finally {
        threads.shutdownNow();
      }
    }
  }

  private static void write(Directory directory, Codec codec, Random random, List<String> written)
      throws IOException {
    try (IndexWriter writer = new IndexWriter(directory, config(codec))) {
      for (int i = 0; i < 300; i++) {
        String record = text(random, i == 7 ? 150_000 : i % 50 == 0 ? 40_000
            : random.nextInt(3_000));
        Document document = new Document();
        document.add(new StoredField("record", record));
        writer.addDocument(document);
        written.add(record);
      }
      writer.commit();
    }
  }

  private static IndexWriterConfig config(Codec codec) {
    return new IndexWriterConfig(new StandardAnalyzer()).setCodec(codec)
        .setMergePolicy(NoMergePolicy.INSTANCE);
  }

  private static String text(Random random, int words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(20) == 0 ? ".\n" : " ");
    }
    return text.toString();
  }

  private static List<String> sorted(List<String> records) {
    return records.stream().sorted().toList();
  }

  private static List<String> codecs(Directory directory) throws IOException {
    List<String> names = new ArrayList<>();
    for (SegmentCommitInfo segment : SegmentInfos.readLatestCommit(directory)) {
      names.add(segment.info.getCodec().getName());
    }
    return names;
  }

  private static List<String> records(Directory directory) throws IOException {
    List<String> records = new ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          records.add(stored.document(doc).get("record"));
        }
      }
    }
    assertTrue(records.size() > 0);
    return records;
  }
}
