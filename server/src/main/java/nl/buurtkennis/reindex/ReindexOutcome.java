package nl.buurtkennis.reindex;

import java.time.Instant;
import java.util.List;
import nl.buurtkennis.validation.Problem;

/**
 * What one re-index did: the counts a librarian reads in the summary, and every problem that
 * stopped it (as {@code path:line: message}) when it failed.
 *
 * @param skipped documents left as they were because their content did not change
 * @param errors problems that stopped the run; 0 when it succeeded
 * @param kind how the run went, e.g. {@link Kind#BUSY} when another process was writing
 * @param summary the summary line, as {@code indexer update} prints it
 * @param corpusProblems when the corpus was refused, its problems, to be told in the reader's
 *     language (the same as {@code problems}, which are in English); else empty
 * @param failure when the run failed for another reason than its corpus (another process
 *     writing, an I/O error), that reason as the exception told it, technical and in English;
 *     else null
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
    List<String> problems,
    Kind kind,
    String summary,
    List<Problem> corpusProblems,
    String failure) {

  /** How a re-index went. */
  public enum Kind {
    /** Only added, changed and removed documents were written. */
    UPDATED,
    /** Every document was rewritten (no index yet, or the taxonomy or schema changed). */
    REBUILT,
    /** Nothing had changed; nothing was written. */
    UNCHANGED,
    /** The corpus has problems; nothing was written. */
    REFUSED,
    /**
     * Another build or update (another process) was writing to the index and went on for longer
     * than the re-index waited for it; nothing was written.
     */
    BUSY,
    /**
     * Another build or update (another process) was writing to the index; nothing was written
     * yet: the re-index is retried in the background until that process lets go of the index.
     */
    QUEUED,
    /** Reading or writing failed; the previous commit is still served. */
    FAILED
  }

  public ReindexOutcome {
    problems = List.copyOf(problems);
    corpusProblems = List.copyOf(corpusProblems);
  }

  /** An outcome without kind and summary line, told apart by {@code succeeded} alone. */
  public ReindexOutcome(Instant startedAt, Instant finishedAt, boolean succeeded, int added,
      int changed, int removed, int skipped, int errors, long millis, List<String> problems) {
    this(startedAt, finishedAt, succeeded, added, changed, removed, skipped, errors, millis,
        problems, succeeded ? Kind.UPDATED : Kind.FAILED, "", List.of(), null);
  }

  /** Whether it was refused because another process was writing to the index. */
  public boolean busy() {
    return kind == Kind.BUSY || kind == Kind.QUEUED;
  }

  /** Whether it waits for another process to finish writing, to run again by itself. */
  public boolean queued() {
    return kind == Kind.QUEUED;
  }
}
