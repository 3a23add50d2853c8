package nl.buurtkennis.search.scoring;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.FixedBitSet;

/**
 * A use of a boolean clause that a query holds more than once with the same boost (a phrase's
 * words unquoted, weighed apart and again beside the proximity they must keep), or with boosts a
 * power of two apart where its scores scale exactly with the boost ({@link #scalesExactly}: a
 * compound's parts, weighed 0.8 in a text that says the compound and 0.2 anywhere): a segment
 * evaluates it once, each later use reading the documents and scores of the first among its own
 * candidates, each score multiplied by the power of two between the boosts. The same subtree with
 * the same boost gives every document the same score wherever it stands, and a clause's matches
 * among candidates are its matches among any more candidates restricted to them; a later use
 * asked about documents the first was not asked about evaluates the clause again ({@link
 * SegmentEvaluation#scorer} gives its leaves new scorers). One clause serves every use: the
 * weights are made once, with the boost of the first use.
 */
final class SharedClause extends ScoredClause {
  private final ScoredClause clause;
  private final Object subtree;
  private final int uses;
  /** The boost the clause was made with. */
  private final float boost;
  /** This use's boost is the clause's times two to this power. */
  private final int scale;

  /**
   * @param clause the clause, made with {@code boost}
   * @param subtree what the segments keep the evaluation under
   * @param uses how often the query holds the subtree, with the same boost or one a power of two
   *     apart, where it scores
   */
  SharedClause(ScoredClause clause, Object subtree, int uses, float boost) {
    this(clause, subtree, uses, boost, 0);
  }

  private SharedClause(ScoredClause clause, Object subtree, int uses, float boost, int scale) {
    this.clause = clause;
    this.subtree = subtree;
    this.uses = uses;
    this.boost = boost;
    this.scale = scale;
  }

  /**
   * The use of this clause with {@code useBoost}, which is its boost or that times a power of two
   * (the subtree then scales exactly: {@link #scalesExactly}).
   */
  SharedClause withBoost(float useBoost) {
    if (useBoost == boost) {
      return this;
    }
    int power = Math.getExponent(useBoost) - Math.getExponent(boost);
    if (Math.scalb(boost, power) != useBoost) {
      throw new IllegalArgumentException(useBoost + " is not " + boost + " times a power of two");
    }
    return new SharedClause(clause, subtree, uses, boost, power);
  }

  /**
   * Whether every score of {@code query}, made with a boost, is that made with boost 1 times the
   * boost as floats compute it, so that boosts a power of two apart give scores the same power of
   * two apart, bit for bit (for scores far above the smallest normal float, as every score is):
   * BM25's score of a term or phrase is {@code w - w / (1 + freq * normInverse)} with {@code w =
   * boost * idf}, a disjunction's maximum plus a share of the others and a boolean query's sums
   * are sums, and the boost multiplies down through boosts and booleans; a float product, quotient
   * or sum scaled by a power of two is the scaled result, its rounding the same; a query that says
   * so of itself ({@link ScalesWithBoost}). Only for the searcher's BM25 similarity; the scored
   * clauses of a boolean query must be such queries too, its filters and exclusions may be any.
   */
  static boolean scalesExactly(Query query, Map<Query, Boolean> known) {
    Boolean scales = known.get(query);
    if (scales == null) {
      scales = findScalesExactly(query, known);
      known.put(query, scales);
    }
    return scales;
  }

  private static boolean findScalesExactly(Query query, Map<Query, Boolean> known) {
    if (query instanceof TermQuery || query instanceof PhraseQuery
        || query instanceof ScalesWithBoost) {
      return true;
    }
    if (query instanceof BoostQuery boosted) {
      return scalesExactly(boosted.getQuery(), known);
    }
    if (query instanceof DisjunctionMaxQuery max) {
      for (Query disjunct : max.getDisjuncts()) {
        if (!scalesExactly(disjunct, known)) {
          return false;
        }
      }
      return true;
    }
    if (query instanceof BooleanQuery bool) {
      for (BooleanClause clause : bool.clauses()) {
        if (clause.isScoring() && !scalesExactly(clause.getQuery(), known)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * {@code boost} without its power of two ({@code 0.8} and {@code 0.2} both {@code 1.6}); a boost
   * that is zero, subnormal, infinite or not a number as it is.
   */
  static float significand(float boost) {
    if (boost == 0 || Float.isNaN(boost) || Float.isInfinite(boost)
        || Math.abs(boost) < Float.MIN_NORMAL) {
      return boost;
    }
    return Math.scalb(boost, -Math.getExponent(boost));
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
        return known.scores.scaled(scale);
      }
      return known.scores.copy(candidates, segment.maxDoc()).scaled(scale);
    }
    SegmentScores evaluated = clause.evaluate(segment, candidates);
    int left = known == null ? uses - 1 : known.left - 1;
    if (left > 0) {
      segment.share(subtree, new Evaluated(candidates == null ? null : candidates.clone(),
          evaluated.copy(null, segment.maxDoc()), left));
    } else {
      segment.share(subtree, null);
    }
    return evaluated.scaled(scale);
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
