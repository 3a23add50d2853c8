package nl.buurtkennis.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Sheds load: at most a fixed number of searches run at once, and a request that cannot start
 * within a short wait is refused (503 with {@code Retry-After}) instead of queueing without bound
 * behind the others.
 */
public final class SearchGate {
  /**
   * Searches are CPU-bound: a few per core keep every core busy while one waits on the disk,
   * without so many that each takes far longer than it would alone.
   */
  public static final int DEFAULT_PERMITS =
      Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
  /** Long enough to ride out a burst, short enough that a client is not left hanging. */
  public static final Duration DEFAULT_WAIT = Duration.ofMillis(500);
  /** Seconds a refused client is asked to wait before it tries again. */
  public static final int RETRY_AFTER_SECONDS = 1;

  private final Semaphore permits;
  private final long waitNanos;

  public SearchGate(int permits, Duration wait) {
    this.permits = new Semaphore(permits, true);
    this.waitNanos = wait.toNanos();
  }

  public static SearchGate defaults() {
    return new SearchGate(DEFAULT_PERMITS, DEFAULT_WAIT);
  }

  /** Takes a place for one search; false when none came free in time. */
  boolean enter() {
    try {
      return permits.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  void leave() {
    permits.release();
  }
}
