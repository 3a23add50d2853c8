package nl.buurtkennis.search;

import nl.buurtkennis.search.scoring.SegmentScores;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongHeap;
import org.apache.lucene.util.NumericUtils;

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
    // The k best scores so far, as ints that sort as the floats do; the least at the top.
    LongHeap best = new LongHeap(k);
    int[] candidates = new int[Math.min(count, 4 * k)];
    int found = 0;
    long[] words = matched.getBits();
    for (int i = 0; i < words.length; i++) {
      for (long word = words[i]; word != 0; word &= word - 1) {
        int doc = i * Long.SIZE + Long.numberOfTrailingZeros(word);
        if (best.insertWithOverflow(NumericUtils.floatToSortableInt(scores.score(doc)))) {
          candidates = ArrayUtil.grow(candidates, found + 1);
          candidates[found++] = doc;
        }
      }
    }
    long least = best.top();
    FixedBitSet competitive = new FixedBitSet(matched.length());
    for (int i = 0; i < found; i++) {
      if (NumericUtils.floatToSortableInt(scores.score(candidates[i])) >= least) {
        competitive.set(candidates[i]);
      }
    }
    return competitive;
  }
}
