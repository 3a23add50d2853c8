package nl.buurtkennis.search.scoring;

import java.io.IOException;
import org.apache.lucene.util.FixedBitSet;

/**
 * A use of a boolean clause that a query holds more than once with the same boost (a phrase's
 * words unquoted, weighed apart and again beside the proximity they must keep): a segment
 * evaluates it once, each later use reading the documents and scores of the first among its own
 * candidates. The same subtree with the same boost gives every document the same score wherever
 * it stands, and a clause's matches among candidates are its matches among any more candidates
 * restricted to them; a later use asked about documents the first was not asked about evaluates
 * the clause again ({@link SegmentEvaluation#scorer} gives its leaves new scorers). One clause
 * serves every use: the weights are made once.
 */
final class SharedClause extends ScoredClause {
  private final ScoredClause clause;
  private final Object subtree;
  private final int uses;

  /**
   * @param subtree what the segments keep the evaluation under
   * @param uses how often the query holds the subtree, with the same boost, where it scores
   */
  SharedClause(ScoredClause clause, Object subtree, int uses) {
    this.clause = clause;
    this.subtree = subtree;
    this.uses = uses;
  }

  /** A segment's first evaluation, among {@code candidates} (all when null), in its own arrays. */
  static final class Evaluated {
    private final FixedBitSet candidates;
    private final SegmentScores scores;
    private int left;

    private Evaluated(FixedBitSet candidates, SegmentScores scores, int left) {
      this.candidates = candidates;
      this.scores = scores;
      this.left = left;
    }
  }

  @Override
  boolean exists(SegmentEvaluation segment) throws IOException {
    return clause.exists(segment);
  }

  @Override
  long cost(SegmentEvaluation segment) throws IOException {
    return clause.cost(segment);
  }

  @Override
  SegmentScores evaluate(SegmentEvaluation segment, FixedBitSet candidates) throws IOException {
    Evaluated known = segment.shared(subtree);
    if (known != null && within(candidates, known.candidates)) {
      known.left--;
      if (known.left == 0) {
        // the last use takes the copy itself
        segment.share(subtree, null);
        if (candidates != null) {
          known.scores.docs().and(candidates);
        }
        return known.scores;
      }
      return known.scores.copy(candidates, segment.maxDoc());
    }
    SegmentScores evaluated = clause.evaluate(segment, candidates);
    int left = known == null ? uses - 1 : known.left - 1;
    if (left > 0) {
      segment.share(subtree, new Evaluated(candidates == null ? null : candidates.clone(),
          evaluated.copy(null, segment.maxDoc()), left));
    } else {
      segment.share(subtree, null);
    }
    return evaluated;
  }

  /** Whether every document of {@code asked} is among {@code evaluated} (all when null). */
  private static boolean within(FixedBitSet asked, FixedBitSet evaluated) {
    if (evaluated == null) {
      return true;
    }
    return asked != null
        && FixedBitSet.intersectionCount(asked, evaluated) == asked.cardinality();
  }
}
