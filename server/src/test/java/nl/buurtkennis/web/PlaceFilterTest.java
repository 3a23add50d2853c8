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
  void aPlaceWithOtherWhiteSpaceIsThePlaceWithOneSpaceOnEveryRoute() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode plain = JSON.readTree(client.get("/api/search?place=Den%20Haag").body().string());
      assertEquals(1, plain.get("total").asLong());
      String csv = client.get("/api/export?format=csv&place=Den%20Haag").body().string();
      // A no-break space, a narrow one, spaces around and doubled, a tab, an ideographic space.
      for (String asked : List.of("Den%C2%A0Haag", "den%E2%80%AFhaag", "%20Den%20%20Haag%20",
          "Den%09Haag", "%C2%A0Den%E3%80%80Haag%C2%A0")) {
        JsonNode answer = JSON.readTree(client.get("/api/search?place=" + asked).body().string());
        assertEquals(plain.get("total"), answer.get("total"), asked);
        assertEquals(plain.get("hits"), answer.get("hits"), asked);
        assertEquals(plain.get("facets"), answer.get("facets"), asked);
        assertEquals(csv, client.get("/api/export?format=csv&place=" + asked).body().string(),
            asked);
        for (String route : List.of("/api/map?place=", "/feed?place=", "/map?place=")) {
          assertEquals(200, client.get(route + asked).code(), route + asked);
        }
        Response page = client.get("/?q=&place=" + asked);
        assertEquals(200, page.code(), asked);
        assertTrue(page.body().string().contains("name=\"place\" value=\"Den Haag\" checked"),
            asked);
      }
      assertEquals(2, JSON.readTree(client.get("/api/search?place=%C2%A0&place=Rotterdam")
          .body().string()).get("total").asLong(), "a value of white space alone is none");
    });
  }

  @Test
  void aFacetValueWithOtherWhiteSpaceIsTheValue() {
    JavalinTest.test(app(), (server, client) -> {
      for (String facet : List.of("type=policy", "language=nl", "form=public-space",
          "evidence=before-after")) {
        String[] pair = facet.split("=");
        JsonNode plain = JSON.readTree(client.get("/api/search?" + facet).body().string());
        assertTrue(plain.get("total").asLong() > 0, facet);
        for (String asked : List.of(pair[1] + "%C2%A0", "%E2%80%AF" + pair[1] + "%20%20")) {
          Response response = client.get("/api/search?" + pair[0] + "=" + asked);
          assertEquals(200, response.code(), facet + " " + asked);
          assertEquals(plain.get("hits"), JSON.readTree(response.body().string()).get("hits"),
              facet + " " + asked);
        }
      }
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
