package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * How the words that name a concept weigh beside the texts: one word of a name of several words
 * says less than a text holding the word, a document found through a concept ranks by how much it
 * speaks of it, and an operator word is no word of a concept's name.
 */
class ConceptWordsRankingTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  @Test
  void orAndTheBarFindTheSame() {
    // wijkagent OR was read as the run "wijkagent or", a longer name of what wijkagent names,
    // which let every document in through the parts of wijkagent: all 46 against 34
    assertEquals(ids("wijkagent | jongeren", "nl"), ids("wijkagent OR jongeren", "nl"));
    assertEquals(ids("wijkagent", "nl"), ids("wijkagent OR", "nl"));
  }

  private static List<String> ids(String query, String language) {
    SearchResponse response = shipped.service().search(new SearchRequest(query, Map.of(), null,
        null, 1, 100, SortOrder.RELEVANCE, language));
    return response.hits().stream().map(SearchResponse.Hit::id).toList();
  }
}
