package nl.buurtkennis.search.scoring;

import org.apache.lucene.util.FixedBitSet;

/**
 * The documents of one segment that a part of a query matches, and the score of each: a bit set
 * and an array indexed by document, read only where the bit is set.
 */
record SegmentScores(FixedBitSet docs, float[] scores) {
  static SegmentScores none(int maxDoc) {
    return new SegmentScores(new FixedBitSet(maxDoc), null);
  }

  boolean isEmpty() {
    return docs.scanIsEmpty();
  }
}
