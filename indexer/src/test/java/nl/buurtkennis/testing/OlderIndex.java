package nl.buurtkennis.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import nl.buurtkennis.index.IndexSchema;
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

/**
 * An index as schema 16 wrote it: the codec of the same name, its records DEFLATE-compressed in
 * the format of another name, which this version cannot read.
 */
public final class OlderIndex {
  /** The codec's name, the same in older versions. */
  private static final String CODEC = "Buurtkennis912";
  public static final String SCHEMA = "16";

  private OlderIndex() {}

  /** Writes one document with a record, and a commit naming {@link #SCHEMA}. */
  public static void write(Path index) throws IOException {
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
      writer.setLiveCommitData(Map.of(IndexSchema.COMMIT_SCHEMA, SCHEMA).entrySet());
      writer.commit();
    }
  }
}
