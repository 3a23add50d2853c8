package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two Dutch words typed apart that a text writes as one rank that text higher, as Dutch writes a
 * compound as one word: {@code burger net} is {@code Burgernet}.
 */
class JoinedNeighboursTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  @Test
  void wordsTypedApartRankTheTextThatWritesThemAsOneFirst() {
    assertEquals("burgernet", ids("burger net").get(0));
    assertEquals("burgernet", ids("Burger net?").get(0), "punctuation joins no less");
    assertEquals("buurtbemiddeling", ids("buurt bemiddeling").get(0));
  }

  /** burgerwachten is a plural, not "burgerwacht en"; the search finds the same either way. */
  @Test
  void aStopWordIsNoPartOfACompound() {
    List<String> question = ids("burgerwacht en buurtpreventie");
    List<String> withOf = ids("burgerwacht of buurtpreventie");
    assertTrue(question.indexOf("burgerwacht") >= 0);
    assertEquals(question, withOf, "en joins nothing, as of joins nothing");
  }

  private static List<String> ids(String query) {
    return shipped.service().search(request(query)).hits().stream().map(hit -> hit.id()).toList();
  }

  private static SearchRequest request(String query) {
    return new SearchRequest(query, Map.of(), null, null, 1, 10, SortOrder.RELEVANCE, "nl");
  }
}
