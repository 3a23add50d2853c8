package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A word with hyphens is read as its parts: stop words among them are dropped as they are written
 * apart, and one that finds nothing is named as unmatched and left out, as a word no text holds
 * is; never a page that is empty without a word of why.
 */
class HyphenatedStopWordsTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  /**
   * These found nothing and named nothing: the parts written as one (beforeandafter, todo) were
   * required, and no text holds them. Before-and-after measurement is the taxonomy's own label.
   */
  @Test
  void aWordOfStopWordsOnlyIsDroppedAsItsPartsWrittenApartAre() {
    assertFindsAsApart("before-and-after measurement", "en", "before-and-after");
    assertFindsAsApart("Before-and-after measurement", "en", "before-and-after");
    assertFindsAsApart("and-or contact", "en", "and-or");
    assertFindsAsApart("to-do list", "en", "to-do");
    assertFindsAsApart("in-en-om het huis", "nl", "in-en-om");
  }

  /** The hits listed before-and-after as missing, while stop words named its parts. */
  @Test
  void aWordOfStopWordsOnlyIsNeverMissingFromAHit() {
    SearchResponse response = search("before-and-after study", "en");
    assertFalse(response.hits().isEmpty());
    for (SearchResponse.Hit hit : response.hits()) {
      assertFalse(hit.missing().contains("before-and-after"), hit.id() + " " + hit.missing());
    }
  }

  /** No text holds face to face next to each other: the query found nothing, and said nothing. */
  @Test
  void aWordWithHyphensThatFindsNothingIsUnmatchedAndLeftOut() {
    for (String word : List.of("face-to-face", "one-to-one")) {
      SearchResponse response = search(word + " contact", "en");
      assertEquals(List.of(word), response.unmatched(), word);
      assertEquals(search("contact", "en").total(), response.total(), word);
    }
    SearchResponse alone = search("door-to-door", "en");
    assertEquals(List.of("door-to-door"), alone.unmatched());
    assertEquals(0, alone.total());
  }

  @Test
  void aWordWithHyphensThatFindsSomethingIsSearched() {
    SearchResponse response = search("huis-aan-huisbrief", "nl");
    assertTrue(response.unmatched().isEmpty(), response.unmatched().toString());
    assertTrue(response.total() > 0);
    assertEquals(List.of("aan"), response.stopWords());
  }

  private static void assertFindsAsApart(String query, String lang, String hyphenated) {
    SearchResponse response = search(query, lang);
    SearchResponse apart = search(query.replace('-', ' '), lang);
    assertTrue(response.total() > 0, query);
    assertEquals(ids(apart), ids(response), query);
    assertTrue(response.unmatched().isEmpty(), query + " " + response.unmatched());
    assertTrue(response.stopWords().containsAll(List.of(hyphenated.split("-"))),
        query + " " + response.stopWords());
    for (SearchResponse.Hit hit : response.hits()) {
      assertFalse(hit.missing().contains(hyphenated), hit.id() + " " + hit.missing());
    }
  }

  private static List<String> ids(SearchResponse response) {
    return response.hits().stream().map(SearchResponse.Hit::id).toList();
  }

  private static SearchResponse search(String query, String lang) {
    return shipped.service().search(new SearchRequest(query, Map.of(), null, null, 1, 100,
        SortOrder.RELEVANCE, lang));
  }
}
