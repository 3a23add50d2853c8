package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A query that finds nothing because it holds no word, or only words too common to be searched,
 * says so in its answer.
 */
class QueryWordsTest {
  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();
  private static SearchService service;

  @BeforeAll
  static void open() {
    service = UnhurriedSearch.of(fixture.index());
  }

  @Test
  void aQueryOfStopWordsAloneSearchesNothingAndNamesThem() {
    for (var query : Map.of("the", List.of("the"), "What is", List.of("what", "is"),
        "de het de", List.of("de", "het"), "the -whatsapp", List.of("the"),
        "\"the\"", List.of("the")).entrySet()) {
      SearchResponse response = search(query.getKey());
      assertEquals(0, response.total(), query.getKey());
      assertTrue(response.nothingSearched(), query.getKey());
      assertEquals(query.getValue(), response.stopWords(), query.getKey());
      assertEquals(List.of(), response.unmatched(), query.getKey());
    }
  }

  @Test
  void aQueryOfOperatorsAndPunctuationAloneHoldsNoWord() {
    for (String query : new String[] {"\"", "NOT", "-", "OR", "\"\" -", "?"}) {
      SearchResponse response = search(query);
      assertEquals(0, response.total(), query);
      assertTrue(response.nothingSearched(), query);
      assertEquals(List.of(), response.stopWords(), query);
    }
  }

  @Test
  void aQueryWithAWordToSearchOrOnlyExclusionsSearches() {
    for (String query : new String[] {"", "bewoners", "the bewoners", "-xqzv", "bemidd*",
        "zebra"}) {
      assertFalse(search(query).nothingSearched(), query);
    }
    assertTrue(search("-xqzv").total() > 0, "every document without xqzv");
    assertEquals(List.of("the"), search("the bewoners").stopWords());
    assertFalse(QueryWords.of("the*").nothingSearched(), "a prefix is searched");
  }

  private static SearchResponse search(String query) {
    return service.search(new SearchRequest(query, Map.of(), null, null, 1, 10,
        SortOrder.RELEVANCE, "nl"));
  }
}
