package nl.buurtkennis.search;

import nl.buurtkennis.search.scoring.SegmentScores;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.FixedBitSet;

/**
 * The matches of one segment that can be among the best {@code k} by score: those scoring at
 * least the segment's {@code k}-th best score. Every other match is outscored by {@code k} of the
 * segment's own, so a collector ordering by score first ranks the same page from these alone,
 * ties included, while it no longer walks every match of a broad search.
 */
final class CompetitiveDocs {
  private CompetitiveDocs() {}

  /**
   * @param matched the segment's matches, {@code count} of them
   * @param scores the score of each match
   * @return {@code matched} itself when it holds at most {@code k} documents, else a new set
   */
  static FixedBitSet of(FixedBitSet matched, int count, SegmentScores scores, int k) {
    if (count <= k) {
      return matched;
    }
    BestScores best = new BestScores(k);
    int[] candidates = new int[Math.min(count, 4 * k)];
    int found = 0;
    long[] words = matched.getBits();
    for (int i = 0; i < words.length; i++) {
      for (long word = words[i]; word != 0; word &= word - 1) {
        int doc = i * Long.SIZE + Long.numberOfTrailingZeros(word);
        if (best.offer(scores.score(doc))) {
          candidates = ArrayUtil.grow(candidates, found + 1);
          candidates[found++] = doc;
        }
      }
    }
    float least = best.least();
    FixedBitSet competitive = new FixedBitSet(matched.length());
    for (int i = 0; i < found; i++) {
      if (scores.score(candidates[i]) >= least) {
        competitive.set(candidates[i]);
      }
    }
    return competitive;
  }

  /** The {@code k} best scores offered so far, in a heap whose root is the least of them. */
  private static final class BestScores {
    private final float[] heap;
    private int size;

    BestScores(int k) {
      this.heap = new float[k];
    }

    /** Whether {@code score} ties or beats the least of the best so far (or they are too few). */
    boolean offer(float score) {
      if (size < heap.length) {
        heap[size] = score;
        siftUp(size++);
        return true;
      }
      if (score < heap[0]) {
        return false;
      }
      if (score > heap[0]) {
        heap[0] = score;
        siftDown();
      }
      return true;
    }

    /** The {@code k}-th best score: no document scoring less can be among the best. */
    float least() {
      return heap[0];
    }

    private void siftUp(int at) {
      float value = heap[at];
      while (at > 0) {
        int parent = (at - 1) >>> 1;
        if (heap[parent] <= value) {
          break;
        }
        heap[at] = heap[parent];
        at = parent;
      }
      heap[at] = value;
    }

    private void siftDown() {
      float value = heap[0];
      int at = 0;
      while (true) {
        int child = 2 * at + 1;
        if (child >= size) {
          break;
        }
        if (child + 1 < size && heap[child + 1] < heap[child]) {
          child++;
        }
        if (heap[child] >= value) {
          break;
        }
        heap[at] = heap[child];
        at = child;
      }
      heap[at] = value;
    }
  }
}
