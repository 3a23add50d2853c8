package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How rare a word counts as: in a kind of text as a whole, not in each of its fields alone. */
class FieldBlendingTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  @Test
  void aDocumentHoldingEveryWordRanksAboveOneWithACommonWordInItsTitle() {
    // Nearly every text holds politie, few titles do; the texts about the police alone (Police
    // Kids, Police App) ranked first, above those about the elderly and the police.
    List<String> elderly = ids("ouderen");
    assertEquals(6, elderly.size(), elderly.toString());
    assertEquals(Set.copyOf(elderly), Set.copyOf(ids("ouderen politie").subList(0, 6)));
  }

  @Test
  void thePassageShownMarksTheWordsAsBefore() {
    // The highlighter's query is cut to the fields shown; a word searched in several fields at
    // once must still be marked there.
    for (String query : List.of("ouderen politie", "buurtpreventie", "neighbourhood watch")) {
      List<SearchResponse.Hit> hits = search(query).hits();
      assertFalse(hits.isEmpty(), query);
      for (SearchResponse.Hit hit : hits.subList(0, Math.min(5, hits.size()))) {
        assertTrue(hit.snippet() != null && hit.snippet().contains("<mark>"),
            query + ": " + hit.id() + " " + hit.snippet());
      }
    }
  }

  private static SearchResponse search(String query) {
    return shipped.service().search(new SearchRequest(query, Map.of(), null, null, 1, 20,
        SortOrder.RELEVANCE, "nl"));
  }

  private static List<String> ids(String query) {
    return shipped.service().search(new SearchRequest(query, Map.of(), null, null, 1, 20,
        SortOrder.RELEVANCE, "nl")).hits().stream().map(SearchResponse.Hit::id).toList();
  }
}
