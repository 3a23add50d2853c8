package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the deadline charges a request: the time from its first collection of a segment on, less the time spent
 * making or waiting for what all searches of a commit share. A server's first searches spend
 * seconds on a loaded machine before they collect (a cold JVM, the warm-up still making the
 * commit's structures); charged, that left nothing to collect in and an empty, partial answer.
 */
class SearchDeadlineTest {
  /** The deadline; each test moves the clock past it by {@link #OVER} where it must not count. */
  private static final Duration DEADLINE = Duration.ofMillis(800);
  private static final Duration OVER = Duration.ofMillis(1_500);

  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  /** The budget's clock, in nanoseconds; it moves only when a test moves it. */
  private final AtomicLong clock = new AtomicLong(System.nanoTime());

  @Test
  void timeBeforeTheFirstCollectionIsNotCharged() {
    try (SearchDeadline.Budget budget = start()) {
      passes(OVER); // parsing the query in a cold JVM on a loaded machine
      assertEquals(allDocuments(), collected());
      assertFalse(budget.exceeded());
    }
  }

  /**
   * Lucene makes the first collector before it rewrites the query and makes its weight (term
   * lookups in every field of every query word): a thread stalled there, on a loaded machine or
   * in a collection of the heap, left the request nothing, or one segment's hits, to collect in.
   */
  @Test
  void makingTheQuerysWeightIsNotCharged() {
    try (SearchDeadline.Budget budget = start()) {
      assertEquals(allDocuments(), collected(slowToWeigh()));
      assertFalse(budget.exceeded());
    }
  }

  @Test
  void waitingForASharedStructureIsNotCharged() throws Exception {
    CountDownLatch making = new CountDownLatch(1);
    Thread request = Thread.currentThread();
    AtomicReference<Lazy<String>> made = new AtomicReference<>();
    Lazy<String> shared = new Lazy<>(() -> {
      making.countDown();
      // the warm-up takes its time while the request waits for it
      awaitBlockedOn(request, made.get());
      passes(OVER);
      return "made";
    });
    made.set(shared);
    Thread warmUp = new Thread(shared::get, "test-warm-up");
    warmUp.start();
    assertTrue(making.await(10, TimeUnit.SECONDS));
    try (SearchDeadline.Budget budget = start()) {
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
      passes(OVER);
      return "made";
    });
    try (SearchDeadline.Budget budget = start()) {
      assertEquals(allDocuments(), collected());
      assertEquals("made", shared.get());
      assertEquals(allDocuments(), collected());
      assertFalse(budget.exceeded());
    }
  }

  /** Once the request collects, its own time counts: a runaway search is still cut short. */
  @Test
  void theRequestsOwnTimeAfterItsFirstCollectionIsCharged() {
    try (SearchDeadline.Budget budget = start()) {
      assertEquals(allDocuments(), collected());
      passes(OVER); // scoring that runs away
      assertEquals(0, collected(), "collection stops once the deadline has passed");
      assertTrue(budget.exceeded());
    }
  }

  /** A collection within the deadline is not cut short, up to its last nanosecond. */
  @Test
  void aRequestWithinItsDeadlineCollectsEverything() {
    try (SearchDeadline.Budget budget = start()) {
      assertEquals(allDocuments(), collected());
      passes(DEADLINE.minusNanos(1));
      assertEquals(allDocuments(), collected());
      assertFalse(budget.exceeded());
    }
  }

  private SearchDeadline.Budget start() {
    return SearchDeadline.start(DEADLINE, clock::get);
  }

  private void passes(Duration time) {
    clock.addAndGet(time.toNanos());
  }

  private static long collected() {
    return collected(new MatchAllDocsQuery());
  }

  private static long collected(Query query) {
    return fixture.index().withView(view -> view.search(query,
        new TopScoreDocCollectorManager(1_000, null, Integer.MAX_VALUE)).scoreDocs.length);
  }

  /** Every document, by a query whose weight takes {@link #OVER} to make. */
  private Query slowToWeigh() {
    Query all = new MatchAllDocsQuery();
    return new Query() {
      @Override
      public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
          throws IOException {
        passes(OVER);
        return all.createWeight(searcher, scoreMode, boost);
      }

      @Override
      public void visit(QueryVisitor visitor) {
        all.visit(visitor);
      }

      @Override
      public String toString(String field) {
        return "slow to weigh " + all.toString(field);
      }

      @Override
      public boolean equals(Object other) {
        return this == other;
      }

      @Override
      public int hashCode() {
        return System.identityHashCode(this);
      }
    };
  }

  private static long allDocuments() {
    return fixture.index().withView(IndexView::documentCount);
  }

  /** Waits until {@code thread} is blocked on {@code monitor}'s lock. */
  private static void awaitBlockedOn(Thread thread, Object monitor) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (true) {
      ThreadInfo info = threads.getThreadInfo(thread.getId());
      if (info != null && info.getThreadState() == Thread.State.BLOCKED
          && info.getLockInfo() != null
          && info.getLockInfo().getIdentityHashCode() == System.identityHashCode(monitor)) {
        return;
      }
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError(thread.getName() + " never waited for the warm-up");
      }
      LockSupport.parkNanos(100_000);
    }
  }
}
