package nl.buurtkennis.search.scoring;

import java.io.IOException;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
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
  private final boolean scored;

  /** @param states the term's states in the searcher's segments, shared by its occurrences */
  RepeatedTermClause(IndexSearcher searcher, Term term, TermStates states, float boost)
      throws IOException {
    this(searcher, term, states, boost, true);
  }

  /**
   * @param scored whether the occurrence's scores count; a filter's only its documents do (the
   *     weight then serves only to tell whether a segment holds the term, and how many
   *     documents)
   */
  RepeatedTermClause(IndexSearcher searcher, Term term, TermStates states, float boost,
      boolean scored) throws IOException {
    super(searcher.createWeight(new TermQuery(term, states), ScoreMode.COMPLETE, boost), scored);
    this.scored = scored;
    this.term = term;
    this.states = states;
    this.scorer = states.docFreq() == 0 ? null : searcher.getSimilarity().scorer(boost,
        searcher.collectionStatistics(term.field()),
        searcher.termStatistics(term, states.docFreq(), states.totalTermFreq()));
  }

  @Override
  SegmentScores evaluate(SegmentEvaluation segment, FixedBitSet candidates) throws IOException {
    if (!scored) {
      FixedBitSet docs = exists(segment) ? segment.postings(term, states).docs().clone()
          : new FixedBitSet(segment.maxDoc());
      if (candidates != null) {
        docs.and(candidates);
      }
      return SegmentScores.unscored(docs);
    }
    float[] scores = ScratchArrays.floats(segment.maxDoc());
    if (!exists(segment)) {
      return SegmentScores.of(new FixedBitSet(segment.maxDoc()), scores);
    }
    SegmentEvaluation.TermPostings postings = segment.postings(term, states);
    FixedBitSet docs = postings.docs().clone();
    if (candidates != null) {
      docs.and(candidates);
    }
    ScoreSum.DocScores score = scores(segment, postings);
    long[] words = docs.getBits();
    for (int i = 0; i < words.length; i++) {
      for (long word = words[i]; word != 0; word &= word - 1) {
        int doc = i * Long.SIZE + Long.numberOfTrailingZeros(word);
        scores[doc] = score.score(doc);
      }
    }
    return SegmentScores.of(docs, scores);
  }

  @Override
  void addTo(SegmentEvaluation segment, FixedBitSet candidates, ScoreSum sum) throws IOException {
    if (!scored) {
      super.addTo(segment, candidates, sum);
    } else if (exists(segment)) {
      SegmentEvaluation.TermPostings postings = segment.postings(term, states);
      sum.add(postings.docs(), candidates, scores(segment, postings));
    }
  }

  /** The score of each document of {@code postings}, asked in increasing order of documents. */
  private ScoreSum.DocScores scores(SegmentEvaluation segment,
      SegmentEvaluation.TermPostings postings) throws IOException {
    NumericDocValues norms = segment.norms(term.field());
    int[] freqs = postings.freqs();
    // As Lucene's LeafSimScorer: the document's length, or 1 where the field keeps none.
    return doc -> scorer.score(freqs[doc],
        norms != null && norms.advanceExact(doc) ? norms.longValue() : 1L);
  }
}
