package nl.buurtkennis.search.scoring;

import java.io.IOException;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.FixedBitSet;

/**
 * A term that the query holds more than once (a compound's parts are in "all parts" and again in
 * "some parts"), scored as Lucene's {@code TermWeight} scores it, from postings that each segment
 * reads once for all its occurrences ({@link SegmentEvaluation#postings}): each occurrence has its
 * own boost, so its own scorer, but the documents and frequencies are the same.
 */
final class RepeatedTermClause extends LeafClause {
  private final Term term;
  private final TermStates states;
  /** Null where no document holds the term: then no segment has a scorer for it. */
  private final Similarity.SimScorer scorer;

  /** @param states the term's states in the searcher's segments, shared by its occurrences */
  RepeatedTermClause(IndexSearcher searcher, Term term, TermStates states, float boost)
      throws IOException {
    super(searcher.createWeight(new TermQuery(term, states), ScoreMode.COMPLETE, boost), true);
    this.term = term;
    this.states = states;
    this.scorer = states.docFreq() == 0 ? null : searcher.getSimilarity().scorer(boost,
        searcher.collectionStatistics(term.field()),
        searcher.termStatistics(term, states.docFreq(), states.totalTermFreq()));
  }

  @Override
  SegmentScores evaluate(SegmentEvaluation segment, FixedBitSet candidates) throws IOException {
    return collect(segment, match -> forEachMatch(segment, candidates, match));
  }

  @Override
  void addTo(SegmentEvaluation segment, FixedBitSet candidates, ScoreSum sum) throws IOException {
    forEachMatch(segment, candidates, sum::add);
  }

  private void forEachMatch(SegmentEvaluation segment, FixedBitSet candidates, Match match)
      throws IOException {
    if (!exists(segment)) {
      return;
    }
    SegmentEvaluation.TermPostings postings = segment.postings(term, states);
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
