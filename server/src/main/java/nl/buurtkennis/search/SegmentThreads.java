package nl.buurtkennis.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher.LeafSlice;

/**
 * The threads on which one search reads the segments of the index side by side, so that a search
 * on an otherwise idle machine uses every core. The calling thread searches slices too (Lucene's
 * {@code TaskExecutor}). Answers do not depend on the split: scores use the statistics of the
 * whole index, and Lucene merges the slices' hits breaking ties of score by document number, as a
 * search on one thread does.
 */
final class SegmentThreads {
  /** Slices per thread: more, smaller slices even out segments of different sizes. */
  private static final int SLICES_PER_THREAD = 4;
  private static final int THREADS = Runtime.getRuntime().availableProcessors();
  private static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(THREADS,
      new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
          Thread thread = new Thread(task, "segment-search-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        }
      });

  private SegmentThreads() {}

  static ExecutorService executor() {
    return EXECUTOR;
  }

  /** How many threads search side by side: one per core. */
  static int count() {
    return THREADS;
  }

  /**
   * The segments, in index order, cut into slices of at least a {@link #SLICES_PER_THREAD}th of a
   * thread's share of the documents, so that small segments do not each cost a task.
   */
  static LeafSlice[] slices(List<LeafReaderContext> leaves) {
    long total = leaves.stream().mapToLong(leaf -> leaf.reader().maxDoc()).sum();
    long least = Math.max(1, total / ((long) THREADS * SLICES_PER_THREAD));
    List<LeafSlice> slices = new ArrayList<>();
    List<LeafReaderContext> slice = new ArrayList<>();
    long docs = 0;
    for (LeafReaderContext leaf : leaves) {
      slice.add(leaf);
      docs += leaf.reader().maxDoc();
      if (docs >= least) {
        slices.add(new LeafSlice(slice));
        slice = new ArrayList<>();
        docs = 0;
      }
    }
    if (!slice.isEmpty()) {
      slices.add(new LeafSlice(slice));
    }
    return slices.toArray(LeafSlice[]::new);
  }
}
