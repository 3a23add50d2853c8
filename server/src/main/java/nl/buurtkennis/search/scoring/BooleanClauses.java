package nl.buurtkennis.search.scoring;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;

/**
 * A boolean query, matched and scored by the rules of Lucene's {@code BooleanWeight} and
 * {@code Boolean2ScorerSupplier} (9.12): the same documents and, float for float, the same
 * scores. Required clauses are evaluated rarest first, each only among the documents the ones
 * before it left; optional clauses beside required ones only among the documents these match.
 */
final class BooleanClauses extends ScoredClause {
  private final List<ScoredClause> must;
  private final List<ScoredClause> filter;
  private final List<ScoredClause> should;
  private final List<ScoredClause> mustNot;
  private final int minimumShouldMatch;

  private BooleanClauses(List<ScoredClause> must, List<ScoredClause> filter,
      List<ScoredClause> should, List<ScoredClause> mustNot, int minimumShouldMatch) {
    this.must = must;
    this.filter = filter;
    this.should = should;
    this.mustNot = mustNot;
    this.minimumShouldMatch = minimumShouldMatch;
  }

  static BooleanClauses of(IndexSearcher searcher, BooleanQuery query, float boost,
      QueryTermStates terms) throws IOException {
    List<ScoredClause> must = new ArrayList<>();
    List<ScoredClause> filter = new ArrayList<>();
    List<ScoredClause> should = new ArrayList<>();
    List<ScoredClause> mustNot = new ArrayList<>();
    for (BooleanClause clause : query.clauses()) {
      switch (clause.getOccur()) {
        case MUST -> must.add(ScoredClause.of(searcher, clause.getQuery(), boost, terms));
        case SHOULD -> should.add(ScoredClause.of(searcher, clause.getQuery(), boost, terms));
        case FILTER -> filter.add(unscored(searcher, clause));
        case MUST_NOT -> mustNot.add(unscored(searcher, clause));
      }
    }
    return new BooleanClauses(must, filter, should, mustNot, query.getMinimumNumberShouldMatch());
  }

  private static ScoredClause unscored(IndexSearcher searcher, BooleanClause clause)
      throws IOException {
    return new LeafClause(searcher.createWeight(clause.getQuery(), ScoreMode.COMPLETE_NO_SCORES,
        1f), false);
  }

  /** The clauses that have a scorer in a segment, simplified as {@code BooleanWeight} does. */
  record Present(List<ScoredClause> must, List<ScoredClause> filter,
      List<ScoredClause> should, List<ScoredClause> mustNot, int minimumShouldMatch) {}

  /** The clauses present in the segment, or null where Lucene would have no scorer. */
  private Present present(SegmentEvaluation segment) throws IOException {
    return segment.present(this, () -> findPresent(segment));
  }

  private Present findPresent(SegmentEvaluation segment) throws IOException {
    for (ScoredClause clause : must) {
      if (!clause.exists(segment)) {
        return null;
      }
    }
    for (ScoredClause clause : filter) {
      if (!clause.exists(segment)) {
        return null;
      }
    }
    List<ScoredClause> presentMust = new ArrayList<>(must);
    List<ScoredClause> presentShould = present(segment, should);
    int minimum = minimumShouldMatch;
    if (presentShould.size() == minimum) {
      presentMust.addAll(presentShould);
      presentShould = List.of();
      minimum = 0;
    }
    if (presentMust.isEmpty() && filter.isEmpty() && presentShould.isEmpty()
        || presentShould.size() < minimum) {
      return null;
    }
    return new Present(presentMust, filter, presentShould, present(segment, mustNot), minimum);
  }

  private static List<ScoredClause> present(SegmentEvaluation segment,
      List<ScoredClause> clauses) throws IOException {
    List<ScoredClause> present = new ArrayList<>();
    for (ScoredClause clause : clauses) {
      if (clause.exists(segment)) {
        present.add(clause);
      }
    }
    return present;
  }

  @Override
  boolean exists(SegmentEvaluation segment) throws IOException {
    return present(segment) != null;
  }

  @Override
  long cost(SegmentEvaluation segment) throws IOException {
    Present present = present(segment);
    if (present == null) {
      return 0;
    }
    if (present.must.isEmpty() && present.filter.isEmpty()) {
      long sum = 0;
      for (ScoredClause clause : present.should) {
        sum += clause.cost(segment);
      }
      return sum;
    }
    long least = Long.MAX_VALUE;
    for (ScoredClause clause : required(present)) {
      least = Math.min(least, clause.cost(segment));
    }
    return least;
  }

  @Override
  SegmentScores evaluate(SegmentEvaluation segment, FixedBitSet candidates) throws IOException {
    Present present = present(segment);
    if (present == null) {
      return SegmentScores.none(segment.maxDoc());
    }
    if (present.must.isEmpty() && present.filter.isEmpty()) {
      SegmentScores any = disjunction(segment, present.should, present.minimumShouldMatch,
          candidates);
      exclude(segment, present.mustNot, any.docs());
      return any;
    }
    SegmentScores required = conjunction(segment, present, candidates);
    exclude(segment, present.mustNot, required.docs());
    if (present.should.isEmpty() || required.isEmpty()) {
      return required;
    }
    FixedBitSet docs = required.docs();
    SegmentScores optional = disjunction(segment, present.should, present.minimumShouldMatch, docs);
    if (present.minimumShouldMatch > 0) {
      docs.and(optional.docs());
    }
    // Lucene adds the optional clauses' score to the required ones' as floats.
    FixedBitSet optionalDocs = optional.docs();
    for (int doc = optionalDocs.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = ScoreSum.next(optionalDocs, doc)) {
      required.add(doc, optional.score(doc));
    }
    return required;
  }

  private static List<ScoredClause> required(Present present) {
    List<ScoredClause> required = new ArrayList<>(present.must);
    required.addAll(present.filter);
    return required;
  }

  /** A required clause, whether it scores, and about how many documents it visits. */
  private record Required(ScoredClause clause, boolean scoring, long cost) {}

  /**
   * The documents every required clause matches, scored with the sum of the scoring ones (a
   * single one's score as it is, filters none).
   */
  private static SegmentScores conjunction(SegmentEvaluation segment, Present present,
      FixedBitSet candidates) throws IOException {
    List<Required> rarestFirst = new ArrayList<>();
    for (ScoredClause clause : present.must) {
      rarestFirst.add(new Required(clause, true, clause.cost(segment)));
    }
    for (ScoredClause clause : present.filter) {
      rarestFirst.add(new Required(clause, false, clause.cost(segment)));
    }
    rarestFirst.sort(Comparator.comparingLong(Required::cost));
    List<SegmentScores> scoring = new ArrayList<>();
    FixedBitSet docs = candidates;
    for (Required required : rarestFirst) {
      SegmentScores matched = required.clause.evaluate(segment, docs);
      if (matched.isEmpty()) {
        return SegmentScores.none(segment.maxDoc());
      }
      docs = matched.docs();
      if (required.scoring) {
        scoring.add(matched);
      }
    }
    if (scoring.size() == 1) {
      return scoring.get(0).forDocs(docs);
    }
    float[] scores = ScratchArrays.floats(segment.maxDoc());
    for (int doc = docs.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = ScoreSum.next(docs, doc)) {
      double sum = 0;
      for (SegmentScores part : scoring) {
        sum += part.score(doc);
      }
      scores[doc] = (float) sum;
    }
    return SegmentScores.of(docs, scores);
  }

  /** The documents that match at least {@code minimum} of the clauses (at least one if 0). */
  private static SegmentScores disjunction(SegmentEvaluation segment, List<ScoredClause> clauses,
      int minimum, FixedBitSet candidates) throws IOException {
    if (clauses.size() == 1) {
      return clauses.get(0).evaluate(segment, candidates);
    }
    ScoreSum sum = new ScoreSum(segment.maxDoc(), minimum > 1);
    for (ScoredClause clause : clauses) {
      clause.addTo(segment, candidates, sum);
    }
    return sum.result(minimum);
  }

  private static void exclude(SegmentEvaluation segment, List<ScoredClause> prohibited,
      FixedBitSet docs) throws IOException {
    for (ScoredClause clause : prohibited) {
      if (docs.scanIsEmpty()) {
        return;
      }
      docs.andNot(clause.evaluate(segment, docs).docs());
    }
  }
}
