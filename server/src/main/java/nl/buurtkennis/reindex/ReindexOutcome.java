package nl.buurtkennis.reindex;

import java.time.Instant;
import java.util.List;

/**
 * What one re-index did: the counts a librarian reads in the summary, and every problem that
 * stopped it (as {@code path:line: message}) when it failed.
 */
public record ReindexOutcome(
    Instant startedAt,
    Instant finishedAt,
    boolean succeeded,
    int added,
    int changed,
    int removed,
    int skipped,
    int errors,
    long millis,
    List<String> problems) {

  public ReindexOutcome {
    problems = List.copyOf(problems);
  }
}
