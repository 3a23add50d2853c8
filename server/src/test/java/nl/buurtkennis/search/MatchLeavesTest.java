package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A compound's parts share the compound's position, so a field's matches may come out of the
 * order of their offsets; the passages are still built, in offset order. With Lucene's own reader
 * of the matches, an assertion failed for these words (tests run with assertions on).
 */
class MatchLeavesTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  @Test
  void compoundsWhosePartsMatchApartGetTheirPassages() {
    for (String query : new String[] {"straatverlichting", "inbraakpreventie"}) {
      SearchResponse found = shipped.service().search(new SearchRequest(query, Map.of(), null,
          null, 1, 10, SortOrder.RELEVANCE, "nl", false));
      assertFalse(found.hits().isEmpty(), query);
      assertTrue(found.hits().stream().anyMatch(hit -> hit.snippet().contains("<mark>")), query);
    }
  }
}
