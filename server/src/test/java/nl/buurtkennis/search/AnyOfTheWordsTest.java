package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Plain words that find nothing together but each finds documents: the answer offers the search
 * for any of them instead of an empty page that says nothing of why.
 */
class AnyOfTheWordsTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  @Test
  void wordsThatFindNothingTogetherAreOfferedAsAlternatives() {
    // buurtvaders finds 4 documents, kosten 1 other: together nothing
    SearchResponse response = search("buurtvaders en kosten");
    assertEquals(0, response.total());
    SearchResponse.Suggestion offered = response.suggestion();
    assertEquals("buurtvaders OR kosten", offered.query());
    assertEquals(SearchResponse.Suggestion.ANY_WORD, offered.kind());
    assertEquals(search("buurtvaders | kosten").total(), offered.total());
  }

  @Test
  void aSpellingCorrectionIsNoAlternativeOfWords() {
    SearchResponse.Suggestion corrected = search("olitie").suggestion();
    assertEquals("politie", corrected.query());
    assertEquals(SearchResponse.Suggestion.SPELLING, corrected.kind());
  }

  @Test
  void aQueryWithSyntaxOrAWordThatFindsNothingGetsNoAlternatives() {
    assertNull(search("\"buurtvaders kosten\"").suggestion());
    assertNull(search("buurtvaders -buurtvaders").suggestion());
    assertEquals(List.of(), AnyOfTheWords.of("buurtvaders OR kosten"));
    assertEquals(List.of(), AnyOfTheWords.of("buurt* kosten"));
    assertEquals(List.of("buurtvaders", "kosten"), AnyOfTheWords.of("de buurtvaders en kosten"));
  }

  private static SearchResponse search(String query) {
    return shipped.service().search(new SearchRequest(query, Map.of(), null, null, 1, 10,
        SortOrder.RELEVANCE, "nl"));
  }
}
