package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import nl.buurtkennis.index.IndexSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Punctuation that the parser does not read as an operator, a question mark or a title's
 * brackets, ranks as the words alone would: the bonus for words close together still counts, and
 * a prefix stays a prefix. A symbol or an emoji is punctuation too.
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

  @Test
  void aSymbolOrEmojiChangesNoAnswer() {
    List<String> symbols = List.of("©", "™", "®", "★", "🚓", "👮", "👮\u200d♀️", "👍🏽", "❤️");
    for (String query : List.of("politie", "buurtpreventie", "vertrouwen in de politie",
        "\"buurt preventie\" whatsapp", "police zebra", "the politie")) {
      List<Object> answer = answer(query);
      for (String symbol : symbols) {
        assertEquals(answer, answer(query + " " + symbol), query + " " + symbol);
        assertEquals(answer, answer(symbol + query), symbol + query);
      }
    }
    assertEquals(answer("\"buurt preventie\""), answer("\"buurt © preventie\""));
    assertEquals(answer("politie -wiet"), answer("politie -wiet -©"));
    assertEquals(List.of(45L), answer("politie").subList(0, 1), "the shipped corpus");
    assertEquals(List.of(21L), answer("buurtpreventie").subList(0, 1), "the shipped corpus");
  }

  @Test
  void aWordNoTextHoldsIsLeftOutThoughPunctuationGluesItToAnother() {
    // whatsapp(zebra) found nothing where whatsapp zebra found 5: the glued word was required
    for (String[] pair : List.of(new String[] {"whatsapp(zebra)", "whatsapp zebra"},
        new String[] {"politie/zebra", "politie zebra"}, new String[] {"alert(1)", "alert 1"},
        new String[] {"police,zebra", "police zebra"}, new String[] {"politie~2", "politie 2"})) {
      assertEquals(answer(pair[1]), answer(pair[0]), pair[0]);
    }
    assertFalse(ids("whatsapp(zebra)").isEmpty());
    assertEquals(ids("wiet"), ids("(zebra | wiet)"));
    // a prefix holds no word of its own, and what a removed word leaves is no exclusion
    for (String[] pair : List.of(new String[] {"wijk* zebra", "wijk*"},
        new String[] {"wijk*/zebra", "wijk*"}, new String[] {"politie* zebra", "politie*"},
        new String[] {"zebra-politie", "politie"},
        new String[] {"giraffe-zebra-politie", "politie"})) {
      assertEquals(answer(pair[1]).subList(0, 2), answer(pair[0]).subList(0, 2), pair[0]);
    }
  }

  @Test
  void aPrefixThatStartsNoWordIsLeftOutAndNamed() {
    // politie zebra* required zebra*, so only the translations of politie found documents
    assertEquals(answer("politie zebra").subList(0, 2), answer("politie zebra*").subList(0, 2));
    assertEquals(List.of("zebra*"), answer("politie zebra*").get(2));
    assertEquals(List.of(), answer("politie wijk*").get(2), "a prefix that starts words");
    assertEquals(0L, answer("zebra*").get(0));
  }

  @Test
  void theSOfAnApostropheIsNoWordToFind() {
    // the words naming the concept of risico's were searched as risico and s, and the s marked
    // in 's avonds
    SearchResponse response = shipped.service().search(new SearchRequest(
        "risico's burgerwacht", Map.of(), null, null, 1, 100, SortOrder.RELEVANCE, "nl"));
    assertFalse(response.hits().isEmpty());
    for (SearchResponse.Hit hit : response.hits()) {
      assertFalse(String.valueOf(hit.snippet()).contains("<mark>s</mark>"), hit.id());
    }
    UserQueryParser parser =
        new UserQueryParser(IndexSchema.queryAnalyzer(), SearchSettings.DEFAULT);
    shipped.index().withView(view -> {
      assertFalse(parser.parse("risico's burgerwacht", view).toString().contains("body_nl:s "));
      return null;
    });
  }

  @Test
  void aSymbolIsNotSearched() {
    UserQueryParser parser =
        new UserQueryParser(IndexSchema.queryAnalyzer(), SearchSettings.DEFAULT);
    shipped.index().withView(view -> {
      for (String query : List.of("politie", "buurtpreventie", "vertrouwen in de politie")) {
        assertEquals(parser.parse(query, view), parser.parse(query + " ©", view), query);
        assertEquals(parser.parse(query, view), parser.parse(query + " 🚓", view), query);
      }
      return null;
    });
  }

  @Test
  void symbolsAloneAskForNothing() {
    List<Object> nothing = answer("-");
    assertEquals(List.of(0L, List.of(), List.of(), List.of(), true), nothing);
    for (String query : List.of("🚓", "© ™", "-©", "-🚓", "NOT ★", "\"©\"")) {
      assertEquals(nothing, answer(query), query);
    }
    assertEquals(answer("the"), answer("© the"));
    assertEquals(answer("the -wiet"), answer("the -wiet ™"));
  }

  /** What an answer says: total, every hit in order, unmatched, stop words, nothing searched. */
  private static List<Object> answer(String query) {
    SearchResponse response = shipped.service().search(new SearchRequest(query, Map.of(), null, null, 1,
        100, SortOrder.RELEVANCE, "nl"));
    return List.of(response.total(), response.hits().stream().map(SearchResponse.Hit::id).toList(),
        response.unmatched(), response.stopWords(), response.nothingSearched());
  }

  private static List<String> ids(String query) {
    return shipped.service().search(new SearchRequest(query, Map.of(), null, null, 1, 10,
        SortOrder.RELEVANCE, "nl")).hits().stream().map(SearchResponse.Hit::id).toList();
  }
}
