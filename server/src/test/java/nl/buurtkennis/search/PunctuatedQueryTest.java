package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Punctuation that the parser does not read as an operator, a question mark or a title's
 * brackets, ranks as the words alone would: the bonus for words close together still counts, and
 * a prefix stays a prefix.
 */
class PunctuatedQueryTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  @Test
  void aQuestionMarkChangesNoRanking() {
    for (String question : List.of("wat werkt tegen inbraken", "vertrouwen in de politie",
        "does neighbourhood watch reduce burglary")) {
      assertEquals(ids(question), ids(question + "?"), question);
      assertEquals(ids(question), ids(question.replaceFirst(" ", ": ")), question);
    }
  }

  @Test
  void punctuationAfterAPrefixKeepsThePrefix() {
    List<String> prefix = ids("bemidd*");
    assertFalse(prefix.isEmpty());
    for (String typed : List.of("bemidd*?", "bemidd*.", "bemidd*,", "bemidd*:", "bemidd*!")) {
      assertEquals(prefix, ids(typed), typed);
    }
    assertEquals(ids("wat is bemidd*"), ids("wat is bemidd*?"));
  }

  @Test
  void bracketsAroundWordsChangeNoRanking() {
    assertEquals(ids("Text alert SMS-alert"), ids("Text alert (SMS-alert)"));
    assertEquals(ids("vertrouwen politie buurt"), ids("vertrouwen (politie buurt)"));
  }

  @Test
  void aQuoteThatClosesNothingIsNoPhrase() {
    assertEquals(ids("trust"), ids("\"trust"));
    assertEquals(ids("vertrouwen in de politie"), ids("vertrouwen in de \"politie"));
    assertEquals(ids("\"buurt preventie\" whatsapp"),
        ids("\"buurt preventie\" \"whatsapp"));
    SearchResponse response = shipped.service().search(new SearchRequest("\"trust", Map.of(), null,
        null, 1, 10, SortOrder.RELEVANCE, "nl"));
    assertEquals("\"trust", response.query(), "the query is echoed as typed");
    assertEquals(shipped.service().search(new SearchRequest("trust", Map.of(), null, null, 1, 10,
        SortOrder.RELEVANCE, "nl")).total(), response.total());
  }

  private static List<String> ids(String query) {
    return shipped.service().search(new SearchRequest(query, Map.of(), null, null, 1, 10,
        SortOrder.RELEVANCE, "nl")).hits().stream().map(SearchResponse.Hit::id).toList();
  }
}
