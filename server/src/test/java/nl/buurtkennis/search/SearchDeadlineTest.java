package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the deadline charges a request: the time from its first collector on, less the time spent
 * making or waiting for what all searches of a commit share. A server's first searches spend
 * seconds on a loaded machine before they collect (a cold JVM, the warm-up still making the
 * commit's structures); charged, that left nothing to collect in and an empty, partial answer.
 */
class SearchDeadlineTest {
  /** The deadline; each test outlasts it by {@link #OVER} where it must not count. */
  private static final Duration DEADLINE = Duration.ofMillis(800);
  private static final long OVER = 1_500;

  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  @Test
  void timeBeforeTheFirstCollectorIsNotCharged() throws Exception {
    try (SearchDeadline.Budget budget = SearchDeadline.start(DEADLINE)) {
      Thread.sleep(OVER); // parsing the query in a cold JVM on a loaded machine
      assertEquals(allDocuments(), collected());
      assertFalse(budget.exceeded());
    }
  }

  @Test
  void waitingForASharedStructureIsNotCharged() throws Exception {
    CountDownLatch making = new CountDownLatch(1);
    Lazy<String> shared = new Lazy<>(() -> {
      making.countDown();
      sleep(OVER);
      return "made";
    });
    Thread warmUp = new Thread(shared::get, "test-warm-up");
    warmUp.start();
    assertTrue(making.await(10, TimeUnit.SECONDS));
    try (SearchDeadline.Budget budget = SearchDeadline.start(DEADLINE)) {
      assertEquals(allDocuments(), collected(), "the clock runs from here");
      assertEquals("made", shared.get(), "waits for the warm-up to make it");
      assertEquals(allDocuments(), collected());
      assertFalse(budget.exceeded());
    }
    warmUp.join();
  }

  @Test
  void makingASharedStructureIsNotCharged() {
    Lazy<String> shared = new Lazy<>(() -> {
      sleep(OVER);
      return "made";
    });
    try (SearchDeadline.Budget budget = SearchDeadline.start(DEADLINE)) {
      assertEquals(allDocuments(), collected());
      assertEquals("made", shared.get());
      assertEquals(allDocuments(), collected());
      assertFalse(budget.exceeded());
    }
  }

  /** Once the request collects, its own time counts: a runaway search is still cut short. */
  @Test
  void theRequestsOwnTimeAfterItsFirstCollectorIsCharged() {
    try (SearchDeadline.Budget budget = SearchDeadline.start(DEADLINE)) {
      assertEquals(allDocuments(), collected());
      sleep(OVER); // scoring that runs away
      assertEquals(0, collected(), "collection stops once the deadline has passed");
      assertTrue(budget.exceeded());
    }
  }

  private static long collected() {
    return fixture.index().withView(view -> view.search(new MatchAllDocsQuery(),
        new TopScoreDocCollectorManager(1_000, null, Integer.MAX_VALUE)).scoreDocs.length);
  }

  private static long allDocuments() {
    return fixture.index().withView(IndexView::documentCount);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
