package nl.buurtkennis.index;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;

/**
 * Lucene 9.12's codec with the records compressed by {@link RecordCompression}, in blocks of the
 * size Lucene's best-compression mode uses. Found by name through {@code META-INF/services} when
 * an index is opened; segments written by Lucene's own codec stay readable. The name stays when
 * the records' format changes (the format has a name of its own, checked when a segment is
 * read), so that an older index still opens far enough for its schema version to be read and the
 * index rebuilt.
 */
public final class IndexCodec extends FilterCodec {
  static final String NAME = "Buurtkennis912";
  private static final int BLOCK_BYTES = 10 * 48 * 1024;
  private static final int MAX_DOCS_PER_BLOCK = 4096;
  private static final int BLOCK_SHIFT = 10;
  /**
   * One instance for every codec instance: a merge copies a segment's compressed blocks as they
   * are only when the segment's compression mode is the writer's own, compared by identity, and
   * an update's writer merges segments opened through the service loader's instance.
   */
  private static final RecordCompression COMPRESSION = new RecordCompression();

  private final StoredFieldsFormat records = new Lucene90CompressingStoredFieldsFormat(
      "BuurtkennisZstdRecords", COMPRESSION, BLOCK_BYTES, MAX_DOCS_PER_BLOCK,
      BLOCK_SHIFT);

  /** Called by Lucene's service loader. */
  public IndexCodec() {
    super(NAME, new Lucene912Codec(Lucene912Codec.Mode.BEST_COMPRESSION));
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return records;
  }
}
