package nl.buurtkennis.search.scoring;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * A query that matches and scores as the one it wraps, but scores a segment clause by clause
 * instead of document by document. Lucene walks a disjunction's clauses side by side, keeping
 * them in a priority queue that it reorders for every document; a text search here is a
 * disjunction of dozens of long posting lists, most of whose documents match, so that ordering
 * was most of its cost. Here each clause's postings are read once, in a run, into per-document
 * sums ({@link BooleanClauses}). Only worth it for a search that scores every match, as one that
 * counts facets does; without scores this is the wrapped query.
 */
public final class TermAtATimeQuery extends Query {
  private final Query query;

  public TermAtATimeQuery(Query query) {
    this.query = query;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = query.rewrite(searcher);
    return rewritten == query ? this : new TermAtATimeQuery(rewritten);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    if (!scoreMode.needsScores()) {
      return query.createWeight(searcher, scoreMode, boost);
    }
    ScoredClause clauses =
        ScoredClause.of(searcher, query, boost, QueryTermStates.of(searcher, query));
    return new EquivalentWeight(this, () -> query.createWeight(searcher, scoreMode, boost)) {
      @Override
      public Scorer scorer(LeafReaderContext context) throws IOException {
        SegmentScores matched = clauses.evaluate(new SegmentEvaluation(context), null);
        int count = matched.docs().cardinality();
        if (count == 0) {
          return null;
        }
        return new ScoresScorer(this, matched.docs(), count, matched, Float.MAX_VALUE);
      }

      @Override
      public boolean isCacheable(LeafReaderContext context) {
        return false;
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    query.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return query.toString(field);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && query.equals(((TermAtATimeQuery) other).query);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + query.hashCode();
  }
}
