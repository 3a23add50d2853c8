package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An American spelling finds what the corpus' British one finds. */
class AmericanSpellingSearchTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  @Test
  void anAmericanSpellingFindsWhatTheBritishOneFinds() {
    // neighborhood watch found 19 documents and neighbourhood watch 43; organized 12, organised 24
    for (String[] pair : new String[][] {{"neighborhood watch", "neighbourhood watch"},
        {"organized", "organised"}, {"behavior", "behaviour"},
        {"stigmatization", "stigmatisation"}, {"neighbor mediation", "neighbour mediation"},
        {"organization", "organisation"}, {"organizing", "organising"}}) {
      List<String> british = ids(pair[1]);
      assertTrue(british.size() >= 5, pair[1]);
      assertEquals(british, ids(pair[0]), pair[0]);
    }
  }

  /** The snippets mark the British word, and no correction is offered for the American one. */
  @Test
  void anAmericanSpellingMarksWhatTheBritishOneMarksAndIsNoMisspelling() {
    for (String[] pair : new String[][] {{"neighborhood watch", "neighbourhood watch"},
        {"behavior", "behaviour"}, {"favor", "favour"}, {"neighbor mediation",
        "neighbour mediation"}}) {
      SearchResponse american = search(pair[0]);
      assertFalse(american.hits().isEmpty(), pair[0]);
      assertEquals(snippets(search(pair[1])), snippets(american), pair[0]);
      assertTrue(snippets(american).stream().anyMatch(snippet -> snippet.contains("<mark>")),
          pair[0]);
      assertNull(american.suggestion(), pair[0]);
      assertTrue(american.unmatched().isEmpty(), pair[0]);
    }
  }

  private static List<String> snippets(SearchResponse response) {
    return response.hits().stream().map(SearchResponse.Hit::snippet).toList();
  }

  private static List<String> ids(String query) {
    return search(query).hits().stream().map(SearchResponse.Hit::id).toList();
  }

  private static SearchResponse search(String query) {
    return shipped.service().search(new SearchRequest(query, Map.of(), null, null, 1, 100,
        SortOrder.RELEVANCE, "en"));
  }
}
