package nl.buurtkennis.index;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import nl.buurtkennis.analysis.LanguageAnalyzer;
import nl.buurtkennis.corpus.Corpus;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.taxonomy.Taxonomy;
import nl.buurtkennis.validation.ValidationException;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a validated corpus into an index folder as one Lucene commit. Until that commit succeeds,
 * readers (and a killed or failed build) see the previous commit, whole. When another build or
 * update is writing to the folder, throws {@link IndexBusyException} and writes nothing. A
 * {@link CorpusSource} is read only once the build holds the folder's write lock.
 */
public final class IndexBuilder {
  private static final Logger LOG = LoggerFactory.getLogger(IndexBuilder.class);
  static final int MAX_WRITING_THREADS = 4;

  private IndexBuilder() {}

  public static UpdateSummary build(Corpus corpus, Path indexDir) throws IOException {
    return build(corpus, indexDir, IndexProgress.NONE);
  }

  public static UpdateSummary build(Corpus corpus, Path indexDir, IndexProgress progress)
      throws IOException {
    return alreadyValid(() -> build(CorpusSource.of(corpus), indexDir, progress));
  }

  /**
   * Builds from the corpus that {@code source} reads once this build holds the folder's write
   * lock. A corpus with problems throws {@link ValidationException} and leaves the index as it
   * was (and no folder where there was none).
   */
  public static UpdateSummary build(CorpusSource source, Path indexDir, IndexProgress progress)
      throws IOException, ValidationException {
    return IndexFolder.writing(indexDir, directory -> build(source, directory,
        IndexSchema::indexAnalyzer, progress));
  }

  public static UpdateSummary build(Corpus corpus, Directory directory) throws IOException {
    return build(corpus, directory, IndexSchema::indexAnalyzer);
  }

  /**
   * Builds with another analysis than the schema's; only for evaluations that measure what a step
   * of the analysis adds. An index built so is not for serving.
   *
   * @param analysis makes the analyzer: one for the writer, one for the body (see
   *     {@link DocumentConverter})
   */
  public static UpdateSummary build(Corpus corpus, Directory directory,
      Supplier<LanguageAnalyzer> analysis) throws IOException {
    return alreadyValid(() -> build(CorpusSource.of(corpus), directory, analysis,
        IndexProgress.NONE));
  }

  private static UpdateSummary build(CorpusSource source, Directory directory,
      Supplier<LanguageAnalyzer> analysis, IndexProgress progress)
      throws IOException, ValidationException {
    long start = System.nanoTime();
    Corpus corpus;
    try (IndexWriter writer = IndexWriters.open(directory, analysis.get(),
        IndexWriterConfig.OpenMode.CREATE)) {
      try {
        corpus = source.read();
        writeAll(writer, new DocumentConverter(corpus, analysis.get()), corpus,
            progress);
        progress.begin("committing", 0);
        IndexWriters.stamp(writer, corpus);
        writer.commit();
        progress.end();
      } catch (IOException | ValidationException | RuntimeException e) {
        writer.rollback();
        throw e;
      }
    }
    int documents = corpus.documents().size();
    long millis = (System.nanoTime() - start) / 1_000_000;
    LOG.info("Indexed {} in {} ms", EnglishCount.of(documents, "document"), millis);
    return new UpdateSummary(UpdateSummary.Kind.BUILD, "", documents, 0, 0, 0, 0, documents,
        millis);
  }

  /**
   * The batches of a corpus built by {@link #buildInBatches}: each a {@link Corpus} of some of its
   * documents, every document with its translation in the same batch.
   */
  @FunctionalInterface
  public interface Batches {
    /**
     * The next batch, or null after the last; called while no document is being written, so the
     * time it takes is not in {@link BatchedBuild#writingNanos()}.
     */
    Corpus next() throws IOException;
  }

  /**
   * A build in batches: its documents, and the nanoseconds spent opening the writer, writing the
   * batches, committing and closing the writer, which leave out the time {@link Batches#next()}
   * took (merges that run in the background meanwhile are not in it).
   */
  public record BatchedBuild(int documents, long writingNanos) {}

  /**
   * Builds as {@link #build(Corpus, Path)} from a corpus too large to hold parsed at once, for
   * the benchmark: it is read batch by batch, each batch written on all the writing threads
   * before the next is read. The corpus is not validated here: the caller checks what spans
   * batches (ids, translations) before, and gives the stamp and fingerprint of the folder. The
   * index holds the same documents and fields as the one {@link #build(Corpus, Path)} makes of
   * the whole corpus, as one commit; the server's own builds do not take this path.
   */
  public static BatchedBuild buildInBatches(Path indexDir, Taxonomy taxonomy, String fingerprint,
      String stamp, Batches batches) throws IOException {
    long[] writing = new long[1];
    long[] last = new long[1];
    int[] documents = new int[1];
    alreadyValid(() -> IndexFolder.writing(indexDir, directory -> {
      long start = System.nanoTime();
      try (IndexWriter writer = IndexWriters.open(directory, IndexSchema.indexAnalyzer(),
          IndexWriterConfig.OpenMode.CREATE)) {
        try {
          Corpus vocabulary = new Corpus(taxonomy, List.of(), fingerprint, stamp);
          DocumentConverter converter =
              new DocumentConverter(vocabulary, IndexSchema.indexAnalyzer());
          writing[0] += System.nanoTime() - start;
          for (Corpus next = batches.next(); next != null; next = batches.next()) {
            long t = System.nanoTime();
            Corpus batch = next;
            List<CorpusDocument> docs = batch.documents();
            write(writer, docs, doc -> converter.convert(doc, batch.translation(doc)),
                IndexProgress.NONE, false);
            documents[0] += docs.size();
            writing[0] += System.nanoTime() - t;
          }
          last[0] = System.nanoTime();
          write(writer, List.of(), doc -> null, IndexProgress.NONE, true);
          IndexWriters.stamp(writer, fingerprint, stamp, taxonomy, documents[0]);
          writer.commit();
        } catch (IOException | RuntimeException e) {
          writer.rollback();
          throw e;
        }
      }
      // the writer's closing waits for its running merges, as the whole build's does
      writing[0] += System.nanoTime() - last[0];
      return null;
    }));
    return new BatchedBuild(documents[0], writing[0]);
  }

  /** A document converted for the writer. */
  @FunctionalInterface
  interface Converting {
    Document convert(CorpusDocument doc) throws IOException;
  }

  /** A build or update of a corpus read from a {@link CorpusSource}. */
  @FunctionalInterface
  interface SourcedWrite {
    UpdateSummary run() throws IOException, ValidationException;
  }

  /** Runs a write whose corpus was validated before, so it cannot be refused for problems. */
  static UpdateSummary alreadyValid(SourcedWrite write) throws IOException {
    try {
      return write.run();
    } catch (ValidationException e) {
      throw new IllegalStateException("a validated corpus has problems", e);
    }
  }

  /**
   * Adds every document of the corpus to an empty writer, analysing on as many threads as there
   * are cores (at most {@link #MAX_WRITING_THREADS}): Lucene's writer takes documents from several
   * threads at once. The order of documents in the index is then not the corpus order; nothing
   * depends on it (ties are broken by id). Each thread then flushes buffered documents until none
   * are left, so that the last buffers are written side by side instead of one after the other by
   * the commit.
   */
  static void writeAll(IndexWriter writer, DocumentConverter converter, Corpus corpus,
      IndexProgress progress) throws IOException {
    write(writer, corpus.documents(), converter::convert, progress, true);
  }

  /**
   * As {@link #writeAll}; without {@code flushAtEnd} the buffered documents stay buffered for
   * the next batch.
   */
  private static void write(IndexWriter writer, List<CorpusDocument> documents,
      Converting converter, IndexProgress progress, boolean flushAtEnd) throws IOException {
    progress.begin("writing", documents.size());
    AtomicInteger next = new AtomicInteger();
    Callable<Void> writing = () -> {
      for (int i = next.getAndIncrement(); i < documents.size(); i = next.getAndIncrement()) {
        writer.addDocument(converter.convert(documents.get(i)));
        synchronized (progress) {
          progress.step();
        }
      }
      while (flushAtEnd && writer.flushNextBuffer()) {
        // one buffer per call
      }
      return null;
    };
    int threads = Math.min(MAX_WRITING_THREADS, Runtime.getRuntime().availableProcessors());
    runOnThreads(writing, threads, next, documents.size());
    progress.end();
  }

  private static void runOnThreads(Callable<Void> writing, int threads, AtomicInteger next,
      int size) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread thread = new Thread(r, "index-writing");
      thread.setDaemon(true);
      return thread;
    });
    List<Throwable> failures = new ArrayList<>();
    try {
      List<Future<Void>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        running.add(pool.submit(writing));
      }
      for (Future<Void> future : running) {
        try {
          future.get();
        } catch (ExecutionException e) {
          next.set(size);
          failures.add(e.getCause());
        }
      }
    } catch (InterruptedException e) {
      next.set(size);
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing the index");
    } finally {
      pool.shutdown();
      awaitQuietly(pool);
    }
    if (!failures.isEmpty()) {
      throw rethrown(firstCause(failures));
    }
  }

  /**
   * When one thread's write fails (a full disk), the writer closes and the other threads fail
   * with "this IndexWriter is closed": the first failure is the one to report.
   */
  private static Throwable firstCause(List<Throwable> failures) {
    return failures.stream().filter(f -> !(f instanceof AlreadyClosedException)).findFirst()
        .orElse(failures.get(0));
  }

  /** Waits for the other threads to stop before the caller rolls the writer back. */
  private static void awaitQuietly(ExecutorService pool) {
    try {
      pool.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static IOException rethrown(Throwable cause) {
    if (cause instanceof IOException io) {
      return io;
    }
    if (cause instanceof UncheckedIOException unchecked) {
      return unchecked.getCause();
    }
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IOException(cause);
  }
}
