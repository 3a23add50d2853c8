package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.util.List;
import nl.buurtkennis.search.TestIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The API can be found from the pages, answers JSON everywhere under /api, and icons exist. */
class DiscoverabilityTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  @Test
  void everythingUnderApiAnswersJson() {
    JavalinTest.test(app(), (server, client) -> {
      for (String path : List.of("/api", "/api/", "/api/nothing", "/api?lang=en")) {
        Response response = client.get(path);
        assertEquals(404, response.code(), path);
        assertTrue(response.headers().get("Content-Type").get(0).startsWith("application/json"),
            path);
        JsonNode error = JSON.readTree(response.body().string());
        assertEquals("not_found", error.get("error").asText(), path);
        assertTrue(error.get("message").asText().contains("/openapi.json"), path);
      }
      Response posted = client.post("/api", "");
      assertTrue(posted.headers().get("Content-Type").get(0).startsWith("application/json"));
    });
  }

  @Test
  void everyPageLinksTheApiDescriptionAndTheIcon() {
    JavalinTest.test(app(), (server, client) -> {
      for (String path : List.of("/", "/vocabulary", "/map", "/documents/nl-preventie",
          "/no/such/page")) {
        String dutch = client.get(path).body().string();
        assertTrue(dutch.contains("<a href=\"/openapi.json\">"
            + "De JSON-API, beschreven in OpenAPI"), path);
        assertTrue(dutch.contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">"),
            path);
        String english = client.get(path + "?lang=en").body().string();
        assertTrue(english.contains(">The JSON API, described in OpenAPI</a>"), path);
      }
    });
  }

  @Test
  void theIconIsServedAndFaviconIcoIsNoError() {
    JavalinTest.test(app(), (server, client) -> {
      Response svg = client.get("/favicon.svg");
      assertEquals(200, svg.code());
      assertEquals("image/svg+xml", svg.headers().get("Content-Type").get(0));
      assertTrue(svg.body().string().startsWith("<svg"));
      Response ico = client.get("/favicon.ico");
      assertEquals(204, ico.code());
      assertEquals("", ico.body().string());
    });
  }

  private static Javalin app() {
    return WebApp.create(UnhurriedSearch.of(fixture.index()));
  }
}
