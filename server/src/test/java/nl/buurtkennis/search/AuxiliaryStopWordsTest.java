package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An English question's auxiliaries ({@code can}, {@code will}) are stop words, as the Dutch ones
 * ({@code kan}, {@code zal}) are: named as such, never missing from a hit, never marked.
 */
class AuxiliaryStopWordsTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  /** The first hit of this query listed can as missing, and snippets marked it. */
  @Test
  void anEnglishAuxiliaryIsAStopWordNeitherMissingNorMarked() {
    for (String query : new String[] {"what can residents do about burglary",
        "how will neighbours help prevent burglaries", "what must residents report"}) {
      assertStopWordNeverMissingNorMarked(query, "en", query.split(" ")[1]);
    }
  }

  @Test
  void aDutchAuxiliaryStaysAStopWord() {
    assertStopWordNeverMissingNorMarked("wat kan de buurt doen tegen inbraak", "nl", "kan");
  }

  private static void assertStopWordNeverMissingNorMarked(String query, String lang,
      String auxiliary) {
    SearchResponse response = shipped.service().search(new SearchRequest(query, Map.of(), null,
        null, 1, 100, SortOrder.RELEVANCE, lang));
    assertFalse(response.hits().isEmpty(), query);
    assertTrue(response.stopWords().contains(auxiliary), response.stopWords().toString());
    for (SearchResponse.Hit hit : response.hits()) {
      assertFalse(hit.missing().contains(auxiliary), hit.id() + " " + hit.missing());
      assertFalse(hit.snippet() != null
          && hit.snippet().toLowerCase(Locale.ROOT).contains(
              "<mark>" + auxiliary + "</mark>"), hit.id() + " " + hit.snippet());
    }
  }
}
