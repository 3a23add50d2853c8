package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code hang- en sluitwerk}, a name of preventive behaviour, is searched as {@code hangwerk en
 * sluitwerk}, as the texts that write it are read: the bare {@code hang} matched {@code hangt}
 * and the part of {@code hangjongeren}.
 */
class SuspendedCompoundSearchTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  @Test
  void aSuspendedCompoundIsSearchedAsItsCompletedWord() {
    assertEquals(ids(search("hangwerk en sluitwerk", Map.of())),
        ids(search("hang- en sluitwerk", Map.of())));
  }

  @Test
  void itFindsTheTextThatWritesItAndNamesItsConcept() {
    SearchResponse response = search("hang- en sluitwerk", Map.of());
    SearchResponse.Hit first = response.hits().get(0);
    assertEquals("burenhulp-bij-inbraakpreventie", first.id());
    assertTrue(first.snippet().contains("<mark>hang- en sluitwerk</mark>"), first.snippet());
    List<String> tagged = ids(search("",
        Map.of("benefit", List.of("preventive-behaviour"))));
    assertTrue(ids(response).containsAll(tagged), ids(response).toString());
  }

  private static SearchResponse search(String query, Map<String, List<String>> filters) {
    return shipped.service().search(new SearchRequest(query, filters, null, null, 1, 100,
        SortOrder.RELEVANCE, "nl"));
  }

  private static List<String> ids(SearchResponse response) {
    return response.hits().stream().map(SearchResponse.Hit::id).toList();
  }
}
