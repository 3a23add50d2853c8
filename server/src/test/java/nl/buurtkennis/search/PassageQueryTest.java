package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/** The highlighter's query keeps what searches the shown fields, in the query's shape. */
class PassageQueryTest {
  private static final Set<String> SHOWN = Set.of("body_nl", "summary_nl");

  @Test
  void leavesOutOtherFieldsAndKeepsACompoundsPartsTogether() {
    Query parts = new BooleanQuery.Builder()
        .add(term("body_nl", "buurt"), Occur.MUST).add(term("body_nl", "vader"), Occur.MUST)
        .build();
    Query query = new BooleanQuery.Builder()
        .add(new BoostQuery(term("title_nl", "buurtvader"), 3f), Occur.SHOULD)
        .add(term("body_nl", "buurtvader"), Occur.SHOULD)
        .add(parts, Occur.SHOULD)
        .add(term("keywords_nl", "buurtvader"), Occur.SHOULD)
        .build();
    Query expected = new BooleanQuery.Builder()
        .add(term("body_nl", "buurtvader"), Occur.SHOULD)
        .add(parts, Occur.SHOULD)
        .build();
    assertEquals(expected, PassageQuery.of(query, SHOWN));
  }

  @Test
  void aCompoundsPartsAreSoughtTogetherAndNeverSomeOfThemAlone() {
    Query whole = new BooleanQuery.Builder()
        .add(term("body_nl", "burgernet"), Occur.SHOULD)
        .add(new BoostQuery(term("title_nl", "burgernet"), 3f), Occur.SHOULD).build();
    Query allParts = new BooleanQuery.Builder()
        .add(new BoostQuery(new BooleanQuery.Builder()
            .add(term("body_nl", "burger"), Occur.MUST).add(term("body_nl", "net"), Occur.MUST)
            .build(), 1f), Occur.SHOULD)
        .add(new BoostQuery(new BooleanQuery.Builder()
            .add(term("title_nl", "burger"), Occur.MUST).add(term("title_nl", "net"), Occur.MUST)
            .build(), 3f), Occur.SHOULD)
        .build();
    Query someParts = new BooleanQuery.Builder()
        .add(new BoostQuery(term("body_nl", "net"), 1f), Occur.SHOULD)
        .add(new BoostQuery(term("title_nl", "net"), 3f), Occur.SHOULD).build();
    Query compound = new BooleanQuery.Builder()
        .add(whole, Occur.SHOULD).add(allParts, Occur.SHOULD)
        .add(new BoostQuery(someParts, CompoundAwareParser.SOME_PARTS_WEIGHT), Occur.SHOULD)
        .build();
    IntervalsSource burger = Intervals.term("burger");
    IntervalsSource net = Intervals.term("net");
    Query together = new IntervalQuery("body_nl", Intervals.or(
        Intervals.maxgaps(0, Intervals.unordered(burger, net)),
        Intervals.maxgaps(PartsTogether.GAPS_IN_ORDER, Intervals.ordered(burger, net)),
        Intervals.maxgaps(PartsTogether.MAX_GAPS, Intervals.ordered(net, burger))));
    Query expected = new BooleanQuery.Builder()
        .add(new BooleanQuery.Builder().add(term("body_nl", "burgernet"), Occur.SHOULD).build(),
            Occur.SHOULD)
        .add(new BooleanQuery.Builder().add(together, Occur.SHOULD).build(), Occur.SHOULD)
        .build();
    assertEquals(expected, PassageQuery.of(compound, SHOWN));
  }

  @Test
  void aRequirementTheLeftOutFieldsMayHaveMetBecomesOptional() {
    Query first = new BooleanQuery.Builder()
        .add(term("keywords_nl", "subjectiev"), Occur.SHOULD)
        .add(term("body_nl", "subjectiev"), Occur.SHOULD).build();
    Query second = new BooleanQuery.Builder()
        .add(term("body_nl", "veilig"), Occur.SHOULD).build();
    Query near = new PhraseQuery(4, "body_nl", "subjectiev", "veilig");
    // The bonus for nearness is not shown (theBonusForWordsNearEachOtherIsNotMarked).
    Query query = new BooleanQuery.Builder()
        .add(first, Occur.MUST).add(second, Occur.MUST).add(near, Occur.SHOULD)
        .add(term("body_nl", "onveilig"), Occur.MUST_NOT).build();
    Query expected = new BooleanQuery.Builder()
        .add(new BooleanQuery.Builder().add(term("body_nl", "subjectiev"), Occur.SHOULD).build(),
            Occur.SHOULD)
        .add(second, Occur.MUST)
        .add(term("body_nl", "onveilig"), Occur.MUST_NOT).build();
    assertEquals(expected, PassageQuery.of(query, SHOWN));
  }

  @Test
  void theBonusForWordsNearEachOtherIsNotMarked() {
    Query words = new BooleanQuery.Builder()
        .add(term("body_nl", "vertrouwen"), Occur.MUST).add(term("body_nl", "politie"), Occur.MUST)
        .build();
    Query near = new BooleanQuery.Builder()
        .add(new BoostQuery(new PhraseQuery(4, "body_nl", "vertrouwen", "politie"), 2f),
            Occur.SHOULD)
        .add(new PhraseQuery(4, "summary_nl", "vertrouwen", "politie"), Occur.SHOULD).build();
    Query exact = new PhraseQuery("body_nl", "vertrouwen", "politie");
    Query query = new BooleanQuery.Builder()
        .add(words, Occur.MUST).add(new BoostQuery(near, 0.5f), Occur.SHOULD)
        .add(exact, Occur.SHOULD).build();
    Query expected = new BooleanQuery.Builder()
        .add(words, Occur.MUST).add(exact, Occur.SHOULD).build();
    assertEquals(expected, PassageQuery.of(query, SHOWN));
  }

  @Test
  void anOptionalClauseTheLeftOutFieldsMayHaveMetNoLongerCountsTowardsTheMinimum() {
    Query query = new BooleanQuery.Builder().setMinimumNumberShouldMatch(2)
        .add(term("body_nl", "buurt"), Occur.SHOULD)
        .add(term("concepts_nl", "preventie"), Occur.SHOULD)
        .add(term("summary_nl", "inbraak"), Occur.SHOULD).build();
    Query expected = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1)
        .add(term("body_nl", "buurt"), Occur.SHOULD)
        .add(term("summary_nl", "inbraak"), Occur.SHOULD).build();
    assertEquals(expected, PassageQuery.of(query, SHOWN));
  }

  @Test
  void aQueryOfOtherFieldsOnlyHasNothingToShow() {
    Query query = new BooleanQuery.Builder()
        .add(term("body_en", "watch"), Occur.SHOULD).add(term("title_nl", "wacht"), Occur.SHOULD)
        .build();
    assertNull(PassageQuery.of(query, SHOWN));
  }

  private static Query term(String field, String word) {
    return new TermQuery(new Term(field, word));
  }
}
