package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.util.ArrayList;
import java.util.List;
import nl.buurtkennis.search.TestIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A place is a name people type: {@code place=rotterdam} selects the documents' Rotterdam, and the
 * facet, the page's links and the exports name it as the documents spell it; a place no document
 * has is a 400, as an unknown concept is.
 */
class PlaceFilterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  @Test
  void aPlaceIsMatchedWhateverItsCaseAndNamedAsTheDocumentsSpellIt() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode exact = JSON.readTree(client.get("/api/search?place=Rotterdam").body().string());
      assertEquals(2, exact.get("total").asLong());
      for (String asked : List.of("rotterdam", "ROTTERDAM", "rotterdam&place=Rotterdam")) {
        JsonNode answer = JSON.readTree(client.get("/api/search?place=" + asked).body().string());
        assertEquals(exact.get("total"), answer.get("total"), asked);
        assertEquals(exact.get("hits"), answer.get("hits"), asked);
        assertEquals(exact.get("facets"), answer.get("facets"), asked);
        List<String> places = new ArrayList<>();
        answer.get("facets").get("place").forEach(p -> places.add(p.get("id").asText()
            + (p.get("selected").asBoolean() ? "*" : "") + p.get("count").asLong()));
        assertTrue(places.contains("Rotterdam*2"), places.toString());
        assertFalse(places.stream().anyMatch(p -> p.startsWith("rotterdam")), places.toString());
      }
      assertEquals(1, JSON.readTree(client.get("/api/search?place=den%20haag").body().string())
          .get("total").asLong());
      assertEquals(client.get("/api/export?format=csv&place=Rotterdam").body().string()
          .lines().count(), client.get("/api/export?format=csv&place=rotterdam").body().string()
          .lines().count());
      assertEquals(200, client.get("/api/map?place=rotterdam").code());
    });
  }

  @Test
  void thePageTicksAndRemovesThePlaceAsTheDocumentsSpellIt() {
    JavalinTest.test(app(), (server, client) -> {
      Response response = client.get("/?place=rotterdam&q=");
      assertEquals(200, response.code());
      String page = response.body().string();
      assertTrue(page.contains("name=\"place\" value=\"Rotterdam\" checked"), page);
      assertFalse(page.contains("value=\"rotterdam\""), page);
      assertTrue(page.contains("<ul class=\"active\""), "the place is an active filter");
      assertFalse(page.substring(page.indexOf("<ul class=\"active\"")).split("</ul>")[0]
          .contains("place="), "its link removes it");
    });
  }

  @Test
  void aPlaceNoDocumentHasIsA400AsAnUnknownConceptIs() {
    JavalinTest.test(app(), (server, client) -> {
      for (String path : List.of("/api/search?place=Atlantis",
          "/api/search?place=Rotterdam&place=Atlantis", "/api/export?format=ris&place=Atlantis",
          "/api/map?place=Atlantis", "/feed?place=Atlantis")) {
        Response response = client.get(path);
        assertEquals(400, response.code(), path);
        if (path.startsWith("/api/")) {
          JsonNode error = JSON.readTree(response.body().string());
          assertEquals("unknown_facet_value", error.get("error").asText(), path);
          assertEquals("place", error.get("parameter").asText(), path);
        }
      }
      Response dutch = client.get("/?place=Atlantis");
      assertEquals(400, dutch.code());
      assertTrue(dutch.body().string()
          .contains("Ongeldige zoekopdracht (Plaats): geen document heeft deze plaats."));
      assertTrue(client.get("/?place=Atlantis&lang=en").body().string()
          .contains("Invalid search (Place): no document has this place."));
      assertEquals(400, client.get("/map?place=Atlantis").code());
    });
  }

  private static Javalin app() {
    return WebApp.create(UnhurriedSearch.of(fixture.index()));
  }
}
