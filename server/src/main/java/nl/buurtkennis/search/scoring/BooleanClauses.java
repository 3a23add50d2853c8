package nl.buurtkennis.search.scoring;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
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
  /** Whether the clause's scores count; a filter's or an exclusion's only its documents do. */
  private final boolean scored;

  private BooleanClauses(List<ScoredClause> must, List<ScoredClause> filter,
      List<ScoredClause> should, List<ScoredClause> mustNot, int minimumShouldMatch,
      boolean scored) {
    this.must = must;
    this.filter = filter;
    this.should = should;
    this.mustNot = mustNot;
    this.minimumShouldMatch = minimumShouldMatch;
    this.scored = scored;
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
        case FILTER -> filter.add(unscored(searcher, clause.getQuery(), terms));
        case MUST_NOT -> mustNot.add(unscored(searcher, clause.getQuery(), terms));
      }
    }
    return new BooleanClauses(must, filter, should, mustNot, query.getMinimumNumberShouldMatch(),
        true);
  }

  /**
   * A clause whose documents count and not its scores (a filter, an exclusion): a boolean one
   * walked clause by clause here too, as its disjunction of many postings or proximity checks was
   * most of its cost in Lucene's scorers, which order the clauses' iterators in a priority queue
   * for every document; any other query by Lucene's scorer without scores.
   */
  private static ScoredClause unscored(IndexSearcher searcher, Query query,
      QueryTermStates terms) throws IOException {
    if (query instanceof BoostQuery boosted) {
      return unscored(searcher, boosted.getQuery(), terms);
    }
    if (query instanceof TermQuery term && term.getTermStates() == null
        && terms.of(term.getTerm()) != null && terms.isRepeated(term.getTerm())) {
      // the postings the query's other occurrences of the term read (a word's fields that find
      // beside those that score it)
      return new RepeatedTermClause(searcher, term.getTerm(), terms.of(term.getTerm()), 1f,
          false);
    }
    if (query instanceof BooleanQuery bool) {
      List<ScoredClause> must = new ArrayList<>();
      List<ScoredClause> filter = new ArrayList<>();
      List<ScoredClause> should = new ArrayList<>();
      List<ScoredClause> mustNot = new ArrayList<>();
      for (BooleanClause clause : bool.clauses()) {
        ScoredClause part = unscored(searcher, clause.getQuery(), terms);
        switch (clause.getOccur()) {
          case MUST -> must.add(part);
          case SHOULD -> should.add(part);
          case FILTER -> filter.add(part);
          case MUST_NOT -> mustNot.add(part);
        }
      }
      return new BooleanClauses(must, filter, should, mustNot,
          bool.getMinimumNumberShouldMatch(), false);
    }
    return new LeafClause(searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f), false);
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
      SegmentScores any = scored || present.minimumShouldMatch > 1
          ? disjunction(segment, present.should, present.minimumShouldMatch, candidates)
          : anyOf(segment, present.should, candidates);
      exclude(segment, present.mustNot, any.docs());
      return any;
    }
    SegmentScores required = conjunction(segment, present, scored, candidates);
    exclude(segment, present.mustNot, required.docs());
    if (present.should.isEmpty() || required.isEmpty()
        || !scored && present.minimumShouldMatch == 0) {
      return required;
    }
    FixedBitSet docs = required.docs();
    SegmentScores optional = scored || present.minimumShouldMatch > 1
        ? disjunction(segment, present.should, present.minimumShouldMatch, docs)
        : anyOf(segment, present.should, docs);
    if (present.minimumShouldMatch > 0) {
      docs.and(optional.docs());
    }
    if (!scored) {
      return required;
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
      boolean scored, FixedBitSet candidates) throws IOException {
    List<Required> rarestFirst = new ArrayList<>();
    for (ScoredClause clause : present.must) {
      rarestFirst.add(new Required(clause, scored, clause.cost(segment)));
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
    if (!scored) {
      return SegmentScores.unscored(docs);
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

  /**
   * The documents among {@code candidates} (all when null) that match any of the clauses, their
   * scores not counted: each clause is asked only about the documents none before it matched,
   * the clauses that visit the most documents first (a compound's parts together in the body
   * before in the title), so that the others are asked about the fewest.
   */
  private static SegmentScores anyOf(SegmentEvaluation segment, List<ScoredClause> any,
      FixedBitSet candidates) throws IOException {
    List<Required> byCost = new ArrayList<>();
    for (ScoredClause clause : any) {
      byCost.add(new Required(clause, false, clause.cost(segment)));
    }
    byCost.sort(Comparator.comparingLong(Required::cost).reversed());
    List<ScoredClause> clauses = byCost.stream().map(Required::clause).toList();
    int maxDoc = segment.maxDoc();
    FixedBitSet found = new FixedBitSet(maxDoc);
    FixedBitSet left = candidates == null ? null : candidates.clone();
    for (int i = 0; i < clauses.size(); i++) {
      if (left == null && i > 0) {
        left = new FixedBitSet(maxDoc);
        left.set(0, maxDoc);
        left.andNot(found);
      }
      FixedBitSet matched = clauses.get(i).evaluate(segment, left).docs();
      found.or(matched);
      if (left != null) {
        left.andNot(matched);
        if (left.scanIsEmpty()) {
          break;
        }
      }
    }
    return SegmentScores.unscored(found);
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
