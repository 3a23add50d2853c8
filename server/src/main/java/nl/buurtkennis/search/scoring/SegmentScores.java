package nl.buurtkennis.search.scoring;

import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents of one segment that a part of a query matches, and the score of each: a bit set
 * and an array indexed by document, read only where the bit is set. The array holds floats, or
 * the double sums of a disjunction, each read as the float Lucene rounds it to: rounding on
 * reading instead of into a second array saves a pass over the matches and an array.
 */
public final class SegmentScores {
  private final FixedBitSet docs;
  private final float[] floats;
  private final double[] sums;

  private SegmentScores(FixedBitSet docs, float[] floats, double[] sums) {
    this.docs = docs;
    this.floats = floats;
    this.sums = sums;
  }

  public static SegmentScores of(FixedBitSet docs, float[] scores) {
    return new SegmentScores(docs, scores, null);
  }

  /** Scores whose value is each sum rounded to a float. */
  static SegmentScores ofSums(FixedBitSet docs, double[] sums) {
    return new SegmentScores(docs, null, sums);
  }

  /** Documents whose scores do not count: each reads as 0. */
  static SegmentScores unscored(FixedBitSet docs) {
    return new SegmentScores(docs, null, null);
  }

  static SegmentScores none(int maxDoc) {
    return new SegmentScores(new FixedBitSet(maxDoc), null, null);
  }

  /** The same scores for other documents. */
  SegmentScores forDocs(FixedBitSet other) {
    return new SegmentScores(other, floats, sums);
  }

  public FixedBitSet docs() {
    return docs;
  }

  public float score(int doc) {
    return floats != null ? floats[doc] : sums != null ? (float) sums[doc] : 0f;
  }

  /** Adds {@code value} to a document's score as a float addition. */
  void add(int doc, float value) {
    if (floats != null) {
      floats[doc] += value;
    } else {
      // A float is exact in a double, so the sum reads back as the float it is.
      sums[doc] = score(doc) + value;
    }
  }

  /**
   * Its documents among {@code candidates} (all, when null) with their scores, in arrays of its
   * own: what a parent changes in the copy (its documents, a sum added to a score) leaves this as
   * it is.
   */
  SegmentScores copy(FixedBitSet candidates, int maxDoc) {
    FixedBitSet copied = docs.clone();
    if (candidates != null) {
      copied.and(candidates);
    }
    if (floats != null) {
      float[] scores = ScratchArrays.floats(maxDoc);
      for (int doc = copied.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = ScoreSum.next(copied, doc)) {
        scores[doc] = floats[doc];
      }
      return new SegmentScores(copied, scores, null);
    }
    if (sums != null) {
      double[] scores = ScratchArrays.doubles(maxDoc);
      for (int doc = copied.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = ScoreSum.next(copied, doc)) {
        scores[doc] = sums[doc];
      }
      return new SegmentScores(copied, null, scores);
    }
    return new SegmentScores(copied, null, null);
  }

  /**
   * These scores times two to the power {@code power}, in place (this, changed): exact, as a
   * float or a double times a power of two is the scaled value (for values far above the smallest
   * normal float, as every score is), and a double sum read as a float rounds to the scaled float.
   */
  SegmentScores scaled(int power) {
    if (power == 0) {
      return this;
    }
    float factor = Math.scalb(1f, power);
    if (floats != null) {
      for (int doc = docs.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = ScoreSum.next(docs, doc)) {
        floats[doc] *= factor;
      }
    } else if (sums != null) {
      for (int doc = docs.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = ScoreSum.next(docs, doc)) {
        sums[doc] *= factor;
      }
    }
    return this;
  }

  boolean isEmpty() {
    return docs.scanIsEmpty();
  }
}
