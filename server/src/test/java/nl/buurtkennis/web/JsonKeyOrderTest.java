package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.util.ArrayList;
import java.util.List;
import nl.buurtkennis.search.TestIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The API writes an object's keys in one order, the order its description gives, in every run
 * of the server: a {@code Map.of} iterates in an order that changes from one JVM to the next.
 */
class JsonKeyOrderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  @Test
  void healthSaysItsStatusFirst() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      String body = client.get("/health").body().string();
      assertEquals("{\"status\":\"ok\",\"documents\":" + JSON.readTree(body).get("documents")
          + "}", body);
    });
  }

  @Test
  void suggestionsComeAfterTheQuery() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      assertEquals(List.of("query", "suggestions"), keys(get(client, "/api/suggest?q=pol")));
    });
  }

  @Test
  void aRelatedDocumentAndASynonymListHaveTheirKeysInOrder() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      JsonNode related = null;
      for (JsonNode hit : get(client, "/api/search?size=100").get("hits")) {
        JsonNode document = get(client, "/api/documents/" + hit.get("id").asText());
        if (!document.get("related").isEmpty()) {
          related = document.get("related").get(0);
          break;
        }
      }
      assertFalse(related == null, "a document with related documents");
      assertEquals(List.of("id", "title", "type", "language", "year"), keys(related));
      JsonNode concept = get(client, "/api/taxonomy").get("facets").get(0).get("concepts").get(0);
      assertEquals(List.of("nl", "en"), keys(concept.get("synonyms")));
    });
  }

  private static JsonNode get(HttpClient client, String path) throws Exception {
    var response = client.get(path);
    assertEquals(200, response.code(), path);
    return JSON.readTree(response.body().string());
  }

  private static List<String> keys(JsonNode object) {
    List<String> keys = new ArrayList<>();
    object.fieldNames().forEachRemaining(keys::add);
    return keys;
  }
}
