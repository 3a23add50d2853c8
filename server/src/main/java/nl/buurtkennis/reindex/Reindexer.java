package nl.buurtkennis.reindex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.index.IndexBusyException;
import nl.buurtkennis.index.IndexCommitInfo;
import nl.buurtkennis.index.IndexUpdater;
import nl.buurtkennis.index.LogProgress;
import nl.buurtkennis.index.UpdateSummary;
import nl.buurtkennis.search.SearchIndex;
import nl.buurtkennis.validation.Problem;
import nl.buurtkennis.validation.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-indexes the corpus folder into the live index folder incrementally ({@link IndexUpdater}:
 * only added, changed and removed documents are written), one run at a time: a second request
 * while one runs is refused with {@link ReindexBusyException}. Another process writing to the
 * index (an {@code indexer build} or {@code update}) gives a {@link ReindexOutcome.Kind#QUEUED}
 * outcome, not an exception, and the re-index is retried in the background, waiting longer each
 * time up to {@link #MAX_RETRY_DELAY}, until that process lets go of the index: it may have read
 * the corpus before the change this re-index was asked for, and its commit would otherwise be
 * the last word. After {@link #RETRY_LIMIT} of retrying it gives up with a
 * {@link ReindexOutcome.Kind#BUSY} outcome. After a new commit the {@code afterCommit} hook runs
 * (the server refreshes its searcher there, so the change is searchable when {@link #runNow()}
 * returns).
 */
public final class Reindexer implements AutoCloseable {
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(60);
  /** The problems a refused re-index writes to the log; all of them are in its outcome. */
  private static final int LOGGED_PROBLEMS = 20;
  private static final Logger LOG = LoggerFactory.getLogger(Reindexer.class);
  static final Duration FIRST_RETRY_DELAY = Duration.ofMillis(250);
  static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(5);
  /** Far longer than a build of the corpus takes; a writer holding on longer is stuck. */
  static final Duration RETRY_LIMIT = Duration.ofMinutes(30);

  private final Path corpusDir;
  private final Path indexDir;
  private final Runnable afterCommit;
  private final AtomicReference<Instant> runningSince = new AtomicReference<>();
  private final AtomicReference<ReindexOutcome> last = new AtomicReference<>();
  private final AtomicReference<String> progress = new AtomicReference<>();
  private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "reindex");
    thread.setDaemon(true);
    return thread;
  });
  private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(
      r -> {
        Thread thread = new Thread(r, "reindex-retry");
        thread.setDaemon(true);
        return thread;
      });
  /** Guards the three retry fields below. */
  private final Object retryLock = new Object();
  private ScheduledFuture<?> pendingRetry;
  private Instant retryingSince;
  private int retriesMade;

  public Reindexer(Path corpusDir, Path indexDir, Runnable afterCommit) {
    this.corpusDir = corpusDir;
    this.indexDir = indexDir;
    this.afterCommit = afterCommit;
  }

  /** A re-indexer whose every commit the live {@code index} switches to at once. */
  public static Reindexer refreshing(Path corpusDir, Path indexDir, SearchIndex index) {
    return new Reindexer(corpusDir, indexDir, () -> {
      try {
        index.refresh();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
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
        Optional.ofNullable(last.get()), indexWrittenAt());
  }

  /** When the index's last commit was written, by whichever process; empty when unknown. */
  private Optional<Instant> indexWrittenAt() {
    try {
      return IndexCommitInfo.read(indexDir).map(IndexCommitInfo::builtAt)
          .filter(at -> !at.isEmpty()).map(Instant::parse);
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // a status page is no place to fail over an unreadable commit
    }
  }

  /** Whether a re-index waits in the background for another process to finish writing. */
  public boolean retrying() {
    synchronized (retryLock) {
      return retryingSince != null;
    }
  }

  /** The latest progress line of the re-index that runs now (e.g. "writing: 3/10 documents"). */
  public Optional<String> progress() {
    return Optional.ofNullable(progress.get());
  }

  private Instant claim() throws ReindexBusyException {
    Instant now = Instant.now();
    if (!runningSince.compareAndSet(null, now)) {
      throw new ReindexBusyException("a re-index is already running (since " + runningSince.get()
          + "); try again when it has finished");
    }
    return now;
  }

  /** Runs and records the outcome before it ends, so whoever sees it ended also sees it. */
  private ReindexOutcome run(Instant started) {
    try {
      ReindexOutcome outcome = attempt(started);
      if (outcome.kind() == ReindexOutcome.Kind.BUSY) {
        outcome = retryLater(outcome);
      } else {
        stopRetrying();
      }
      last.set(outcome);
      return outcome;
    } finally {
      progress.set(null);
      runningSince.set(null);
    }
  }

  /**
   * Schedules the next try of a re-index another process kept from the index; the outcome then
   * says it is queued, or, once retrying has gone on for {@link #RETRY_LIMIT}, that it gave up.
   */
  private ReindexOutcome retryLater(ReindexOutcome busy) {
    synchronized (retryLock) {
      Instant now = Instant.now();
      if (retryingSince == null) {
        retryingSince = now;
        retriesMade = 0;
      }
      if (Duration.between(retryingSince, now).compareTo(RETRY_LIMIT) > 0) {
        LOG.error("Re-index gave up: another process has been writing to the index since {};"
            + " re-index when it has finished", retryingSince);
        retryingSince = null;
        return busy;
      }
      if (pendingRetry == null || pendingRetry.isDone()) {
        long delay = Math.min(MAX_RETRY_DELAY.toMillis(),
            FIRST_RETRY_DELAY.toMillis() << Math.min(retriesMade, 16));
        retriesMade++;
        pendingRetry = retries.schedule(this::retry, delay, TimeUnit.MILLISECONDS);
      }
    }
    return queued(busy);
  }

  /** One scheduled try: runs unless a re-index runs already, which then decides what follows. */
  private void retry() {
    synchronized (retryLock) {
      pendingRetry = null; // so that a run that meets the other process schedules the next try
    }
    Instant started;
    try {
      started = claim();
    } catch (ReindexBusyException e) {
      // a run of this server: it reads the corpus once it holds the lock, so it takes the
      // change in, or meets the other process and schedules the next try itself
      return;
    }
    run(started);
  }

  /**
   * Stops retrying and waits for a re-index that is running to finish (at most {@code
   * CLOSE_WAIT}): a retry that starts once another writer lets go of the index would otherwise
   * go on writing in it while its owner (a test's temporary folder, a server stopping) removes
   * or closes it.
   */
  @Override
  public void close() {
    stopRetrying();
    retries.shutdown();
    background.shutdown();
    try {
      for (ExecutorService executor : List.of(retries, background)) {
        if (!executor.awaitTermination(CLOSE_WAIT.toSeconds(), TimeUnit.SECONDS)) {
          LOG.warn("A re-index was still running {} after closing; left to finish", CLOSE_WAIT);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void stopRetrying() {
    synchronized (retryLock) {
      retryingSince = null;
      if (pendingRetry != null) {
        pendingRetry.cancel(false);
        pendingRetry = null;
      }
    }
  }

  private static ReindexOutcome queued(ReindexOutcome busy) {
    String summary = "re-index queued: " + String.join("; ", busy.problems())
        + "; it runs again by itself when that has finished";
    // no error: the index is as it was, and the re-index runs once the other writer is done
    return new ReindexOutcome(busy.startedAt(), busy.finishedAt(), false, 0, 0, 0, 0,
        0, busy.millis(), busy.problems(), ReindexOutcome.Kind.QUEUED, summary,
        List.of(), busy.failure());
  }

  private ReindexOutcome attempt(Instant started) {
    try {
      return reindex(started);
    } catch (IndexBusyException e) {
      LOG.warn("Re-index refused: {}", e.getMessage());
      return failed(started, ReindexOutcome.Kind.BUSY, List.of(e.getMessage()), List.of(),
          e.getMessage());
    } catch (IOException | RuntimeException e) {
      LOG.error("Re-index failed", e);
      return failed(started, ReindexOutcome.Kind.FAILED,
          List.of("the re-index failed: " + e.getMessage()), List.of(), reason(e));
    }
  }

  /**
   * Reads the corpus once the update holds the index's lock, never before (see
   * {@link nl.buurtkennis.index.CorpusSource}).
   */
  private ReindexOutcome reindex(Instant started) throws IOException {
    UpdateSummary summary;
    try {
      summary = IndexUpdater.update(() -> CorpusLoader.load(corpusDir).orThrow(), indexDir,
          new LogProgress(line -> {
            LOG.info("{}", line);
            progress.set(line);
          }));
    } catch (ValidationException e) {
      List<Problem> corpusProblems = e.problems().stream().map(this::inCorpus).toList();
      List<String> problems = corpusProblems.stream().map(Problem::toString).toList();
      LOG.warn("Re-index refused: {} problem(s) in {}; the index stays as it was:\n  {}",
          problems.size(), corpusDir, String.join("\n  ", problems.subList(0,
              Math.min(problems.size(), LOGGED_PROBLEMS))));
      return failed(started, ReindexOutcome.Kind.REFUSED, problems, corpusProblems, null);
    }
    Instant finished = Instant.now();
    summary = summary.withMillis(finished.toEpochMilli() - started.toEpochMilli());
    LOG.info("Re-index of {}: {}", corpusDir, summary.describe());
    if (summary.kind() != UpdateSummary.Kind.UNCHANGED) {
      refreshAfterCommit();
    }
    return new ReindexOutcome(started, finished, true, summary.added(), summary.changed(),
        summary.removed(), summary.skipped(), 0, summary.millis(), List.of(), kind(summary),
        summary.describe(), List.of(), null);
  }

  /**
   * {@code problem} with its file named by its path in the corpus ({@code documents/…}), as the
   * console's upload errors and the admin API's 422 name it, not by where the corpus lies on the
   * server; a path outside the corpus stays as it is.
   */
  private Problem inCorpus(Problem problem) {
    Path base = corpusDir.toAbsolutePath().normalize();
    Path file = problem.path().toAbsolutePath().normalize();
    if (!file.startsWith(base) || file.equals(base)) {
      return problem;
    }
    return new Problem(Path.of(base.relativize(file).toString().replace('\\', '/')),
        problem.line(), problem.description());
  }

  /**
   * The commit is made whatever the hook does; when it fails, the server's periodic refresh
   * picks the commit up a moment later.
   */
  private void refreshAfterCommit() {
    try {
      afterCommit.run();
    } catch (RuntimeException e) {
      LOG.warn("Committed, but switching to the new commit failed; the next refresh retries: {}",
          e.toString());
    }
  }

  private static ReindexOutcome.Kind kind(UpdateSummary summary) {
    return switch (summary.kind()) {
      case BUILD, REBUILD -> ReindexOutcome.Kind.REBUILT;
      case UPDATE -> ReindexOutcome.Kind.UPDATED;
      case UNCHANGED -> ReindexOutcome.Kind.UNCHANGED;
      case REFUSED, REFUSED_WITHOUT_INDEX -> ReindexOutcome.Kind.REFUSED;
    };
  }

  private static ReindexOutcome failed(Instant started, ReindexOutcome.Kind kind,
      List<String> problems, List<Problem> corpusProblems, String failure) {
    Instant now = Instant.now();
    long millis = now.toEpochMilli() - started.toEpochMilli();
    String summary = kind == ReindexOutcome.Kind.REFUSED
        ? UpdateSummary.refused(problems.size(), millis).describe()
        : "re-index " + (kind == ReindexOutcome.Kind.BUSY ? "refused" : "failed") + ": "
            + String.join("; ", problems);
    return new ReindexOutcome(started, now, false, 0, 0, 0, 0, problems.size(), millis, problems,
        kind, summary, corpusProblems, failure);
  }

  /** The exception's message, or its class when it has none (e.g. a NullPointerException). */
  private static String reason(Exception e) {
    return e.getMessage() == null || e.getMessage().isBlank() ? e.toString() : e.getMessage();
  }
}
