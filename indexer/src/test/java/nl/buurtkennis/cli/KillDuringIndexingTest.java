package nl.buurtkennis.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the indexer at random moments (20 trials per command): the index always opens,
 * passes CheckIndex and serves exactly its last committed documents, and the next run succeeds.
 * Each update in these trials replaces every document (the two corpora share no id), the
 * update's longest and most exposed run.
 *
 * <p>The two commands' trials run at the same time, beside the module's other tests
 * (junit-platform.properties): each has its own folders and child JVMs, and its kill moments are
 * drawn against its own first run, timed under the same load.
 */
@Execution(ExecutionMode.CONCURRENT)
class KillDuringIndexingTest {
  private static final int TRIALS = 20;
  private static final int DOCUMENTS = 400;
  private static final long SEED = 20261128L;

  @TempDir
  Path temp;

  @Test
  void killedBuildsLeaveTheLastCommitWhole() throws Exception {
    System.out.println("build: " + new KillTrials(temp, DOCUMENTS, SEED)
        .run(KillTrials.cli("build"), TRIALS));
  }

  @Test
  void killedUpdatesLeaveTheLastCommitWhole() throws Exception {
    System.out.println("update: " + new KillTrials(temp, DOCUMENTS, SEED)
        .run(KillTrials.cli("update"), TRIALS));
  }
}
