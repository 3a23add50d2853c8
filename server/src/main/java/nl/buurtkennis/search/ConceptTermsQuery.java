package nl.buurtkennis.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import nl.buurtkennis.search.scoring.EquivalentWeight;
import nl.buurtkennis.search.scoring.ScalesWithBoost;
import nl.buurtkennis.search.scoring.ScoresScorer;
import nl.buurtkennis.search.scoring.ScratchArrays;
import nl.buurtkennis.search.scoring.SegmentScores;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents tagged with any of several concepts (facet terms, which a document holds once and
 * without length), scored as a {@link DisjunctionMaxQuery} of their {@link TermQuery}s: the best
 * concept's score plus {@code tieBreaker} times the others' (exactly for up to two concepts in a
 * document; with more, within the rounding of a float). A word common in concept names
 * (veiligheid) names dozens of concepts, each a long posting list; instead of walking them side
 * by side in a priority queue for every document, each is read once into per-document sums, from
 * the documents of each facet value that the commit keeps in memory ({@link FacetPostings}).
 * Searched by another searcher than an {@link IndexView}, it is the disjunction. Its scores scale
 * with the boost exactly ({@link ScalesWithBoost}): each concept's is BM25's of freq 1, norm 1
 * with the boost in its weight, their order the same at any boost, and a document's total the best
 * plus the others times {@code tieBreaker}, summed as floats.
 */
final class ConceptTermsQuery extends Query implements ScalesWithBoost {
  private final List<Term> terms;
  private final float tieBreaker;

  /** @param terms facet terms of one field, at least two */
  ConceptTermsQuery(List<Term> terms, float tieBreaker) {
    this.terms = List.copyOf(terms);
    this.tieBreaker = tieBreaker;
  }

  /** The query this one answers like, for explanations and matches. */
  Query asDisjunction() {
    List<Query> any = new ArrayList<>();
    terms.forEach(term -> any.add(new TermQuery(term)));
    return new DisjunctionMaxQuery(any, tieBreaker);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    if (!(searcher instanceof IndexView view)) {
      return searcher.createWeight(asDisjunction(), scoreMode, boost);
    }
    float[] scores = new float[terms.size()];
    if (scoreMode.needsScores()) {
      CollectionStatistics collection = searcher.collectionStatistics(terms.get(0).field());
      for (int i = 0; i < terms.size(); i++) {
        TermStates states = TermStates.build(searcher, terms.get(i), true);
        if (collection != null && states.docFreq() > 0) {
          // A facet term is in a document once, without norms: TermQuery scores it as freq 1,
          // norm 1.
          scores[i] = searcher.getSimilarity().scorer(boost, collection,
              searcher.termStatistics(terms.get(i), states.docFreq(), states.totalTermFreq()))
              .score(1f, 1L);
        }
      }
    }
    int[] byScoreDescending = IntStream.range(0, terms.size()).boxed()
        .sorted((a, b) -> Float.compare(scores[b], scores[a]))
        .mapToInt(Integer::intValue).toArray();
    // Only a commit with documents has facet postings, and only its segments are scored.
    FacetPostings postings = view.getIndexReader().maxDoc() == 0 ? null : view.facetPostings();
    int[] ordinals = new int[terms.size()];
    for (int i = 0; i < ordinals.length; i++) {
      ordinals[i] = postings == null ? -1 : postings.ordinal(terms.get(i));
    }
    return new EquivalentWeight(this,
        () -> searcher.createWeight(asDisjunction(), scoreMode, boost)) {
      @Override
      public Scorer scorer(LeafReaderContext context) throws IOException {
        int maxDoc = context.reader().maxDoc();
        FixedBitSet docs = new FixedBitSet(maxDoc);
        // The best score first: a document's first concept is its best, each later one adds
        // tieBreaker times its own. One float per document: a sum and a maximum apart took three
        // times the memory, allocated for every segment and every such clause of a search.
        float[] total = ScratchArrays.floats(maxDoc);
        boolean any = false;
        for (int i : byScoreDescending) {
          float score = scores[i];
          double tied = (double) score * tieBreaker;
          FixedBitSet common = postings.bitSet(context, ordinals[i]);
          if (common != null) {
            add(common, docs, total, score, tied);
            any = true;
            continue;
          }
          any |= postings.forEachDocument(context, ordinals[i], doc -> {
            if (docs.getAndSet(doc)) {
              total[doc] = (float) (total[doc] + tied);
            } else {
              total[doc] = score;
            }
          });
        }
        if (!any) {
          return null;
        }
        float maxScore = 0;
        double sum = 0;
        for (float score : scores) {
          maxScore = Math.max(maxScore, score);
          sum += score;
        }
        float upperBound = (float) ((maxScore + (sum - maxScore) * tieBreaker) * 1.0001);
        return new ScoresScorer(this, docs, docs.cardinality(), SegmentScores.of(docs, total),
            upperBound);
      }

      @Override
      public boolean isCacheable(LeafReaderContext context) {
        return true;
      }
    };
  }

  /**
   * A concept's documents {@code value} added to the totals as the walk above adds them, 64
   * documents at a time: those seen before add {@code tied}, the others start at {@code score}.
   */
  private static void add(FixedBitSet value, FixedBitSet seen, float[] total, float score,
      double tied) {
    long[] valueWords = value.getBits();
    long[] seenWords = seen.getBits();
    int count = Math.min(FixedBitSet.bits2words(value.length()), seenWords.length);
    for (int i = 0; i < count; i++) {
      long word = valueWords[i];
      if (word == 0) {
        continue;
      }
      long before = word & seenWords[i];
      seenWords[i] |= word;
      int base = i * Long.SIZE;
      for (long first = word & ~before; first != 0; first &= first - 1) {
        total[base + Long.numberOfTrailingZeros(first)] = score;
      }
      for (; before != 0; before &= before - 1) {
        int doc = base + Long.numberOfTrailingZeros(before);
        total[doc] = (float) (total[doc] + tied);
      }
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    String field = terms.get(0).field();
    if (visitor.acceptField(field)) {
      visitor.getSubVisitor(BooleanClause.Occur.SHOULD, this)
          .consumeTerms(this, terms.toArray(Term[]::new));
    }
  }

  @Override
  public String toString(String field) {
    return asDisjunction().toString(field);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && terms.equals(((ConceptTermsQuery) other).terms)
        && tieBreaker == ((ConceptTermsQuery) other).tieBreaker;
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), terms, tieBreaker);
  }
}
