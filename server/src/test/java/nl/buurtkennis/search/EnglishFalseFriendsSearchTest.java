package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Dutch analysis, which reads every query in the Dutch fields too, cut {@code evening} into
 * the Dutch {@code even} (just, equally): {@code evening} found the Dutch text on residents'
 * budgets, and its translation, through "niet elke buurt even makkelijk in actie", and marked
 * "even" there. Now the English word stays as it is in the Dutch fields, and is found there as its
 * translation {@code avond}.
 */
class EnglishFalseFriendsSearchTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  @Test
  void eveningIsNoDutchEven() {
    for (String lang : List.of("nl", "en")) {
      for (String query : List.of("evening", "evenings")) {
        List<String> ids = ids(query, lang);
        assertTrue(ids.contains("buurtinformatieavond"), ids.toString());
        assertFalse(ids.contains("bewonersbudget"), query + " " + ids);
        assertFalse(ids.contains("residents-budgets"), query + " " + ids);
      }
    }
  }

  /**
   * A cognate is still read as the Dutch word: Porter reads {@code experimenting} as it reads
   * {@code experiment}, so it finds the Dutch text saying "quasi-experiment", and {@code
   * -experimenting} still leaves it out.
   */
  @Test
  void experimentingIsStillExperiment() {
    assertTrue(ids("experimenting", "nl").contains("buurtpreventie"));
    assertFalse(ids("onderzoek -experimenting", "nl").contains("buurtpreventie"));
  }

  private static List<String> ids(String query, String lang) {
    return shipped.service().search(new SearchRequest(query, Map.of(), null, null, 1, 50,
        SortOrder.RELEVANCE, lang)).hits().stream().map(SearchResponse.Hit::id).toList();
  }
}
