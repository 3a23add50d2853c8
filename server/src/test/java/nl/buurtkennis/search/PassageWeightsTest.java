package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** What a match weighs in a passage: what the query weighs down, not a field's weight. */
class PassageWeightsTest {
  @Test
  void aTranslationAndAConceptsNameWeighLessThanATypedWordInEveryField() {
    Query typed = new BooleanQuery.Builder()
        .add(term("body_nl", "politie"), Occur.SHOULD)
        .add(new BoostQuery(term("summary_nl", "politie"), 2f), Occur.SHOULD).build();
    Query translated = new BoostQuery(new BooleanQuery.Builder()
        .add(term("body_nl", "vertrouw"), Occur.SHOULD)
        .add(new BoostQuery(term("summary_nl", "vertrouw"), 2f), Occur.SHOULD).build(),
        UserQueryParser.TRANSLATION_WEIGHT);
    Query names = new BoostQuery(new BooleanQuery.Builder()
        .add(new PhraseQuery("body_nl", "vertrouw", "politie"), Occur.SHOULD)
        .add(term("body_nl", "politie"), Occur.SHOULD)
        .add(term("body_nl", "toezicht"), Occur.SHOULD).build(),
        UserQueryParser.NAME_IN_PASSAGE);
    Query query = new BooleanQuery.Builder()
        .add(typed, Occur.SHOULD).add(translated, Occur.SHOULD).add(names, Occur.SHOULD)
        .add(term("body_nl", "onveilig"), Occur.MUST_NOT).build();
    PassageWeights weights = PassageWeights.of(query);
    assertEquals(Map.of(new BytesRef("politie"), 1f, new BytesRef("vertrouw"), 0.5f,
        new BytesRef("vertrouw politie"), 0.25f, new BytesRef("toezicht"), 0.25f),
        weights.in("body_nl"));
    assertEquals(Map.of(new BytesRef("politie"), 1f, new BytesRef("vertrouw"), 0.5f),
        weights.in("summary_nl"));
  }

  @Test
  void aCompoundsPartsFoundTogetherShareItsWeight() {
    BooleanQuery allParts = new BooleanQuery.Builder()
        .add(new BooleanQuery.Builder()
            .add(term("body_nl", "wijk"), Occur.MUST)
            .add(term("body_nl", "agent"), Occur.MUST).build(), Occur.SHOULD)
        .build();
    Query query = new BooleanQuery.Builder()
        .add(term("body_nl", "wijkagent"), Occur.SHOULD)
        .add(PartsTogether.of(allParts), Occur.SHOULD).build();
    assertEquals(Map.of(new BytesRef("wijkagent"), 1f, new BytesRef("wijk"), 0.5f,
        new BytesRef("agent"), 0.5f), PassageWeights.of(query).in("body_nl"));
  }

  private static Query term(String field, String word) {
    return new TermQuery(new Term(field, word));
  }
}
