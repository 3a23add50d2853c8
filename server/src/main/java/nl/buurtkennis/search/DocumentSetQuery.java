package nl.buurtkennis.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents already worked out for each segment of one reader, at a constant score: a filter
 * for a search over the same reader.
 */
final class DocumentSetQuery extends Query {
  /** Per segment, by its ordinal in the reader: the documents, or null for none. */
  private final FixedBitSet[] documents;

  DocumentSetQuery(FixedBitSet[] documents) {
    this.documents = documents;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public Scorer scorer(LeafReaderContext context) {
        FixedBitSet docs = documents[context.ord];
        if (docs == null) {
          return null;
        }
        return new ConstantScoreScorer(this, score(), scoreMode,
            new BitSetIterator(docs, docs.approximateCardinality()));
      }

      /** Already in memory, and of one reader. */
      @Override
      public boolean isCacheable(LeafReaderContext context) {
        return false;
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "documents worked out per segment";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && documents == ((DocumentSetQuery) other).documents;
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + System.identityHashCode(documents);
  }
}
