package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A hit found through a concept or a translation that the query's other words name is told to
 * lack the word it does not hold: no document on mediation speaks of costs, and
 * {@code kosten buurtbemiddeling} found seven of them without saying so.
 */
class MissingWordsTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  @Test
  void aHitFoundWithoutAWordNamesIt() {
    List<SearchResponse.Hit> hits = hits("kosten buurtbemiddeling", "nl");
    assertFalse(hits.isEmpty());
    for (SearchResponse.Hit hit : hits) {
      assertEquals(List.of("kosten"), hit.missing(), hit.id());
    }
  }

  @Test
  void aHitHoldingEveryWordInSomeFormMissesNone() {
    // buurtpreventie holds wijkagent; a tagged document holds buurtpreventie through its concept
    SearchResponse.Hit first = hits("buurtpreventie wijkagent", "nl").get(0);
    assertEquals(List.of(), first.missing(), first.id());
    SearchResponse.Hit report = hits("Burgernet Buurtpreventie", "nl").stream()
        .filter(hit -> hit.id().equals("burgers-in-veiligheid")).findFirst().orElseThrow();
    assertEquals(List.of(), report.missing());
  }

  @Test
  void theWordIsNamedInLowerCaseOnceAndOnlyWhereAHitLacksIt() {
    List<SearchResponse.Hit> hits = hits("Kosten kosten Buurtbemiddeling", "nl");
    assertEquals(List.of("kosten"), hits.get(0).missing());
    assertTrue(hits("wat weten we over het effect van buurtpreventie op vertrouwen in de politie",
        "nl").stream().anyMatch(hit -> hit.missing().equals(List.of("buurtpreventie"))),
        "a hit on trust in the police that does not speak of buurtpreventie");
  }

  @Test
  void aGlossaryPhraseIsHeldThroughItsTranslationAndNamedWhole() {
    // young alone is no jongeren: the phrase was checked word by word and named "young, people"
    // on the hits that say jongeren
    SearchResponse.Hit youth = hits("young people police", "en").stream()
        .filter(hit -> hit.id().equals("jongeren-en-wijkagent")).findFirst().orElseThrow();
    assertEquals(List.of(), youth.missing());
    SearchResponse.Hit shops = hits("shop owners burglary", "en").stream()
        .filter(hit -> hit.id().equals("keurmerk-veilig-ondernemen")).findFirst().orElseThrow();
    assertEquals(List.of(), shops.missing());
    assertTrue(hits("young people kosten", "en").stream()
        .allMatch(hit -> !hit.missing().contains("young") && !hit.missing().contains("people")));
  }

  /** A symbol, emoji or punctuation is no word: neither missing nor glued to the next word. */
  @Test
  void aSymbolIsNoMissingWord() {
    for (String query : List.of("politie \u00a9", "politie /", "politie \ud83d\ude93")) {
      for (SearchResponse.Hit hit : hits(query, "nl")) {
        assertEquals(List.of(), hit.missing(), query + ": " + hit.id());
      }
    }
    List<SearchResponse.Hit> plain = hits("kosten buurtbemiddeling", "nl");
    List<SearchResponse.Hit> withSymbol = hits("kosten \u2122 buurtbemiddeling", "nl");
    assertEquals(plain.stream().map(SearchResponse.Hit::missing).toList(),
        withSymbol.stream().map(SearchResponse.Hit::missing).toList());
  }

  @Test
  void aSingleWordOrAQueryWithSyntaxNamesNone() {
    for (String query : List.of("kosten", "buurtbemiddeling", "young people",
        "\"kosten\" buurtbemiddeling",
        "kosten | buurtbemiddeling", "buurtbemiddeling -kosten")) {
      for (SearchResponse.Hit hit : hits(query, "nl")) {
        assertEquals(List.of(), hit.missing(), query + ": " + hit.id());
      }
    }
  }

  private static List<SearchResponse.Hit> hits(String query, String language) {
    return shipped.service().search(new SearchRequest(query, Map.of(), null, null, 1, 20,
        SortOrder.RELEVANCE, language)).hits();
  }
}
