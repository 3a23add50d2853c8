package nl.buurtkennis.search;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * The time a search may take to collect its hits. The searcher of a commit is shared by all
 * requests, so the deadline belongs to the thread running the request: one slow search never cuts
 * another short. Once it has passed, collection stops (Lucene's {@link
 * CollectionTerminatedException}, which the searcher takes as "this segment is done") and the hits
 * found so far are the answer.
 *
 * <p>The clock starts when the request's first segment is collected, not when the request starts:
 * what comes before (parsing the query, a cold JVM's first run of that code, and Lucene's
 * rewriting the query and making its weight, which {@code IndexSearcher.search} does after it
 * makes the first collector) is not charged to the deadline: charged, it left a search right
 * after a start, or one whose thread stalled while its weight was made, no time to collect in and
 * an empty or one-segment "partial" answer. Nor is the time a request spends making,
 * or waiting for, what every search of a commit shares ({@link Lazy}, the warm-up's work): see
 * {@link #uncharged}. What the deadline stops is a runaway collection, which it still does.
 *
 * <p>Lucene's own {@code IndexSearcher.setTimeout} is not used: it scores in windows of documents,
 * which the drill-sideways scorer of a filtered facet search refuses ("maxDoc must be
 * Integer.MAX_VALUE" in 9.12). The searcher searches a request's segments on several threads; the
 * request's thread hands its budget to the collectors it creates for them ({@link #watch}).
 */
final class SearchDeadline {
  /** Collected documents between two looks at the clock. */
  private static final int CHECK_EVERY = 256;
  private static final ThreadLocal<Budget> CURRENT = new ThreadLocal<>();

  private SearchDeadline() {}

  /** The time of one request; close it when the request's searching is done. */
  static final class Budget implements AutoCloseable {
    private final long nanos;
    private final LongSupplier clock;
    private volatile boolean started;
    private volatile long deadline;
    private volatile boolean exceeded;

    private Budget(Duration time, LongSupplier clock) {
      this.nanos = time.toNanos();
      this.clock = clock;
    }

    /** Whether a search stopped early because the deadline passed. */
    boolean exceeded() {
      return exceeded;
    }

    /** Starts the clock, if this is the request's first collection. */
    private void startClock() {
      if (!started) {
        startClockOnce();
      }
    }

    private synchronized void startClockOnce() {
      if (!started) {
        deadline = clock.getAsLong() + nanos;
        started = true;
      }
    }

    /** Moves the deadline on by time that is not the request's own. */
    private synchronized void exclude(long elapsedNanos) {
      if (started && !exceeded) {
        deadline += elapsedNanos;
      }
    }

    private boolean passed() {
      if (!exceeded && started && clock.getAsLong() - deadline >= 0) {
        exceeded = true;
      }
      return exceeded;
    }

    @Override
    public void close() {
      CURRENT.remove();
    }
  }

  /**
   * Gives the searches this thread runs until the budget is closed {@code time} to collect,
   * counted from their first collection of a segment.
   */
  static Budget start(Duration time) {
    return start(time, System::nanoTime);
  }

  /** {@link #start(Duration)} on a clock of nanoseconds of the caller's, as tests hold one. */
  static Budget start(Duration time, LongSupplier clock) {
    Budget budget = new Budget(time, clock);
    CURRENT.set(budget);
    return budget;
  }

  /**
   * Makes (or waits for) what all searches of a commit share, without charging the time to the
   * deadline of this thread's request: the first request after a start would otherwise pay for
   * every later one, and be cut short for it.
   */
  static <T> T uncharged(Supplier<T> shared) {
    Budget budget = CURRENT.get();
    if (budget == null) {
      return shared.get();
    }
    long start = budget.clock.getAsLong();
    try {
      return shared.get();
    } finally {
      budget.exclude(budget.clock.getAsLong() - start);
    }
  }

  /**
   * {@code manager}, whose collectors stop when the deadline of the calling thread passes, on
   * whichever thread they collect; as it is without one.
   */
  static <C extends Collector, T> CollectorManager<?, T> watch(CollectorManager<C, T> manager) {
    Budget budget = CURRENT.get();
    return budget == null ? manager : new WatchedManager<>(manager, budget);
  }

  private record WatchedManager<C extends Collector, T>(CollectorManager<C, T> in, Budget budget)
      implements CollectorManager<Watched<C>, T> {
    @Override
    public Watched<C> newCollector() throws IOException {
      return new Watched<>(in.newCollector(), budget);
    }

    @Override
    public T reduce(Collection<Watched<C>> collectors) throws IOException {
      List<C> unwrapped = new ArrayList<>(collectors.size());
      collectors.forEach(watched -> unwrapped.add(watched.in()));
      return in.reduce(unwrapped);
    }
  }

  private record Watched<C extends Collector>(C in, Budget budget) implements Collector {
    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      budget.startClock();
      if (budget.passed()) {
        throw new CollectionTerminatedException();
      }
      return new WatchedLeaf(in.getLeafCollector(context), budget);
    }

    @Override
    public ScoreMode scoreMode() {
      return in.scoreMode();
    }

    @Override
    public void setWeight(Weight weight) {
      in.setWeight(weight);
    }
  }

  private static final class WatchedLeaf implements LeafCollector {
    private final LeafCollector in;
    private final Budget budget;
    private int collected;

    WatchedLeaf(LeafCollector in, Budget budget) {
      this.in = in;
      this.budget = budget;
    }

    @Override
    public void setScorer(Scorable scorer) throws IOException {
      in.setScorer(scorer);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (++collected % CHECK_EVERY == 0 && budget.passed()) {
        throw new CollectionTerminatedException();
      }
      in.collect(doc);
    }

    @Override
    public void collect(DocIdStream stream) throws IOException {
      if (budget.passed()) {
        throw new CollectionTerminatedException();
      }
      in.collect(stream);
    }

    @Override
    public DocIdSetIterator competitiveIterator() throws IOException {
      return in.competitiveIterator();
    }

    @Override
    public void finish() throws IOException {
      in.finish();
    }
  }
}
