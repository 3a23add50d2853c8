package nl.buurtkennis.reindex;

import java.time.Instant;
import java.util.Optional;

/** Whether a re-index runs now (and since when), and the outcome of the last one that ended. */
public record ReindexStatus(boolean running, Optional<Instant> runningSince,
    Optional<ReindexOutcome> last) {}
