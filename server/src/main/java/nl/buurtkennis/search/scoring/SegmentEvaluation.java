package nl.buurtkennis.search.scoring;

import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * One segment's evaluation of a clause tree: the scorer supplier of each leaf, which Lucene lets
 * a weight make once per segment, and the clauses of each boolean query that have one there.
 */
final class SegmentEvaluation {
  private final LeafReaderContext context;
  private final Map<Weight, Optional<ScorerSupplier>> suppliers = new IdentityHashMap<>();
  private final Map<BooleanClauses, Optional<BooleanClauses.Present>> present =
      new IdentityHashMap<>();
  private final Map<Term, TermPostings> postings = new HashMap<>();
  private final Map<Object, SharedClause.Evaluated> shared = new IdentityHashMap<>();
  private final Set<Weight> scored = Collections.newSetFromMap(new IdentityHashMap<>());

  SegmentEvaluation(LeafReaderContext context) {
    this.context = context;
  }

  int maxDoc() {
    return context.reader().maxDoc();
  }

  /**
   * A term's documents in this segment and its frequency in each (indexed by document, set only
   * at its documents).
   */
  record TermPostings(FixedBitSet docs, int[] freqs) {}

  /**
   * The postings of {@code term} in this segment, read once for every clause that asks, from its
   * state in {@code states}: the term dictionary is not searched again.
   */
  TermPostings postings(Term term, TermStates states) throws IOException {
    TermPostings known = postings.get(term);
    if (known == null) {
      FixedBitSet docs = new FixedBitSet(maxDoc());
      int[] freqs = ScratchArrays.ints(maxDoc());
      TermState state = states.get(context);
      if (state != null) {
        TermsEnum terms = context.reader().terms(term.field()).iterator();
        terms.seekExact(term.bytes(), state);
        PostingsEnum read = terms.postings(null, PostingsEnum.FREQS);
        for (int doc = read.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = read.nextDoc()) {
          docs.set(doc);
          freqs[doc] = read.freq();
        }
      }
      known = new TermPostings(docs, freqs);
      postings.put(term, known);
    }
    return known;
  }

  /** The lengths of {@code field} in this segment, a fresh iterator; null where it keeps none. */
  NumericDocValues norms(String field) throws IOException {
    return context.reader().getNormValues(field);
  }

  /** The scorer supplier of {@code weight} in this segment, or null where it matches nothing. */
  ScorerSupplier supplier(Weight weight) throws IOException {
    Optional<ScorerSupplier> supplier = suppliers.get(weight);
    if (supplier == null) {
      supplier = Optional.ofNullable(weight.scorerSupplier(context));
      suppliers.put(weight, supplier);
    }
    return supplier.orElse(null);
  }

  /**
   * A scorer of {@code weight} in this segment, or null where it matches nothing: the supplier's
   * the first time, a new supplier's each later time (a clause a query holds more than once is
   * one clause, evaluated again where a later use asks about other documents; a supplier gives
   * one scorer).
   */
  Scorer scorer(Weight weight) throws IOException {
    ScorerSupplier supplier = supplier(weight);
    if (supplier == null) {
      return null;
    }
    if (scored.add(weight)) {
      return supplier.get(Long.MAX_VALUE);
    }
    ScorerSupplier again = weight.scorerSupplier(context);
    return again == null ? null : again.get(Long.MAX_VALUE);
  }

  /**
   * The clauses of {@code bool} that have a scorer in this segment (null where it has none),
   * worked out once: a parent asks for them, and so does the clause to evaluate itself.
   */
  BooleanClauses.Present present(BooleanClauses bool, PresentCheck check) throws IOException {
    Optional<BooleanClauses.Present> known = present.get(bool);
    if (known == null) {
      known = Optional.ofNullable(check.present());
      present.put(bool, known);
    }
    return known.orElse(null);
  }

  /** What this segment kept of a shared subtree's evaluation ({@code subtree}'s), or null. */
  SharedClause.Evaluated shared(Object subtree) {
    return shared.get(subtree);
  }

  /** Keeps {@code evaluated} for the subtree's later uses; null forgets it. */
  void share(Object subtree, SharedClause.Evaluated evaluated) {
    if (evaluated == null) {
      shared.remove(subtree);
    } else {
      shared.put(subtree, evaluated);
    }
  }

  interface PresentCheck {
    BooleanClauses.Present present() throws IOException;
  }
}
