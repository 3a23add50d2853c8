package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A word that begins compounds as a prefix does ({@code mede}: co-) is no part a query compound
 * is searched by: {@code medebewoners} ranked the text on an information evening first, which
 * speaks of {@code medewerkers} and never of medebewoners.
 */
class BoundCompoundPartsTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  @Test
  void aPrefixLikeWordIsNoPartOfAQueryCompound() {
    shipped.index().withView(view -> {
      assertEquals(List.of(), QueryCompounds.parts("medebewoners", view.getIndexReader()));
      assertEquals(List.of("buurt", "preventie"),
          QueryCompounds.parts("buurtpreventie", view.getIndexReader()));
      return null;
    });
  }

  @Test
  void medebewonersFindsTheTextsThatSayItFirstAndNotThoseOnMedewerkers() {
    SearchResponse response = shipped.service().search(new SearchRequest("medebewoners",
        Map.of(), null, null, 1, 50, SortOrder.RELEVANCE, "nl"));
    List<String> ids = response.hits().stream().map(SearchResponse.Hit::id).toList();
    Set<String> saying = Set.of("buurt-bestuurt", "buurtvaders", "opzoomeren");
    assertTrue(saying.contains(ids.get(0)), "" + ids);
    // buurtinformatieavond speaks of medewerkers only
    assertTrue(!ids.contains("buurtinformatieavond")
        || ids.indexOf("buurtinformatieavond") > ids.indexOf("opzoomeren"), "" + ids);
  }

  /**
   * Where no text holds such a compound whole, its other part is searched, as the parts reading
   * searches any compound: medeburgers and buitenverlichting found nothing, where they found the
   * texts on burgers and verlichting; binnenstad, listed whole, is read as an unlisted word is,
   * and so as stad.
   */
  @Test
  void aCompoundNoTextHoldsIsSearchedAsThePartLeft() {
    shipped.index().withView(view -> {
      assertEquals(List.of("burgers"), QueryCompounds.parts("medeburgers", view.getIndexReader()));
      assertEquals(List.of("verlichting"),
          QueryCompounds.parts("buitenverlichting", view.getIndexReader()));
      assertEquals(List.of("stad"), QueryCompounds.parts("binnenstad", view.getIndexReader()));
      assertEquals(List.of(), QueryCompounds.parts("samenwerking", view.getIndexReader()),
          "a text holds samenwerking: searched whole");
      return null;
    });
    for (String query : List.of("medeburgers", "buitenverlichting", "terugmeldingen",
        "medebuurtbewoners", "achterpaden")) {
      assertFalse(ids(query).isEmpty(), query);
    }
  }

  private static List<String> ids(String query) {
    return shipped.service().search(new SearchRequest(query, Map.of(), null, null, 1, 50,
        SortOrder.RELEVANCE, "nl")).hits().stream().map(SearchResponse.Hit::id).toList();
  }

}
