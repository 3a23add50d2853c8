package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.buurtkennis.eval.JudgedSet;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.testing.TempCorpus;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Repeated clauses are merged in the query's order, not left to Lucene's rewrite, which merges
 * them in hash order, drawn anew in each JVM: the passage shown for a hit and the last bits of its
 * score changed from one run to the next.
 */
class RepeatedClausesTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  @Test
  void noRankingQueryOfTheJudgedSetRepeatsAClause() throws Exception {
    List<String> texts = new ArrayList<>();
    JudgedSet.load(TempCorpus.shippedCorpus().resolveSibling("eval")).queries()
        .forEach(query -> texts.add(query.text()));
    texts.addAll(List.of("vakartikel burenconflict", "hennepteelt conflictbemiddeling",
        "burenruzie", "neighbour dispute"));
    UserQueryParser parser =
        new UserQueryParser(IndexSchema.queryAnalyzer(), SearchSettings.DEFAULT);
    List<String> repeated = shipped.index().withView(view -> {
      List<String> found = new ArrayList<>();
      for (String text : texts) {
        Query ranking = parser.parse(text, view);
        repeatedIn(ranking, text, found);
      }
      return found;
    });
    assertEquals(List.of(), repeated);
  }

  @Test
  void mergesRepeatsWhereTheFirstStoodWithTheSumOfTheirBoosts() {
    Query a = term("a");
    Query b = term("b");
    Query c = term("c");
    BooleanQuery query = new BooleanQuery.Builder()
        .add(a, Occur.SHOULD)
        .add(new BoostQuery(b, 2f), Occur.SHOULD)
        .add(c, Occur.MUST)
        .add(new BoostQuery(a, 0.5f), Occur.SHOULD)
        .add(term("d"), Occur.MUST_NOT)
        .add(c, Occur.MUST)
        .add(b, Occur.SHOULD)
        .build();
    BooleanQuery expected = new BooleanQuery.Builder()
        .add(new BoostQuery(a, 1.5f), Occur.SHOULD)
        .add(new BoostQuery(b, 3f), Occur.SHOULD)
        .add(new BoostQuery(c, 2f), Occur.MUST)
        .add(term("d"), Occur.MUST_NOT)
        .build();
    assertEquals(expected.clauses(), ((BooleanQuery) RepeatedClauses.merged(query)).clauses());
  }

  @Test
  void leavesAQueryWithoutRepeatsAsItIs() {
    Query query = new BooleanQuery.Builder()
        .add(new BoostQuery(new BoostQuery(term("a"), 2f), 0.25f), Occur.SHOULD)
        .add(term("b"), Occur.SHOULD)
        .setMinimumNumberShouldMatch(2)
        .add(term("b"), Occur.SHOULD)
        .build();
    assertSame(query, RepeatedClauses.merged(query));
  }

  private static Query term(String word) {
    return new TermQuery(new Term("body_nl", word));
  }

  private static void repeatedIn(Query query, String where, List<String> found) {
    if (query instanceof BoostQuery boosted) {
      repeatedIn(boosted.getQuery(), where, found);
    } else if (query instanceof DisjunctionMaxQuery max) {
      max.getDisjuncts().forEach(disjunct -> repeatedIn(disjunct, where, found));
    } else if (query instanceof BooleanQuery bool) {
      Set<BooleanClause> seen = new HashSet<>();
      for (BooleanClause clause : bool.clauses()) {
        if (!seen.add(clause)) {
          found.add(where + ": " + clause);
        }
        repeatedIn(clause.getQuery(), where, found);
      }
    }
  }
}
