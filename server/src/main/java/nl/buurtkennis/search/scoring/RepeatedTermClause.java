package nl.buurtkennis.search.scoring;

import java.io.IOException;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.FixedBitSet;

/**
 * A term that the query holds more than once (a compound's parts are in "all parts" and again in
 * "some parts"), scored as Lucene's {@code TermWeight} scores it, from postings that each segment
 * reads once for all its occurrences ({@link SegmentEvaluation#postings}): each occurrence has its
 * own boost, so its own scorer, but the documents and frequencies are the same.
 */
final class RepeatedTermClause extends ScoredClause {
  private final Term term;
  private final Weight weight;
  /** Null where no document holds the term: then no segment has a scorer for it. */
  private final Similarity.SimScorer scorer;

  RepeatedTermClause(IndexSearcher searcher, TermQuery query, float boost) throws IOException {
    this.term = query.getTerm();
    this.weight = searcher.createWeight(query, ScoreMode.COMPLETE, boost);
    TermStates states = TermStates.build(searcher, term, true);
    this.scorer = states.docFreq() == 0 ? null : searcher.getSimilarity().scorer(boost,
        searcher.collectionStatistics(term.field()),
        searcher.termStatistics(term, states.docFreq(), states.totalTermFreq()));
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
    FixedBitSet docs = new FixedBitSet(segment.maxDoc());
    float[] scores = new float[segment.maxDoc()];
    forEachMatch(segment, candidates, (doc, score) -> {
      docs.set(doc);
      scores[doc] = score;
    });
    return new SegmentScores(docs, scores);
  }

  @Override
  void addTo(SegmentEvaluation segment, FixedBitSet candidates, ScoreSum sum) throws IOException {
    forEachMatch(segment, candidates, sum::add);
  }

  private void forEachMatch(SegmentEvaluation segment, FixedBitSet candidates, LeafClause.Match match)
      throws IOException {
    if (!exists(segment)) {
      return;
    }
    SegmentEvaluation.TermPostings postings = segment.postings(term);
    NumericDocValues norms = segment.norms(term.field());
    FixedBitSet docs = postings.docs();
    int[] freqs = postings.freqs();
    for (int doc = docs.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = ScoreSum.next(docs, doc)) {
      if (candidates != null && !candidates.get(doc)) {
        continue;
      }
      // As Lucene's LeafSimScorer: the document's length, or 1 where the field keeps none.
      long norm = norms != null && norms.advanceExact(doc) ? norms.longValue() : 1L;
      match.found(doc, scorer.score(freqs[doc], norm));
    }
  }
}
