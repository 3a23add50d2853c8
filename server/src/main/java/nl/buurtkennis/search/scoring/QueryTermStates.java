package nl.buurtkennis.search.scoring;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * The states, in each segment, of the terms a query scores, as Lucene's {@code TermStates.build}
 * finds them, but looked up with one terms enum per segment and field, the terms in order:
 * Lucene makes a new enum for each term and segment, which reads the term dictionary's index
 * anew, and a text query has hundreds of terms.
 */
final class QueryTermStates {
  private final Map<Term, TermStates> states;
  private final Map<Term, Integer> occurrences;
  /**
   * How often the query scores each boolean subtree with each boost, or with boosts a power of two
   * apart where its scores scale exactly with the boost ({@link SharedClause#scalesExactly}),
   * counted where it scores.
   */
  private final Map<Subtree, Integer> subtrees;
  /** The clause of each subtree the query scores more than once, made with its first boost. */
  private final Map<Subtree, SharedClause> shared = new HashMap<>();
  /** Whether a subtree's scores scale with its boost ({@link SharedClause#scalesExactly}). */
  private final Map<Query, Boolean> scaling;

  /**
   * A boolean query and the boost its clause tree is made with: that boost itself, or, where the
   * subtree's scores scale exactly with its boost, the boost's significand (boosts a power of two
   * apart, the compound's parts weighed 0.8 where a text says them together and 0.2 anywhere).
   */
  private record Subtree(Query query, float boost) {}

  private QueryTermStates(Map<Term, TermStates> states, Map<Term, Integer> occurrences,
      Map<Subtree, Integer> subtrees, Map<Query, Boolean> scaling) {
    this.states = states;
    this.occurrences = occurrences;
    this.subtrees = subtrees;
    this.scaling = scaling;
  }

  /** The term queries of {@code query}, scored or not, which must be rewritten. */
  static QueryTermStates of(IndexSearcher searcher, Query query) throws IOException {
    Map<Term, Integer> occurrences = new HashMap<>();
    countTerms(query, occurrences);
    IndexReaderContext top = searcher.getTopReaderContext();
    Map<Term, TermStates> states = new HashMap<>();
    Map<String, List<Term>> byField = new TreeMap<>();
    for (Term term : occurrences.keySet()) {
      states.put(term, new TermStates(top));
      byField.computeIfAbsent(term.field(), field -> new ArrayList<>()).add(term);
    }
    byField.values().forEach(terms -> terms.sort(null));
    for (LeafReaderContext leaf : top.leaves()) {
      for (Map.Entry<String, List<Term>> field : byField.entrySet()) {
        Terms terms = leaf.reader().terms(field.getKey());
        if (terms == null) {
          continue;
        }
        TermsEnum lookup = terms.iterator();
        for (Term term : field.getValue()) {
          if (lookup.seekExact(term.bytes())) {
            states.get(term).register(lookup.termState(), leaf.ord, lookup.docFreq(),
                lookup.totalTermFreq());
          }
        }
      }
    }
    Map<Subtree, Integer> subtrees = new HashMap<>();
    // BM25's scores scale with the boost exactly; another similarity's may not
    Map<Query, Boolean> scaling = searcher.getSimilarity().getClass() == BM25Similarity.class
        ? new IdentityHashMap<>() : null;
    countSubtrees(query, 1f, subtrees, scaling);
    return new QueryTermStates(states, occurrences, subtrees, scaling);
  }

  /**
   * The key of {@code query}'s clause tree made with {@code boost}; {@code scaling} is null where
   * no subtree's scores may be scaled.
   */
  private static Subtree subtree(BooleanQuery query, float boost, Map<Query, Boolean> scaling) {
    return new Subtree(query, scaling != null && SharedClause.scalesExactly(query, scaling)
        ? SharedClause.significand(boost) : boost);
  }

  /**
   * Counts the boolean subtrees where they score, with the boost {@link ScoredClause#of} gives
   * them; a repeated one's own subtrees only once (they are made once, inside it).
   */
  private static void countSubtrees(Query query, float boost, Map<Subtree, Integer> counts,
      Map<Query, Boolean> scaling) {
    if (query instanceof BoostQuery boosted) {
      countSubtrees(boosted.getQuery(), boosted.getBoost() * boost, counts, scaling);
    } else if (query instanceof BooleanQuery bool) {
      if (counts.merge(subtree(bool, boost, scaling), 1, Integer::sum) > 1) {
        return;
      }
      for (BooleanClause clause : bool.clauses()) {
        if (clause.getOccur() == BooleanClause.Occur.MUST
            || clause.getOccur() == BooleanClause.Occur.SHOULD) {
          countSubtrees(clause.getQuery(), boost, counts, scaling);
        }
      }
    }
  }

  private static void countTerms(Query query, Map<Term, Integer> counts) {
    if (query instanceof BoostQuery boosted) {
      countTerms(boosted.getQuery(), counts);
    } else if (query instanceof BooleanQuery bool) {
      // a filter's terms too: a term a filter and a scored clause both ask for is read once
      for (BooleanClause clause : bool.clauses()) {
        countTerms(clause.getQuery(), counts);
      }
    } else if (query instanceof TermQuery term && term.getTermStates() == null) {
      counts.merge(term.getTerm(), 1, Integer::sum);
    }
  }

  /** The term's states, or null when the query does not ask for it. */
  TermStates of(Term term) {
    return states.get(term);
  }

  /**
   * The clause of a boolean subtree the query scores with {@code boost}: one clause for every
   * use where the query scores that subtree more than once with that boost, or with boosts a
   * power of two apart where its scores scale exactly, which a segment evaluates once ({@link
   * SharedClause}); {@code make} makes it with the boost of its first use.
   */
  ScoredClause clauseOf(BooleanQuery query, float boost, ClauseMaker make) throws IOException {
    Subtree subtree = subtree(query, boost, scaling);
    int uses = subtrees.getOrDefault(subtree, 1);
    if (uses < 2) {
      return make.make();
    }
    SharedClause known = shared.get(subtree);
    if (known == null) {
      known = new SharedClause(make.make(), subtree, uses, boost);
      shared.put(subtree, known);
    }
    return known.withBoost(boost);
  }

  interface ClauseMaker {
    ScoredClause make() throws IOException;
  }

  /** Whether the query asks for the term more than once, scored or not. */
  boolean isRepeated(Term term) {
    return occurrences.getOrDefault(term, 0) > 1;
  }
}
