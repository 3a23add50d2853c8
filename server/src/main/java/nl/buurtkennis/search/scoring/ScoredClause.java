package nl.buurtkennis.search.scoring;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
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
      Map<Term, TermStates> repeated) throws IOException {
    if (query instanceof BoostQuery boosted) {
      return of(searcher, boosted.getQuery(), boosted.getBoost() * boost, repeated);
    }
    if (query instanceof BooleanQuery bool) {
      return BooleanClauses.of(searcher, bool, boost, repeated);
    }
    if (query instanceof TermQuery term && term.getTermStates() == null
        && repeated.containsKey(term.getTerm())) {
      return new RepeatedTermClause(searcher, term.getTerm(), repeated.get(term.getTerm()), boost);
    }
    return new LeafClause(searcher.createWeight(query, ScoreMode.COMPLETE, boost), true);
  }

  /**
   * The terms of the scored term queries that {@code query} holds more than once, each with its
   * states in the searcher's segments, looked up once for all its occurrences.
   */
  static Map<Term, TermStates> repeatedTerms(IndexSearcher searcher, Query query)
      throws IOException {
    Map<Term, Integer> counts = new HashMap<>();
    countTerms(query, counts);
    Map<Term, TermStates> repeated = new HashMap<>();
    for (Map.Entry<Term, Integer> count : counts.entrySet()) {
      if (count.getValue() > 1) {
        repeated.put(count.getKey(), TermStates.build(searcher, count.getKey(), true));
      }
    }
    return repeated;
  }

  private static void countTerms(Query query, Map<Term, Integer> counts) {
    if (query instanceof BoostQuery boosted) {
      countTerms(boosted.getQuery(), counts);
    } else if (query instanceof BooleanQuery bool) {
      for (BooleanClause clause : bool.clauses()) {
        if (clause.isScoring()) {
          countTerms(clause.getQuery(), counts);
        }
      }
    } else if (query instanceof TermQuery term) {
      counts.merge(term.getTerm(), 1, Integer::sum);
    }
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
