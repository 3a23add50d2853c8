package nl.buurtkennis.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.buurtkennis.index.IndexCommitInfo;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.testing.TempCorpus;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index written by an older version in a form this one cannot read (its records in another
 * format, under the same codec name) is set aside as the older version's, not as damaged, and
 * rebuilt from the corpus.
 */
class IndexBootstrapOlderFormatTest {
  /** The codec's name, the same in older versions. */
  private static final String CODEC = "Buurtkennis912";
  private static final String OLDER_SCHEMA = "17";

  @TempDir
  Path temp;

  @Test
  void anIndexOfAnOlderUnreadableFormatIsSetAsideAndRebuilt() throws Exception {
    TempCorpus corpus = TempCorpus.create(temp);
    corpus.document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst over doc-a.\n"));
    Path index = temp.resolve("index");
    writeOlderIndex(index);

    IndexBootstrap.ensureIndex(corpus.dir(), index);

    assertEquals(List.of(), folders("index.corrupt-"));
    List<Path> aside = folders("index.schema-" + OLDER_SCHEMA + "-");
    assertEquals(1, aside.size(), "the older index is kept next to the new one");
    assertTrue(aside.get(0).getFileName().toString().matches("index\\.schema-17-\\d{8}T\\d{6}Z"));
    Optional<IndexCommitInfo> rebuilt = IndexCommitInfo.read(index);
    assertTrue(rebuilt.orElseThrow().hasCurrentSchema());
    assertEquals(1, rebuilt.get().documents());
  }

  private static void writeOlderIndex(Path index) throws IOException {
    StoredFieldsFormat olderRecords = new Lucene90CompressingStoredFieldsFormat(
        "BuurtkennisRecords", CompressionMode.HIGH_COMPRESSION, 480 * 1024, 4096, 10);
    FilterCodec older = new FilterCodec(CODEC, new Lucene912Codec()) {
      @Override
      public StoredFieldsFormat storedFieldsFormat() {
        return olderRecords;
      }
    };
    try (FSDirectory directory = FSDirectory.open(index);
        IndexWriter writer = new IndexWriter(directory,
            new IndexWriterConfig(new StandardAnalyzer()).setCodec(older))) {
      Document document = new Document();
      document.add(new StoredField(IndexSchema.RECORD, "{\"id\":\"doc-a\"}"));
      writer.addDocument(document);
      writer.setLiveCommitData(Map.of(IndexSchema.COMMIT_SCHEMA, OLDER_SCHEMA).entrySet());
      writer.commit();
    }
  }

  private List<Path> folders(String prefix) throws IOException {
    try (Stream<Path> files = Files.list(temp)) {
      return files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
    }
  }
}
