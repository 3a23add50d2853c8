package nl.buurtkennis.reindex;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.index.IndexBuilder;
import nl.buurtkennis.validation.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-indexes the corpus folder into the live index folder, one run at a time: a second request
 * while one runs is refused with {@link ReindexBusyException}. After a successful commit the
 * {@code afterCommit} hook runs (the server refreshes its searcher there).
 */
public final class Reindexer {
  private static final Logger LOG = LoggerFactory.getLogger(Reindexer.class);

  private final Path corpusDir;
  private final Path indexDir;
  private final Runnable afterCommit;
  private final AtomicReference<Instant> runningSince = new AtomicReference<>();
  private final AtomicReference<ReindexOutcome> last = new AtomicReference<>();
  private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "reindex");
    thread.setDaemon(true);
    return thread;
  });

  public Reindexer(Path corpusDir, Path indexDir, Runnable afterCommit) {
    this.corpusDir = corpusDir;
    this.indexDir = indexDir;
    this.afterCommit = afterCommit;
  }

  public Path corpusDir() {
    return corpusDir;
  }

  /** Starts a re-index in the background and returns at once. */
  public void start() throws ReindexBusyException {
    Instant started = claim();
    background.execute(() -> run(started));
  }

  /** Runs a re-index on the calling thread and returns its outcome. */
  public ReindexOutcome runNow() throws ReindexBusyException {
    return run(claim());
  }

  public ReindexStatus status() {
    return new ReindexStatus(runningSince.get() != null, Optional.ofNullable(runningSince.get()),
        Optional.ofNullable(last.get()));
  }

  private Instant claim() throws ReindexBusyException {
    Instant now = Instant.now();
    if (!runningSince.compareAndSet(null, now)) {
      throw new ReindexBusyException("a re-index is already running (since " + runningSince.get()
          + "); try again when it has finished");
    }
    return now;
  }

  private ReindexOutcome run(Instant started) {
    ReindexOutcome outcome;
    try {
      outcome = reindex(started);
    } catch (IOException | RuntimeException e) {
      LOG.error("Re-index failed", e);
      outcome = failed(started, List.of("the re-index failed: " + e.getMessage()));
    } finally {
      runningSince.set(null);
    }
    last.set(outcome);
    return outcome;
  }

  private ReindexOutcome reindex(Instant started) throws IOException {
    CorpusLoader.Result corpus = CorpusLoader.load(corpusDir);
    if (corpus.corpus().isEmpty()) {
      return failed(started, corpus.problems().stream().map(Problem::toString).toList());
    }
    IndexBuilder.Summary summary = IndexBuilder.build(corpus.corpus().get(), indexDir);
    afterCommit.run();
    return new ReindexOutcome(started, Instant.now(), true, summary.documents(), 0, 0, 0, 0,
        summary.millis(), List.of());
  }

  private static ReindexOutcome failed(Instant started, List<String> problems) {
    Instant now = Instant.now();
    return new ReindexOutcome(started, now, false, 0, 0, 0, 0, problems.size(),
        now.toEpochMilli() - started.toEpochMilli(), problems);
  }
}
