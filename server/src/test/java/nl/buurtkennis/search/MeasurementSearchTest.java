package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Porter's {@code measur} of both {@code measurement} and {@code measures} made "support for
 * measures", a name of policy acceptance, a name of measurement: every document tagged with it was
 * a hit, first, though it says nothing of measuring.
 */
class MeasurementSearchTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  @Test
  void measurementIsNoNameOfPolicyAcceptance() {
    List<String> ids = shipped.service().search(new SearchRequest("measurement", Map.of(), null,
        null, 1, 50, SortOrder.RELEVANCE, "en")).hits().stream().map(SearchResponse.Hit::id)
        .toList();
    assertFalse(ids.isEmpty());
    assertFalse(ids.contains("residents-budgets"), ids.toString());
  }
}
