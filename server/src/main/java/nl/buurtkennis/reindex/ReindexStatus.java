package nl.buurtkennis.reindex;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether a re-index runs now (and since when), the outcome of the last one that ended, and when
 * the index the server serves was last written, by this server or by {@code indexer build} or
 * {@code update}.
 */
public record ReindexStatus(boolean running, Optional<Instant> runningSince,
    Optional<ReindexOutcome> last, Optional<Instant> indexWrittenAt) {

  public ReindexStatus(boolean running, Optional<Instant> runningSince,
      Optional<ReindexOutcome> last) {
    this(running, runningSince, last, Optional.empty());
  }

  /**
   * Whether the last re-index failed and the index was written after it all the same (a command
   * line build or update, or a later run): what is served then is that newer commit, and the
   * failure no longer tells the state of search.
   */
  public boolean lastSuperseded() {
    return last.filter(outcome -> !outcome.succeeded()).isPresent() && indexWrittenAt.isPresent()
        && indexWrittenAt.get().isAfter(last.get().finishedAt());
  }
}
