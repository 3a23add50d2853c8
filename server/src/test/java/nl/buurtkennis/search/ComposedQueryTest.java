package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A query typed with an accent apart from its letter (macOS, text copied from a PDF) or holding
 * soft hyphens finds, names and suggests as the plain spelling does.
 */
class ComposedQueryTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  @Test
  void anAccentTypedApartFindsWhatTheAccentedLetterFinds() {
    SearchResponse plain = search("buurtcoördinator");
    SearchResponse decomposed = search("buurtcoo\u0308rdinator");
    assertTrue(plain.total() > 0);
    assertEquals(ids(plain), ids(decomposed));
    assertEquals(List.of(), decomposed.unmatched());
  }

  @Test
  void softHyphensInAWordAreLeftOut() {
    SearchResponse hyphenated = search("bu\u00ADurt\u00ADpre\u00ADven\u00ADtie");
    assertEquals(ids(search("buurtpreventie")), ids(hyphenated));
    assertEquals(List.of(), hyphenated.unmatched());
  }

  @Test
  void suggestionsAsYouTypeReadTheAccentTypedApart() {
    List<Completion> plain = shipped.service().complete("buurtcoör", "nl", 5);
    assertFalse(plain.isEmpty());
    assertEquals(plain, shipped.service().complete("buurtcoo\u0308r", "nl", 5));
  }

  private static List<String> ids(SearchResponse response) {
    return response.hits().stream().map(hit -> hit.id()).toList();
  }

  private static SearchResponse search(String query) {
    return shipped.service().search(
        new SearchRequest(query, Map.of(), null, null, 1, 10, SortOrder.RELEVANCE, "nl"));
  }
}
