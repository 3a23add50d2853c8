package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.buurtkennis.index.IndexSchema;
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

  /** What explain says a compound is searched as is what it is searched as: no mede, no anti. */
  @Test
  void explainListsThePartsSearched() {
    assertEquals(List.of(), explained("medebewoners").compoundParts());
    assertEquals(List.of("antiinbraakstrip = inbraak + strip"),
        explained("antiinbraakstrip").compoundParts());
    assertEquals(List.of("medeburgers = burgers"), explained("medeburgers").compoundParts());
  }

  /**
   * Such a word typed apart from the word after it is read as the two joined by a hyphen: the
   * index holds no terug or samen of terugkoppeling and samenwerking, so terug koppeling found
   * them only as two words anywhere in a text.
   */
  @Test
  void aBoundWordTypedApartIsReadJoinedToTheNext() {
    assertEquals(ids("terug-koppeling"), ids("terug koppeling"));
    assertEquals(ids("terug-koppelen"), ids("terug koppelen"));
    assertEquals(ids("samen-werken"), ids("samen werken"));
    assertEquals(ids("politie samen-werken"), ids("politie samen werken"));
    // a text holds buren, not tussenburen, which a search would find by buren alone
    WrittenForms forms = new WrittenForms(IndexSchema.queryAnalyzer());
    for (String query : List.of("geschillen tussen buren", "contact tussen bewoners en politie",
        "Samen woninginbraak voorkomen")) {
      assertEquals(query, shipped.index().withView(view -> forms.read(query, view)));
    }
  }

  private static List<String> ids(String query) {
    return shipped.service().search(new SearchRequest(query, Map.of(), null, null, 1, 50,
        SortOrder.RELEVANCE, "nl")).hits().stream().map(SearchResponse.Hit::id).toList();
  }

  private static HitExplanation explained(String query) {
    SearchResponse response = shipped.service().search(new SearchRequest(query, Map.of(), null,
        null, 1, 10, SortOrder.RELEVANCE, "nl", true));
    assertFalse(response.hits().isEmpty(), query);
    return response.hits().get(0).explain();
  }
}
