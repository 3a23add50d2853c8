package nl.buurtkennis.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * A query whose documents are held in memory as a bit set per segment, matched at a constant
 * score; the searcher leaves out the deleted ones. Not cached: the sets are already in memory.
 */
abstract class DocumentsInMemory extends Query {
  /** The documents of the segment, or null where it has none: not to be changed. */
  abstract FixedBitSet documents(LeafReaderContext leaf);

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public Scorer scorer(LeafReaderContext context) {
        FixedBitSet docs = documents(context);
        if (docs == null) {
          return null;
        }
        return new ConstantScoreScorer(this, score(), scoreMode,
            new BitSetIterator(docs, docs.approximateCardinality()));
      }

      @Override
      public boolean isCacheable(LeafReaderContext context) {
        return false;
      }
    };
  }
}
