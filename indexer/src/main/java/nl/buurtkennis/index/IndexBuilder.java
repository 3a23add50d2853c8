package nl.buurtkennis.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import nl.buurtkennis.corpus.Corpus;
import nl.buurtkennis.corpus.CorpusDocument;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a validated corpus into an index folder as one Lucene commit. Until that commit succeeds,
 * readers (and a killed or failed build) see the previous commit, whole.
 */
public final class IndexBuilder {
  private static final Logger LOG = LoggerFactory.getLogger(IndexBuilder.class);

  private IndexBuilder() {}

  /** What a build did, for the summary line. */
  public record Summary(int documents, long millis) {}

  public static Summary build(Corpus corpus, Path indexDir) throws IOException {
    Files.createDirectories(indexDir);
    try (Directory directory = FSDirectory.open(indexDir)) {
      return build(corpus, directory);
    }
  }

  public static Summary build(Corpus corpus, Directory directory) throws IOException {
    return build(corpus, directory, IndexSchema.indexAnalyzer());
  }

  /**
   * Builds with another analyzer than the schema's; only for evaluations that measure what a step
   * of the analysis adds. An index built so is not for serving.
   */
  public static Summary build(Corpus corpus, Directory directory, Analyzer analyzer)
      throws IOException {
    long start = System.nanoTime();
    DocumentConverter converter = new DocumentConverter(corpus.taxonomy());
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setCommitOnClose(false);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      try {
        for (CorpusDocument document : corpus.documents()) {
          writer.addDocument(converter.convert(document));
        }
        writer.setLiveCommitData(Map.of(
            IndexSchema.COMMIT_FINGERPRINT, corpus.fingerprint(),
            IndexSchema.COMMIT_SCHEMA, IndexSchema.VERSION,
            IndexSchema.COMMIT_TAXONOMY, corpus.taxonomy().source(),
            IndexSchema.COMMIT_BUILT_AT, Instant.now().toString(),
            IndexSchema.COMMIT_DOCUMENTS, Integer.toString(corpus.documents().size())).entrySet());
        writer.commit();
      } catch (IOException | RuntimeException e) {
        writer.rollback();
        throw e;
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    LOG.info("Indexed {} documents in {} ms", corpus.documents().size(), millis);
    return new Summary(corpus.documents().size(), millis);
  }
}
