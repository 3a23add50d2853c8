package nl.buurtkennis.search.scoring;

import java.io.IOException;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/** A query that is not a boolean one (a term, a phrase, a concept's terms), scored by Lucene. */
class LeafClause extends ScoredClause {
  private final Weight weight;
  private final boolean scored;

  /** @param scored whether the weight was made for scores; otherwise every match scores 0 */
  LeafClause(Weight weight, boolean scored) {
    this.weight = weight;
    this.scored = scored;
  }

  @Override
  boolean exists(SegmentEvaluation segment) throws IOException {
    return segment.supplier(weight) != null;
  }

  @Override
  long cost(SegmentEvaluation segment) throws IOException {
    ScorerSupplier supplier = segment.supplier(weight);
    return supplier == null ? 0 : supplier.cost();
  }

  @Override
  SegmentScores evaluate(SegmentEvaluation segment, FixedBitSet candidates) throws IOException {
    Scorer scorer = scorer(segment);
    SegmentScores whole = workedOut(scorer);
    if (whole == null) {
      return collect(segment, scorer, candidates);
    }
    if (candidates != null) {
      whole.docs().and(candidates);
    }
    return whole;
  }

  @Override
  void addTo(SegmentEvaluation segment, FixedBitSet candidates, ScoreSum sum) throws IOException {
    Scorer scorer = scorer(segment);
    SegmentScores whole = workedOut(scorer);
    if (whole == null) {
      walk(scorer, candidates, sum::add);
    } else {
      sum.add(whole, candidates);
    }
  }

  private Scorer scorer(SegmentEvaluation segment) throws IOException {
    return segment.scorer(weight);
  }

  /**
   * The scorer's matches and scores where it worked them out beforehand (a concept's documents,
   * {@link ScoresScorer}): taken whole instead of walked. Null for any other scorer.
   */
  private SegmentScores workedOut(Scorer scorer) {
    return scored && scorer instanceof ScoresScorer whole
        ? whole.scores().forDocs(whole.docs()) : null;
  }

  /** The scorer's matches among {@code candidates}, as a segment's documents and scores. */
  private SegmentScores collect(SegmentEvaluation segment, Scorer scorer, FixedBitSet candidates)
      throws IOException {
    int maxDoc = segment.maxDoc();
    FixedBitSet docs = new FixedBitSet(maxDoc);
    if (!scored) {
      // a filter's: no array of scores lent for it, each reads as 0 as it did
      walk(scorer, candidates, (doc, score) -> docs.set(doc));
      return SegmentScores.unscored(docs);
    }
    float[] scores = ScratchArrays.floats(maxDoc);
    walk(scorer, candidates, (doc, score) -> {
      docs.set(doc);
      scores[doc] = score;
    });
    return SegmentScores.of(docs, scores);
  }

  /**
   * Walks the scorer's matches, leaping over documents that are not candidates: a phrase is
   * checked, and a term's frequency read, only for a candidate.
   */
  private void walk(Scorer scorer, FixedBitSet candidates, Match match) throws IOException {
    if (scorer == null) {
      return;
    }
    TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
    DocIdSetIterator approximation = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
    int doc = approximation.nextDoc();
    while (doc != DocIdSetIterator.NO_MORE_DOCS) {
      if (candidates != null && !candidates.get(doc)) {
        int next = candidates.nextSetBit(doc);
        if (next == DocIdSetIterator.NO_MORE_DOCS) {
          return;
        }
        doc = approximation.advance(next);
        continue;
      }
      if (twoPhase == null || twoPhase.matches()) {
        match.found(doc, scored ? scorer.score() : 0f);
      }
      doc = approximation.nextDoc();
    }
  }

  interface Match {
    void found(int doc, float score);
  }
}
