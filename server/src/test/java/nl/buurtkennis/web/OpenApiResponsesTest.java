package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import nl.buurtkennis.search.FixtureIndex;
import nl.buurtkennis.search.SearchIndex;
import nl.buurtkennis.search.SearchService;
import nl.buurtkennis.search.TestIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real answers of every public route, good and bad, against the schemas of {@code openapi.json}
 * (the OpenAPI 3.0 dialect, {@code nullable} included): a field added, dropped, renamed or made
 * null without the description changing fails here. Every JSON answer the description declares
 * for a public route names a schema of its components, and every status and media type
 * answered is declared.
 */
class OpenApiResponsesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();
  private static final JsonNode spec = OpenApiCheck.SPEC;

  @Test
  void everyAnswerOfEveryPublicRouteMatchesItsDescription() {
    SearchService search = UnhurriedSearch.of(fixture.index());
    List<String> requests = new ArrayList<>(List.of(
        "/api/search", "/api/search?q=bewoners&size=3", "/api/search?q=buurt&explain=true",
        "/api/search?q=volunteers&explain=true&lang=en",
        "/api/search?q=buurtpreventie%20zebra&lang=en", "/api/search?q=burgernwt",
        "/api/search?form=citizen-surveillance&year_from=2000&sort=newest&page=2&size=1",
        "/api/search?size=0", "/api/search?lang=en&lang=nl", "/api/search?q=%zz",
        "/api/search?form=nonsense", "/api/search?page=20&size=1000",
        "/api/documents/nope", "/api/documents/NOPE",
        "/api/documents/nl-preventie/cite?format=ris",
        "/api/documents/nl-preventie/cite?format=bibtex&lang=en",
        "/api/documents/nl-preventie/cite?format=text", "/api/documents/nl-preventie/cite",
        "/api/documents/nope/cite?format=ris",
        "/api/taxonomy", "/api/taxonomy?lang=en",
        "/api/suggest?q=bu", "/api/suggest?q=buurt&lang=en", "/api/suggest",
        "/api/suggest?q=" + "a".repeat(ApiController.MAX_SUGGEST_CHARS + 1),
        "/api/export?format=csv", "/api/export?format=ris&q=bewoners",
        "/api/export?format=bibtex&lang=en", "/api/export?format=xls",
        "/api/export?format=csv&delimiter=tab",
        "/api/map", "/api/map?rows=issue&cols=condition&lang=en", "/api/map?rows=place",
        "/api/map?rows=form&cols=form",
        "/feed", "/feed?q=bewoners&lang=en", "/feed?lang=zz",
        "/health", "/openapi.json",
        "/api/taxonomy?q=%zz", "/health?q=%zz", "/openapi.json?lang=%zz", "/api/search?foo=%zz",
        "/api/documents/nl-preventie?foo=%C3", "/feed?foo=%zz", "/api/map?sort=newest"));
    search.allDocuments(new nl.buurtkennis.search.SearchRequest("", Map.of(), null, null, 1,
        10, nl.buurtkennis.search.SortOrder.RELEVANCE, "nl"), 100).forEach(doc -> {
          requests.add("/api/documents/" + doc.id());
          requests.add("/api/documents/" + doc.id() + "?lang=en");
        });
    Set<String> answered = new TreeSet<>();
    JavalinTest.test(WebApp.create(search), (server, client) -> {
      for (String request : requests) {
        RawHttp.Answer answer = RawHttp.get(server.port(), request);
        answered.add(check(request, answer));
      }
      String tooLong = "/api/search?q=" + "a".repeat(RequestGuards.MAX_HEADER_BYTES + 1);
      check("/api/search", RawHttp.get(server.port(), tooLong));
      byte[] body = new byte[(int) RequestGuards.MAX_BODY_BYTES + 1];
      java.util.Arrays.fill(body, (byte) 'a');
      for (String route : List.of("/api/search", "/api/taxonomy", "/health", "/openapi.json",
          "/feed", "/api/map", "/api/suggest", "/api/export", "/api/documents/nl-preventie",
          "/api/documents/nl-preventie/cite")) {
        answered.add(check(route, RawHttp.send(server.port(), withBody("GET", route, body))));
      }
      String filler = "X-Filler: " + "b".repeat(RequestGuards.MAX_HEADER_BYTES) + "\r\n";
      check("/api/taxonomy", RawHttp.send(server.port(), ("GET /api/taxonomy HTTP/1.1\r\n"
          + "Host: localhost\r\n" + filler + "Connection: close\r\n\r\n")
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    });
    Set<String> routes = publicGetRoutes();
    Set<String> reached = new TreeSet<>();
    answered.forEach(route -> reached.add(route.substring(0, route.indexOf(' '))));
    assertEquals(routes, reached, "every public GET route is exercised");
  }

  /**
   * While the index is still being opened, every public GET route answers what the description
   * declares for it: 503 {@code starting} where the route needs the index, its answer where it
   * does not.
   */
  @Test
  void whileStartingEveryPublicRouteAnswersAsDescribed(@TempDir Path temp) throws Exception {
    CompletableFuture<Void> ready = new CompletableFuture<>();
    FixtureIndex.open(temp).close();
    try (SearchIndex index = SearchIndex.openAfter(ready, temp.resolve("index"))) {
      Set<String> answered = new TreeSet<>();
      try {
        JavalinTest.test(WebApp.create(UnhurriedSearch.of(index)), (server, client) -> {
          for (String route : publicGetRoutes()) {
            String request = route.replace("{id}", "nl-preventie");
            answered.add(check(request, RawHttp.get(server.port(), request)));
          }
        });
      } finally {
        ready.complete(null); // the index opens, and closes with the test
      }
      assertTrue(answered.contains("/api/taxonomy 503"), answered.toString());
      assertTrue(answered.contains("/openapi.json 200"), answered.toString());
    }
  }

  /**
   * A request line or headers too large to read are refused by Jetty before any route, whatever
   * the path and method: every operation, the admin API's too, declares those answers (414, 431)
   * and they match their description.
   */
  @Test
  void everyOperationDeclaresTheRefusalsOfARequestTooLargeToRead() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      Set<String> answered = new TreeSet<>();
      int operations = 0;
      for (var path : spec.get("paths").properties()) {
        for (var operation : path.getValue().properties()) {
          String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
          if (!List.of("GET", "POST", "PUT", "DELETE").contains(method)) {
            continue; // the path's parameters, not an operation
          }
          String target = path.getKey().replace("{id}", "nl-preventie");
          String longTarget = target + "?q=" + "a".repeat(RequestGuards.MAX_HEADER_BYTES + 1);
          RawHttp.Answer tooLong = RawHttp.send(server.port(), request(method, longTarget, ""));
          String filler = "X-Filler: " + "b".repeat(RequestGuards.MAX_HEADER_BYTES) + "\r\n";
          RawHttp.Answer tooLarge = RawHttp.send(server.port(), request(method, target, filler));
          assertEquals(414, tooLong.status(), method + " " + target);
          assertEquals(431, tooLarge.status(), method + " " + target);
          for (RawHttp.Answer answer : List.of(tooLong, tooLarge)) {
            assertEquals("nosniff", answer.header("X-Content-Type-Options"),
                method + " " + target + " " + answer.status());
            answered.add(method + " " + OpenApiCheck.check(method, target, answer.status(),
                String.valueOf(answer.header("Content-Type")), answer.body()));
          }
          operations++;
        }
      }
      assertEquals(2 * operations, answered.size(), answered.toString());
      assertTrue(answered.contains("DELETE /api/admin/documents/{id} 431"), answered.toString());
    });
  }

  private static byte[] request(String method, String target, String headers) {
    return (method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n" + headers
        + "Content-Length: 0\r\nConnection: close\r\n\r\n")
        .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  private static Set<String> publicGetRoutes() {
    Set<String> routes = new TreeSet<>();
    spec.get("paths").properties().forEach(path -> {
      if (path.getValue().has("get") && !path.getKey().startsWith("/api/admin/")) {
        routes.add(path.getKey());
      }
    });
    return routes;
  }

  /**
   * A method other than GET or HEAD on a public path is a 405, which OpenAPI cannot declare per
   * operation: it is described once, under components/responses, and its answer matches it.
   */
  @Test
  void anotherMethodIsThe405TheDescriptionDescribes() {
    JsonNode declared = spec.at("/components/responses/MethodNotAllowed");
    assertFalse(declared.isMissingNode());
    assertTrue(spec.at("/info/description").asText().contains("405 method_not_allowed"));
    String ref = declared.at("/content/application~1json/schema/$ref").asText();
    Schema apiError = schema(ref.substring(ref.lastIndexOf('/') + 1));
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      for (String method : List.of("PUT", "POST", "DELETE", "PATCH")) {
        for (String route : List.of("/api/search", "/api/taxonomy", "/health", "/feed")) {
          RawHttp.Answer answer = RawHttp.send(server.port(), withBody(method, route,
              new byte[0]));
          assertEquals(405, answer.status(), method + " " + route);
          assertEquals("GET, HEAD", answer.header("Allow"), method + " " + route);
          JsonNode body = JSON.readTree(answer.body());
          assertEquals(List.of(), apiError.validate(body), answer.body());
          assertEquals("method_not_allowed", body.get("error").asText());
        }
      }
    });
  }

  /** Every operation has an operationId, and no two share one. */
  @Test
  void everyOperationHasItsOwnId() {
    Set<String> ids = new TreeSet<>();
    List<String> operations = new ArrayList<>();
    spec.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
      operations.add(op.getKey() + " " + path.getKey());
      String id = op.getValue().path("operationId").asText("");
      assertFalse(id.isEmpty(), op.getKey() + " " + path.getKey() + " has no operationId");
      ids.add(id);
    }));
    assertEquals(operations.size(), ids.size(), "operationIds are unique: " + ids);
  }

  /**
   * What the schemas require they declare, and {@code nullable} comes with a {@code type}, as
   * OpenAPI 3.0 wants it (a nullable without type is ignored by some tools).
   */
  @Test
  void requiredPropertiesAreDeclaredAndNullableHasAType() {
    spec.at("/components/schemas").properties().forEach(named -> {
      JsonNode schema = named.getValue();
      schema.path("required").forEach(field -> assertTrue(
          schema.path("properties").has(field.asText()),
          named.getKey() + " requires " + field.asText() + " without declaring it"));
      schema.path("properties").properties().forEach(property -> {
        if (property.getValue().path("nullable").asBoolean()) {
          assertTrue(property.getValue().has("type"),
              named.getKey() + "." + property.getKey() + " is nullable without a type");
        }
      });
    });
  }

  @Test
  void everyJsonAnswerOfAPublicRouteNamesASchema() {
    spec.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
      JsonNode responses = op.getValue().get("responses");
      if (responses == null || path.getKey().startsWith("/api/admin/")) {
        return;
      }
      responses.properties().forEach(response -> {
        JsonNode json = resolve(response.getValue()).path("content").path("application/json");
        if (!json.isMissingNode()) {
          String ref = json.path("schema").path("$ref").asText("");
          assertTrue(ref.startsWith("#/components/schemas/"),
              path.getKey() + " " + op.getKey() + " " + response.getKey());
        }
      });
    }));
  }

  /**
   * {@code nullable} does not reach into a {@code $ref} or {@code allOf} beside it (OpenAPI 3.0),
   * and a validator that reads it as {@code "type": [..., "null"]} still checks the referenced
   * schema against null: a value that may be null and is a referenced object takes null as a
   * branch of its own.
   */
  @Test
  void nullIsABranchOfItsOwnBesideAReference() {
    List<String> mixed = new ArrayList<>();
    mixedNullable(spec, "", mixed);
    assertEquals(List.of(), mixed, "nullable beside $ref, allOf, oneOf or anyOf");
    Schema status = schema("Status");
    com.fasterxml.jackson.databind.node.ObjectNode fresh = JSON.createObjectNode()
        .put("documents", 3).put("running", false).putNull("runningSince").putNull("last")
        .put("lastSuperseded", false).putNull("indexWrittenAt");
    assertEquals(List.of(), status.validate(fresh), "a fresh server has run no re-index");
    com.fasterxml.jackson.databind.node.ObjectNode ran = fresh.deepCopy();
    ran.putObject("last").put("succeeded", true).put("startedAt", "2026-12-06T10:00:00Z")
        .put("finishedAt", "2026-12-06T10:00:01Z").put("added", 1).put("changed", 0)
        .put("removed", 0).put("skipped", 0).put("errors", 0).put("millis", 1000)
        .put("queued", false).putArray("problems");
    assertEquals(List.of(), status.validate(ran), "an outcome");
    com.fasterxml.jackson.databind.node.ObjectNode wrong = ran.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) wrong.get("last")).put("succeeded", "yes");
    assertFalse(status.validate(wrong).isEmpty(), "the outcome is still checked");
  }

  private static void mixedNullable(JsonNode node, String at, List<String> mixed) {
    if (node.path("nullable").asBoolean() && (node.has("$ref") || node.has("allOf")
        || node.has("oneOf") || node.has("anyOf"))) {
      mixed.add(at);
    }
    if (node.isObject()) {
      node.properties().forEach(e -> mixedNullable(e.getValue(), at + "/" + e.getKey(), mixed));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        mixedNullable(node.get(i), at + "/" + i, mixed);
      }
    }
  }

  @Test
  void theSchemasAreStrictAndNullableIsHonoured() {
    JsonNode hit = spec.at("/components/schemas/Hit");
    assertFalse(hit.get("additionalProperties").asBoolean(), "an undeclared field fails");
    assertTrue(hit.at("/properties/section/nullable").asBoolean());
    Schema schema = schema("FacetValue");
    JsonNode good = JSON.createObjectNode().put("id", "x").put("label", "X").put("count", 1)
        .put("selected", false).putNull("parent").put("depth", 0);
    assertEquals(List.of(), schema.validate(good));
    assertFalse(schema.validate(((com.fasterxml.jackson.databind.node.ObjectNode) good.deepCopy())
        .putNull("label")).isEmpty(), "null where the description does not allow it");
    assertFalse(schema.validate(((com.fasterxml.jackson.databind.node.ObjectNode) good.deepCopy())
        .put("extra", 1)).isEmpty(), "a field the description does not name");
  }

  private static byte[] withBody(String method, String target, byte[] body) {
    byte[] head = (method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: "
        + body.length + "\r\nConnection: close\r\n\r\n")
        .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] request = java.util.Arrays.copyOf(head, head.length + body.length);
    System.arraycopy(body, 0, request, head.length, body.length);
    return request;
  }

  private static String check(String request, RawHttp.Answer answer) {
    return OpenApiCheck.check("GET", request, answer.status(), answer.header("Content-Type"),
        answer.body());
  }

  private static JsonNode resolve(JsonNode node) {
    return OpenApiCheck.resolve(node);
  }

  private static Schema schema(String name) {
    return OpenApiCheck.schema(name);
  }
}
