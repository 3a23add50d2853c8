package nl.buurtkennis.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * readers (and a killed or failed build) see the previous commit, whole. When another build or
 * update is writing to the folder, throws {@link IndexBusyException} and writes nothing.
 */
public final class IndexBuilder {
  private static final Logger LOG = LoggerFactory.getLogger(IndexBuilder.class);

  private IndexBuilder() {}

  public static UpdateSummary build(Corpus corpus, Path indexDir) throws IOException {
    return build(corpus, indexDir, IndexProgress.NONE);
  }

  public static UpdateSummary build(Corpus corpus, Path indexDir, IndexProgress progress)
      throws IOException {
    Files.createDirectories(indexDir);
    try (Directory directory = FSDirectory.open(indexDir)) {
      return build(corpus, directory, IndexSchema.indexAnalyzer(), progress);
    }
  }

  public static UpdateSummary build(Corpus corpus, Directory directory) throws IOException {
    return build(corpus, directory, IndexSchema.indexAnalyzer());
  }

  /**
   * Builds with another analyzer than the schema's; only for evaluations that measure what a step
   * of the analysis adds. An index built so is not for serving.
   */
  public static UpdateSummary build(Corpus corpus, Directory directory, Analyzer analyzer)
      throws IOException {
    return build(corpus, directory, analyzer, IndexProgress.NONE);
  }

  private static UpdateSummary build(Corpus corpus, Directory directory, Analyzer analyzer,
      IndexProgress progress) throws IOException {
    long start = System.nanoTime();
    try (IndexWriter writer = IndexWriters.open(directory, analyzer,
        IndexWriterConfig.OpenMode.CREATE)) {
      try {
        writeAll(writer, corpus, progress);
        progress.begin("committing", 0);
        IndexWriters.stamp(writer, corpus);
        writer.commit();
        progress.end();
      } catch (IOException | RuntimeException e) {
        writer.rollback();
        throw e;
      }
    }
    int documents = corpus.documents().size();
    long millis = (System.nanoTime() - start) / 1_000_000;
    LOG.info("Indexed {} documents in {} ms", documents, millis);
    return new UpdateSummary(UpdateSummary.Kind.BUILD, "", documents, 0, 0, 0, 0, documents,
        millis);
  }

  /** Adds every document of the corpus, in corpus order, to an empty writer. */
  static void writeAll(IndexWriter writer, Corpus corpus, IndexProgress progress)
      throws IOException {
    DocumentConverter converter = new DocumentConverter(corpus.taxonomy());
    progress.begin("writing", corpus.documents().size());
    for (CorpusDocument document : corpus.documents()) {
      writer.addDocument(converter.convert(document));
      progress.step();
    }
    progress.end();
  }
}
