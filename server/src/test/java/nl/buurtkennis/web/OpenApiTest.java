package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.testtools.JavalinTest;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import nl.buurtkennis.search.TestIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /openapi.json} describes exactly the API routes the app registers; the HEAD twin of every
 * GET route is described once, in the document's description.
 */
class OpenApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> VERBS = Set.of("get", "put", "post", "delete", "patch",
      "head", "options", "trace");

  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  private static boolean isApi(String path) {
    return path.startsWith("/api/") || path.equals("/feed") || path.equals("/health")
        || path.equals("/openapi.json");
  }

  @Test
  void everyApiRouteIsDescribedAndEveryDescribedRouteExists() {
    Javalin app = WebApp.create(UnhurriedSearch.of(fixture.index()));
    Set<String> registered = new TreeSet<>();
    Set<String> heads = new TreeSet<>();
    app.unsafe.internalRouter.allHttpHandlers().forEach(parsed -> {
      var endpoint = parsed.endpoint;
      if (endpoint.method == HandlerType.HEAD && isApi(endpoint.path)) {
        heads.add("GET " + endpoint.path);
      } else if (endpoint.method.isHttpMethod() && isApi(endpoint.path)) {
        registered.add(endpoint.method.name().toUpperCase(Locale.ROOT) + " " + endpoint.path);
      }
    });
    assertEquals(registered.stream().filter(route -> route.startsWith("GET ")).toList(),
        List.copyOf(heads), "every GET route, and only those, answers HEAD");
    JavalinTest.test(app, (server, client) -> {
      var response = client.get("/openapi.json");
      assertEquals(200, response.code());
      JsonNode doc = JSON.readTree(response.body().string());
      assertTrue(doc.get("openapi").asText().startsWith("3."));
      Set<String> described = new TreeSet<>();
      doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
        if (VERBS.contains(op.getKey())) {
          described.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
          assertTrue(op.getValue().has("responses"), path.getKey() + " " + op.getKey());
        }
      }));
      assertEquals(registered, described);
      assertTrue(doc.get("info").get("description").asText().contains("also answers HEAD"));
      assertTrue(described.contains("POST /api/admin/documents"));
      assertTrue(described.contains("GET /api/search"));
    });
  }
}
