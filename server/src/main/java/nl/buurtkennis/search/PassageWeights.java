package nl.buurtkennis.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;

/**
 * What each match of a passage query weighs when passages are compared: the words as typed 1, and
 * what the query weighs down (a translation, another name of a glossary word: {@link
 * UserQueryParser#TRANSLATION_WEIGHT}; a concept's name: {@link UserQueryParser#NAME_IN_PASSAGE})
 * that much less, so that a passage with the typed words wins over one with more of the names.
 * A boost above 1 is a field's weight (a summary's 2), the same for every word of the field, and
 * passages are compared within one field. A match is known by its term as the highlighter names
 * it ({@link org.apache.lucene.search.uhighlight.Passage#getMatchTerms}: a phrase's terms joined
 * by spaces, each term of an {@link IntervalQuery} alone, a compound's parts found together,
 * which share the compound's weight); a term the query holds twice weighs as the heavier, and one
 * not known (a prefix's words) as a typed word.
 */
final class PassageWeights {
  private final Map<String, Map<BytesRef, Float>> byField = new HashMap<>();

  private PassageWeights() {}

  /** The weights of the matches of {@code query}, the highlighter's query. */
  static PassageWeights of(Query query) {
    PassageWeights weights = new PassageWeights();
    weights.add(query, 1f);
    return weights;
  }

  /** The weights of the matches in {@code field}, by term. */
  Map<BytesRef, Float> in(String field) {
    return byField.getOrDefault(field, Map.of());
  }

  private void add(Query query, float weight) {
    if (query instanceof BoostQuery boosted) {
      add(boosted.getQuery(), boosted.getBoost() < 1f ? weight * boosted.getBoost() : weight);
    } else if (query instanceof BooleanQuery bool) {
      for (BooleanClause clause : bool.clauses()) {
        if (clause.getOccur() != BooleanClause.Occur.MUST_NOT) {
          add(clause.getQuery(), weight);
        }
      }
    } else {
      List<Term> terms = terms(query);
      if (terms.isEmpty()) {
        return;
      }
      if (query instanceof IntervalQuery) {
        // A compound's parts found together are one word found: they share its weight.
        float share = weight / new HashSet<>(terms).size();
        terms.forEach(term -> put(term.field(), term.bytes(), share));
      } else {
        BytesRefBuilder joined = new BytesRefBuilder();
        for (Term term : terms) {
          if (joined.length() > 0) {
            joined.append((byte) ' ');
          }
          joined.append(term.bytes());
        }
        put(terms.get(0).field(), joined.toBytesRef(), weight);
      }
    }
  }

  private void put(String field, BytesRef term, float weight) {
    byField.computeIfAbsent(field, f -> new HashMap<>()).merge(BytesRef.deepCopyOf(term), weight,
        Math::max);
  }

  /** The terms of a query in the order Lucene's highlighter joins them into a match's term. */
  private static List<Term> terms(Query query) {
    List<Term> terms = new ArrayList<>();
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query parent, Term... consumed) {
        terms.addAll(List.of(consumed));
      }
    });
    return terms;
  }
}
