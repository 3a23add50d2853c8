package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        {"stigmatization", "stigmatisation"}}) {
      List<String> british = ids(pair[1]);
      assertTrue(british.size() >= 5, pair[1]);
      assertEquals(british, ids(pair[0]), pair[0]);
    }
  }

  private static List<String> ids(String query) {
    return shipped.service().search(new SearchRequest(query, Map.of(), null, null, 1, 100,
        SortOrder.RELEVANCE, "en")).hits().stream().map(SearchResponse.Hit::id).toList();
  }
}
