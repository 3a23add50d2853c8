package nl.buurtkennis.reindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.buurtkennis.index.IndexCommitInfo;
import nl.buurtkennis.testing.TempCorpus;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReindexerTest {
  @TempDir
  Path temp;

  @Test
  void theOutcomeCountsWhatEachRunDid() throws Exception {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst.\n"))
        .document("doc-b.md", TempCorpus.doc("doc-b", "", "Tekst.\n"))
        .document("doc-c.md", TempCorpus.doc("doc-c", "", "Tekst.\n"))
        .document("doc-d.md", TempCorpus.doc("doc-d", "", "Tekst.\n"));
    Path index = temp.resolve("index");
    int[] refreshes = {0};
    Reindexer reindexer = new Reindexer(corpus.dir(), index, () -> refreshes[0]++);

    ReindexOutcome first = reindexer.runNow();
    assertEquals(ReindexOutcome.Kind.REBUILT, first.kind());
    assertEquals(List.of(4, 0, 0, 0, 0), counts(first));
    assertTrue(first.succeeded());

    corpus.document("doc-b.md", TempCorpus.doc("doc-b", "", "Nieuwe tekst.\n"))
        .document("doc-e.md", TempCorpus.doc("doc-e", "", "Tekst.\n"));
    Files.delete(corpus.dir().resolve("documents/doc-c.md"));
    ReindexOutcome second = reindexer.runNow();
    assertEquals(ReindexOutcome.Kind.UPDATED, second.kind());
    assertEquals(List.of(1, 1, 1, 2, 0), counts(second));
    assertTrue(second.summary().startsWith(
        "update: 1 added, 1 changed, 1 removed, 2 skipped (unchanged), 0 errors in "),
        second.summary());
    assertEquals(second, reindexer.status().last().orElseThrow());

    ReindexOutcome third = reindexer.runNow();
    assertEquals(ReindexOutcome.Kind.UNCHANGED, third.kind());
    assertEquals(List.of(0, 0, 0, 4, 0), counts(third));
    assertEquals(2, refreshes[0], "the hook runs after each new commit, not after a no-op");
    assertEquals(4, IndexCommitInfo.read(index).orElseThrow().documents());
  }

  @Test
  void aCorpusWithProblemsIsRefusedWithEveryProblem() throws Exception {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst.\n"));
    Path index = temp.resolve("index");
    Reindexer reindexer = new Reindexer(corpus.dir(), index, () -> {});
    reindexer.runNow();
    String builtAt = IndexCommitInfo.read(index).orElseThrow().builtAt();
    corpus.document("doc-b.md", "---\nid: doc-b\n---\n")
        .document("doc-c.md", TempCorpus.doc("doc-c", "parent: nowhere\n", "Tekst.\n"));

    ReindexOutcome outcome = reindexer.runNow();

    assertFalse(outcome.succeeded());
    assertEquals(ReindexOutcome.Kind.REFUSED, outcome.kind());
    assertEquals(outcome.problems().size(), outcome.errors());
    assertTrue(outcome.problems().size() >= 2, outcome.problems().toString());
    assertTrue(outcome.problems().stream().anyMatch(p -> p.contains("c.md:")
        && p.contains("parent 'nowhere'")), outcome.problems().toString());
    assertEquals(builtAt, IndexCommitInfo.read(index).orElseThrow().builtAt());
  }

  @Test
  void aSecondReindexWhileOneRunsIsRefused() throws Exception {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst.\n"));
    CountDownLatch inHook = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Reindexer reindexer = new Reindexer(corpus.dir(), temp.resolve("index"), () -> {
      inHook.countDown();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });

    reindexer.start();
    assertTrue(inHook.await(60, TimeUnit.SECONDS));
    assertTrue(reindexer.status().running());
    assertTrue(reindexer.progress().orElseThrow().startsWith("merging and committing"),
        reindexer.progress().toString());
    ReindexBusyException busy = assertThrows(ReindexBusyException.class, reindexer::runNow);
    assertTrue(busy.getMessage().startsWith("a re-index is already running"), busy.getMessage());
    assertThrows(ReindexBusyException.class, reindexer::start);

    release.countDown();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (reindexer.status().running() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertFalse(reindexer.status().running());
    assertTrue(reindexer.progress().isEmpty());
    assertEquals(ReindexOutcome.Kind.REBUILT, reindexer.status().last().orElseThrow().kind());
    assertEquals(ReindexOutcome.Kind.UNCHANGED, reindexer.runNow().kind());
  }

  /**
   * A re-index another process keeps from the index (a command line build that may have read the
   * corpus before the change) is queued, not dropped: it runs again by itself once the index is
   * free, so the change reaches search without anyone asking again.
   */
  @Test
  void aReindexAnotherProcessKeepsFromTheIndexIsQueuedAndRunsWhenTheIndexIsFree()
      throws Exception {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst.\n"));
    Path index = temp.resolve("index");
    CountDownLatch committed = new CountDownLatch(2);
    Reindexer reindexer = new Reindexer(corpus.dir(), index, committed::countDown);
    reindexer.runNow();
    corpus.document("doc-b.md", TempCorpus.doc("doc-b", "", "Tekst.\n"));

    ReindexOutcome outcome;
    try (Directory directory = FSDirectory.open(index);
        IndexWriter other = new IndexWriter(directory, new IndexWriterConfig())) {
      outcome = reindexer.runNow();
      Thread.sleep(Reindexer.FIRST_RETRY_DELAY.toMillis() * 4); // retries meet the lock too
      assertTrue(reindexer.retrying());
      assertTrue(reindexer.status().last().orElseThrow().queued());
      assertEquals(1, IndexCommitInfo.read(index).orElseThrow().documents());
      other.rollback();
    }

    assertFalse(outcome.succeeded());
    assertTrue(outcome.queued(), outcome.toString());
    assertTrue(outcome.busy());
    assertEquals(0, outcome.errors(), "a queued re-index is no failure");
    assertTrue(outcome.problems().get(0).startsWith(
        "another build or update is writing to " + index), outcome.problems().toString());
    assertTrue(outcome.summary().contains("it runs again by itself"), outcome.summary());

    assertTrue(committed.await(Reindexer.MAX_RETRY_DELAY.toMillis() * 3, TimeUnit.MILLISECONDS),
        "the queued re-index ran once the index was free");
    assertEquals(2, IndexCommitInfo.read(index).orElseThrow().documents());
    for (int i = 0; i < 100 && reindexer.status().running(); i++) {
      Thread.sleep(20);
    }
    assertEquals(ReindexOutcome.Kind.UPDATED, reindexer.status().last().orElseThrow().kind());
    assertFalse(reindexer.retrying());
  }

  @Test
  void aFailureTheIndexWasWrittenAfterIsSuperseded() throws Exception {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst.\n"));
    Path index = temp.resolve("index");
    Reindexer reindexer = new Reindexer(corpus.dir(), index, () -> {});
    reindexer.runNow();
    corpus.document("kapot.md", "---\nid: kapot\n---\n");
    assertEquals(ReindexOutcome.Kind.REFUSED, reindexer.runNow().kind());
    assertFalse(reindexer.status().lastSuperseded());

    Files.delete(corpus.dir().resolve("documents/kapot.md"));
    corpus.document("doc-b.md", TempCorpus.doc("doc-b", "", "Tekst.\n"));
    // what indexer update does, in another process as far as the re-indexer can tell
    nl.buurtkennis.index.IndexUpdater.update(
        () -> nl.buurtkennis.corpus.CorpusLoader.load(corpus.dir()).orThrow(), index,
        new nl.buurtkennis.index.LogProgress(line -> {}));

    ReindexStatus status = reindexer.status();
    assertEquals(ReindexOutcome.Kind.REFUSED, status.last().orElseThrow().kind());
    assertTrue(status.lastSuperseded(), status.toString());
    assertTrue(status.indexWrittenAt().orElseThrow()
        .isAfter(status.last().orElseThrow().finishedAt()));
  }

  private static List<Integer> counts(ReindexOutcome outcome) {
    return List.of(outcome.added(), outcome.changed(), outcome.removed(), outcome.skipped(),
        outcome.errors());
  }

}
