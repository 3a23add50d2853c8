package nl.buurtkennis.index;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import nl.buurtkennis.corpus.Corpus;
import nl.buurtkennis.taxonomy.Taxonomy;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/** Opens the one writer of a build or update, and stamps its commit; shared so both agree. */
final class IndexWriters {
  private IndexWriters() {}

  /**
   * Segments are merged up to this size and no further, also when an update expunges deleted
   * documents: a search reads the segments side by side on all cores, which one segment holding
   * the whole index would prevent (Lucene's default is 5 GB).
   */
  static final double MAX_SEGMENT_MB = 256;

  /**
   * How much the writer buffers before it flushes a segment (Lucene's default is 16 MB, Solr's
   * 100 MB): fewer, larger flushed segments leave fewer merges, which run on the writing threads.
   */
  static final double RAM_BUFFER_MB = 128;

  /**
   * A writer that never commits by itself (so nothing is visible before the single commit) and
   * whose {@code forceMergeDeletes} rewrites every segment with a deleted document, so an updated
   * index has exactly the statistics (BM25 document counts and lengths) of a full build. Merges
   * run on the writing thread: with a background merge scheduler, a merge that a flush starts is
   * skipped by {@code forceMergeDeletes} and may still hold deleted documents at the commit.
   * Stored records are compressed with Zstandard rather than Lucene's LZ4 ({@link IndexCodec}): a
   * quarter smaller index, and a search reads only the records of one page.
   */
  static IndexWriter open(Directory directory, Analyzer analyzer, IndexWriterConfig.OpenMode mode)
      throws IOException {
    TieredMergePolicy mergePolicy = new TieredMergePolicy();
    mergePolicy.setForceMergeDeletesPctAllowed(0.0);
    mergePolicy.setMaxMergedSegmentMB(MAX_SEGMENT_MB);
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setOpenMode(mode)
        .setCommitOnClose(false)
        .setRAMBufferSizeMB(RAM_BUFFER_MB)
        .setMergePolicy(mergePolicy)
        .setMergeScheduler(new SerialMergeScheduler())
        .setCodec(new IndexCodec());
    try {
      return new IndexWriter(directory, config);
    } catch (LockObtainFailedException e) {
      throw new IndexBusyException(name(directory), e);
    }
  }

  /** The commit user data of an index holding {@code corpus}; the same for a build and an update. */
  static void stamp(IndexWriter writer, Corpus corpus) {
    stamp(writer, corpus.fingerprint(), corpus.stamp(), corpus.taxonomy(),
        corpus.documents().size());
  }

  static void stamp(IndexWriter writer, String fingerprint, String stamp,
      Taxonomy taxonomy, int documents) {
    writer.setLiveCommitData(Map.of(
        IndexSchema.COMMIT_FINGERPRINT, fingerprint,
        IndexSchema.COMMIT_STAMP, stamp,
        IndexSchema.COMMIT_SCHEMA, IndexSchema.VERSION,
        IndexSchema.COMMIT_TAXONOMY, taxonomy.source(),
        IndexSchema.COMMIT_BUILT_AT, Instant.now().toString(),
        IndexSchema.COMMIT_DOCUMENTS, Integer.toString(documents)).entrySet());
  }

  static String name(Directory directory) {
    return directory instanceof FSDirectory fs ? fs.getDirectory().toString() : directory.toString();
  }
}
