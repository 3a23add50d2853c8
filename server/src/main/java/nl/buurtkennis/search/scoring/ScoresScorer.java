package nl.buurtkennis.search.scoring;

import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/** A scorer of scores worked out beforehand: a segment's documents, and an array of their scores. */
public final class ScoresScorer extends Scorer {
  private final FixedBitSet docs;
  private final DocIdSetIterator iterator;
  private final SegmentScores scores;
  private final float maxScore;

  /**
   * @param docs the documents, {@code count} of them
   * @param scores the score of each of these documents (the set of the scores is not read)
   * @param maxScore no document scores more
   */
  public ScoresScorer(Weight weight, FixedBitSet docs, int count, SegmentScores scores,
      float maxScore) {
    super(weight);
    this.docs = docs;
    this.iterator = new BitSetIterator(docs, count);
    this.scores = scores;
    this.maxScore = maxScore;
  }

  /** The documents, whose bits a caller may clear before it walks them. */
  public FixedBitSet docs() {
    return docs;
  }

  /** The score of each document. */
  public SegmentScores scores() {
    return scores;
  }

  @Override
  public int docID() {
    return iterator.docID();
  }

  @Override
  public DocIdSetIterator iterator() {
    return iterator;
  }

  @Override
  public float score() {
    return scores.score(iterator.docID());
  }

  @Override
  public float getMaxScore(int upTo) {
    return maxScore;
  }
}
