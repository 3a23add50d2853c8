package nl.buurtkennis.search.scoring;

import java.io.IOException;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.FixedBitSet;

/**
 * A part of a rewritten query, evaluated for a whole segment at once: its boolean structure is
 * walked here, every other query is scored by Lucene's own scorer.
 */
abstract class ScoredClause {
  /**
   * The clause tree of {@code query}, which must be rewritten, with {@code boost} applied as
   * Lucene applies it: multiplied down through boosts and booleans into the leaves' weights.
   */
  static ScoredClause of(IndexSearcher searcher, Query query, float boost,
      QueryTermStates terms) throws IOException {
    if (query instanceof BoostQuery boosted) {
      return of(searcher, boosted.getQuery(), boosted.getBoost() * boost, terms);
    }
    if (query instanceof BooleanQuery bool) {
      return terms.clauseOf(bool, boost, () -> BooleanClauses.of(searcher, bool, boost, terms));
    }
    if (query instanceof TermQuery term && terms.of(term.getTerm()) != null
        && term.getTermStates() == null) {
      TermStates states = terms.of(term.getTerm());
      if (terms.isRepeated(term.getTerm())) {
        return new RepeatedTermClause(searcher, term.getTerm(), states, boost);
      }
      return new LeafClause(searcher.createWeight(new TermQuery(term.getTerm(), states),
          ScoreMode.COMPLETE, boost), true);
    }
    return new LeafClause(searcher.createWeight(query, ScoreMode.COMPLETE, boost), true);
  }

  /** Whether Lucene would have a scorer for this clause in the segment. */
  abstract boolean exists(SegmentEvaluation segment) throws IOException;

  /** About how many documents of the segment this clause visits. */
  abstract long cost(SegmentEvaluation segment) throws IOException;

  /**
   * The documents of the segment this clause matches, among {@code candidates} (all documents
   * when it is null), with the scores Lucene's scorer would give them.
   */
  abstract SegmentScores evaluate(SegmentEvaluation segment, FixedBitSet candidates)
      throws IOException;

  /** Adds this clause's matches among {@code candidates} to {@code sum}. */
  void addTo(SegmentEvaluation segment, FixedBitSet candidates, ScoreSum sum) throws IOException {
    sum.add(evaluate(segment, candidates), null);
  }
}
