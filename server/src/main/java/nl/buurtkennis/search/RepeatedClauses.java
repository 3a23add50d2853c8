package nl.buurtkennis.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * A query with the repeated scoring clauses of each boolean query merged as Lucene's {@link
 * BooleanQuery#rewrite} merges them (two words naming one concept, two names of a concept that
 * analyse alike): one clause, its boost the sum of theirs. Lucene puts the merged clauses in hash
 * order, which is drawn anew in each JVM; the order of the clauses decides the last bits of a
 * score and, among matches at one place, which passage wins, so that the answer to a query
 * changed from one run of the server to the next. Here each merged clause stands where the first
 * of its repeats stood, and Lucene finds nothing left to merge.
 */
final class RepeatedClauses {
  private RepeatedClauses() {}

  static Query merged(Query query) {
    if (query instanceof BoostQuery boosted) {
      Query inner = merged(boosted.getQuery());
      return inner == boosted.getQuery() ? query : new BoostQuery(inner, boosted.getBoost());
    }
    if (!(query instanceof BooleanQuery bool)) {
      return query;
    }
    List<BooleanClause> clauses = new ArrayList<>();
    boolean changed = false;
    for (BooleanClause clause : bool.clauses()) {
      Query inner = merged(clause.getQuery());
      changed |= inner != clause.getQuery();
      clauses.add(new BooleanClause(inner, clause.getOccur()));
    }
    if (bool.getMinimumNumberShouldMatch() <= 1) {
      changed |= merge(clauses, Occur.SHOULD);
    }
    changed |= merge(clauses, Occur.MUST);
    if (!changed) {
      return query;
    }
    BooleanQuery.Builder rebuilt = new BooleanQuery.Builder()
        .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
    clauses.forEach(rebuilt::add);
    return rebuilt.build();
  }

  /** Merges the repeats among the clauses of {@code occur}; whether there were any. */
  private static boolean merge(List<BooleanClause> clauses, Occur occur) {
    Map<Query, Double> boosts = new LinkedHashMap<>();
    int count = 0;
    for (BooleanClause clause : clauses) {
      if (clause.getOccur() == occur) {
        double boost = 1;
        Query query = clause.getQuery();
        while (query instanceof BoostQuery boosted) {
          boost *= boosted.getBoost();
          query = boosted.getQuery();
        }
        boosts.merge(query, boost, Double::sum);
        count++;
      }
    }
    if (boosts.size() == count) {
      return false;
    }
    List<BooleanClause> kept = new ArrayList<>();
    for (BooleanClause clause : clauses) {
      if (clause.getOccur() != occur) {
        kept.add(clause);
        continue;
      }
      Query query = clause.getQuery();
      while (query instanceof BoostQuery boosted) {
        query = boosted.getQuery();
      }
      Double boost = boosts.remove(query);
      if (boost != null) {
        float summed = boost.floatValue();
        kept.add(new BooleanClause(summed == 1f ? query : new BoostQuery(query, summed), occur));
      }
    }
    clauses.clear();
    clauses.addAll(kept);
    return true;
  }
}
