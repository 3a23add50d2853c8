package nl.buurtkennis.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the indexer at random moments (20 trials per command): the index always opens,
 * passes CheckIndex and serves exactly its last committed documents, and the next run succeeds.
 * Each update in these trials replaces every document (the two corpora share no id), the
 * update's longest and most exposed run.
 */
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
