package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.buurtkennis.index.IndexSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A word that no text holds but a concept names ({@code effectiviteit}) does not keep the texts
 * from matching the query's other words: the practice a query names with it still comes first.
 */
class TextlessWordsTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  @Test
  void aPracticeAndAnAspectNamedOnlyByAConceptFindThePracticeFirst() {
    for (String[] query : new String[][] {{"buurtvaders effectiviteit", "buurtvaders"},
        {"Burgernet effectiviteit", "burgernet"}, {"WAAKS effectiviteit", "waaks"},
        {"opzoomeren effectiviteit", "opzoomeren"}}) {
      SearchResponse response = search(query[0]);
      assertEquals(query[1], response.hits().get(0).id(), query[0]);
      assertEquals(List.of(), response.unmatched(), "the concept finds documents: " + query[0]);
    }
  }

  /**
   * Typed apart, a concept's name finds its documents ({@code priva cy}: Privacy); its pieces,
   * which no text holds, were named as finding nothing, so the page said the results came from
   * "the other words".
   */
  @Test
  void piecesOfAConceptNameTypedApartAreNotNamedAsFindingNothing() {
    SearchResponse apart = search("priva cy");
    assertTrue(apart.total() > 0, "the concept Privacy finds its documents");
    assertEquals(List.of(), apart.unmatched());
    assertEquals(List.of("zebra"), search("priva cy zebra").unmatched());
  }

  @Test
  void theWordsAreTextlessOnlyWhereNoTextHoldsThem() {
    TextlessWords textless = new TextlessWords(IndexSchema.queryAnalyzer());
    List<String> found = shipped.index().withView(view -> textless.in(
        "buurtvaders effectiviteit zebra -xqzv bemidd* de", view.getIndexReader(),
        view.textlessWords()));
    assertEquals(List.of("effectiviteit", "zebra"), found);
    assertTrue(search("zebra").unmatched().contains("zebra"));
  }

  @Test
  void aCompoundThatASearchFindsByItsPartsIsNotTextless() {
    TextlessWords textless = new TextlessWords(IndexSchema.queryAnalyzer());
    List<String> found = shipped.index().withView(view -> textless.in(
        "hennepplantage noordwijk wietplantage", view.getIndexReader(), view.textlessWords()));
    assertEquals(List.of("noordwijk", "wietplantage"), found,
        "hennep is in a text; the common wijk alone does not find Noordwijk");
    assertEquals("hennepteelt-melden", search("hennepplantage gemeente").hits().get(0).id());
  }

  @Test
  void aShortWordOrNumberThatFindsNothingIsNamedAndLeftOut() {
    SearchResponse alone = search("alert");
    for (String query : new String[] {"alert 1", "alert 12", "alert x"}) {
      SearchResponse response = search(query);
      String word = query.substring("alert ".length());
      assertEquals(List.of(word), response.unmatched(), query);
      assertEquals(alone.total(), response.total(), query);
      assertEquals(alone.hits().get(0).id(), response.hits().get(0).id(), query);
    }
  }

  private static SearchResponse search(String query) {
    return shipped.service().search(new SearchRequest(query, Map.of(), null, null, 1, 10,
        SortOrder.RELEVANCE, "nl"));
  }
}
