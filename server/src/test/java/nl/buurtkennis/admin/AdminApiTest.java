package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The admin JSON API: 201, 422, 409, 404, 400, 202 and the status. */
class AdminApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path temp;
  @RegisterExtension
  static final AdminTestApp fixture = new AdminTestApp();

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }

  @Test
  void aValidDocumentIsCreatedIndexedAndThenRefusedAsADuplicate() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      String markdown = TempCorpus.doc("api-created", "",
          "## Kern\n\nEen document via de API.\n");
      HttpResponse<String> created = client.api("POST", "/api/admin/documents", markdown);
      assertEquals(201, created.statusCode(), created.body());
      JsonNode body = json(created);
      assertEquals("api-created", body.get("id").asText());
      assertEquals("documents/practices/api-created.md", body.get("path").asText());
      assertEquals("/api/documents/api-created",
          created.headers().firstValue("Location").orElse(""));
      assertTrue(body.get("reindex").get("succeeded").asBoolean());
      assertTrue(Files.isRegularFile(fixture.corpus.dir().resolve(body.get("path").asText())));
      assertEquals(200, client.get("/api/documents/api-created").statusCode());

      HttpResponse<String> duplicate = client.api("POST", "/api/admin/documents", markdown);
      assertEquals(409, duplicate.statusCode());
      assertEquals("document_exists", json(duplicate).get("error").asText());
    });
  }

  @Test
  void aLongDocumentIsNotHeldToThePublicBodyLimit() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      String paragraph = "Bewoners melden verdachte situaties aan de wijkagent. ".repeat(40);
      String markdown = TempCorpus.doc("api-long", "",
          ("## Deel\n\n" + paragraph + "\n\n").repeat(60));
      assertTrue(markdown.length() > 100_000, "longer than the 64 KiB of a public request");
      HttpResponse<String> created = client.api("POST", "/api/admin/documents", markdown);
      assertEquals(201, created.statusCode(), created.body());
      assertEquals(200, client.get("/api/documents/api-long").statusCode());
    });
  }

  @Test
  void anInvalidDocumentIsA422WithEveryProblemAndNothingIsWritten() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      long filesBefore = Files.walk(fixture.corpus.dir()).count();
      String markdown = "---\nid: api-invalid\ntitle: Ongeldig\ntype: nonsense\nlanguage: nl\n"
          + "year: 2014\nsummary: Iets.\nforms: [mediation, mediation]\n---\nTekst.\n";
      HttpResponse<String> response = client.api("POST", "/api/admin/documents", markdown);
      assertEquals(422, response.statusCode());
      JsonNode body = json(response);
      assertEquals("invalid_document", body.get("error").asText());
      assertEquals(2, body.get("problems").size(), body.toString());
      JsonNode first = body.get("problems").get(0);
      assertEquals(4, first.get("line").asInt(), body.toString());
      assertTrue(first.get("message").asText().contains("nonsense"));
      assertTrue(first.get("path").asText().startsWith("documents/"), body.toString());
      assertEquals(filesBefore, Files.walk(fixture.corpus.dir()).count());

      String orphan = TempCorpus.doc("api-orphan", "parent: no-such-report\n", "Tekst.\n");
      JsonNode crossReference = json(client.api("POST", "/api/admin/documents", orphan));
      assertTrue(crossReference.get("problems").get(0).get("message").asText()
          .contains("no-such-report"), crossReference.toString());
      assertEquals(filesBefore, Files.walk(fixture.corpus.dir()).count());
      assertEquals(400, client.api("POST", "/api/admin/documents", "").statusCode());
    });
  }

  @Test
  void putReplacesAnExistingDocumentAndDeleteRemovesIt() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      String first = TempCorpus.doc("api-changed", "", "Eerste versie.\n")
          .replace("type: practice", "type: report");
      assertEquals(404, client.api("PUT", "/api/admin/documents/api-changed", first)
          .statusCode());
      assertEquals(201, client.api("POST", "/api/admin/documents", first).statusCode());
      String second = first.replace("Titel van api-changed", "Tweede titel");
      HttpResponse<String> replaced = client.api("PUT", "/api/admin/documents/api-changed",
          second);
      assertEquals(200, replaced.statusCode(), replaced.body());
      assertFalse(json(replaced).get("created").asBoolean());
      assertEquals("Tweede titel", fixture.search.document("api-changed").orElseThrow().title());
      assertEquals(422, client.api("PUT", "/api/admin/documents/nl-preventie", second)
          .statusCode(), "an existing address with another id in the front matter");

      // a report that others name as their parent cannot go
      assertEquals(201, client.api("POST", "/api/admin/documents",
          TempCorpus.doc("api-child", "parent: api-changed\n", "Kind.\n")).statusCode());
      HttpResponse<String> refused = client.api("DELETE", "/api/admin/documents/api-changed",
          null);
      assertEquals(422, refused.statusCode(), refused.body());
      assertEquals(200, client.api("DELETE", "/api/admin/documents/api-child", null)
          .statusCode());
      HttpResponse<String> deleted = client.api("DELETE", "/api/admin/documents/api-changed",
          null);
      assertEquals(200, deleted.statusCode(), deleted.body());
      assertTrue(fixture.search.document("api-changed").isEmpty());
      assertFalse(Files.exists(fixture.corpus.dir().resolve("documents/reports/api-changed.md")));
      assertEquals(404, client.api("DELETE", "/api/admin/documents/api-changed", null)
          .statusCode());
    });
  }

  @Test
  void idsThatAreNoIdsAreRefusedBeforeAnyFileIsTouched() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      for (String id : new String[] {"..%2F..%2Ftaxonomy", "%2E%2E", "UPPER", "a", "x.md"}) {
        HttpResponse<String> response = client.api("DELETE", "/api/admin/documents/" + id, null);
        assertTrue(response.statusCode() == 400 || response.statusCode() == 404,
            id + " → " + response.statusCode());
      }
      assertTrue(Files.isRegularFile(fixture.corpus.dir().resolve("taxonomy.yml")));
      assertEquals(400, client.api("DELETE", "/api/admin/documents/UPPER", null).statusCode());
    });
  }

  @Test
  void reindexStartsInTheBackgroundAndReportsItsOutcome() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      HttpResponse<String> started = client.api("POST", "/api/admin/reindex", null);
      assertEquals(202, started.statusCode(), started.body());
      assertEquals("{\"status\":\"started\",\"statusUrl\":\"/api/admin/status\"}",
          started.body(), "keys in the order openapi.json gives them, in every run");
      HttpResponse<String> busy = client.api("POST", "/api/admin/reindex", null);
      if (busy.statusCode() == 409) {
        assertEquals("reindex_running", json(busy).get("error").asText());
      } else {
        assertEquals(202, busy.statusCode(), "the first one had already finished");
      }
      JsonNode status = json(client.api("GET", "/api/admin/status", null));
      for (int i = 0; i < 600 && status.get("running").asBoolean(); i++) {
        Thread.sleep(100);
        status = json(client.api("GET", "/api/admin/status", null));
      }
      assertFalse(status.get("running").asBoolean());
      assertTrue(status.get("last").get("succeeded").asBoolean(), status.toString());
      assertTrue(status.get("documents").asInt() >= 6);
    });
  }

  @Test
  void aSecondReindexWhileOneRunsIsA409() throws Exception {
    var gate = new java.util.concurrent.CountDownLatch(1);
    var slow = new nl.buurtkennis.reindex.Reindexer(fixture.corpus.dir(),
        temp.resolve("slow-index"), () -> {
          try {
            gate.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    Admin admin = Admin.create(AdminTestApp.SETTINGS,
        fixture.search, fixture.store, slow);
    JavalinTest.test(fixture.app(admin), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      assertEquals(202, client.api("POST", "/api/admin/reindex", null).statusCode());
      HttpResponse<String> busy = client.api("POST", "/api/admin/reindex", null);
      gate.countDown();
      assertEquals(409, busy.statusCode());
      assertEquals("reindex_running", json(busy).get("error").asText());
    });
  }

  @Test
  void problemsAreInEnglishLikeEveryMessageOfTheApiWhateverLang() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      String unknownForm = TempCorpus.doc("api-unknown-form", "", "Tekst.\n")
          .replace("forms: [mediation]", "forms: [teleportatie]");
      for (String path : List.of("/api/admin/documents", "/api/admin/documents?lang=nl",
          "/api/admin/documents?lang=en")) {
        JsonNode body = json(client.api("POST", path, unknownForm));
        JsonNode problem = body.get("problems").get(0);
        List<String> names = new ArrayList<>();
        problem.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("path", "line", "message"), names, body.toString());
        assertTrue(problem.get("message").asText().startsWith("'teleportatie' in 'forms' is not in"
            + " facet 'form' of taxonomy.yml; allowed: "), body.toString());
      }
      String existing = Files.readString(fixture.corpus.dir().resolve("documents/nl-preventie.md"));
      JsonNode mismatch = json(client.api("PUT", "/api/admin/documents/nl-preventie",
          existing.replace("id: nl-preventie", "id: another-id")));
      assertEquals("the id in the front matter ('another-id') is not the id in the address"
          + " ('nl-preventie')", mismatch.get("problems").get(0).get("message").asText());
    });
  }

  @Test
  void problemsNameTheFileTheRequestWouldWrite() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      String existing = Files.readString(fixture.corpus.dir().resolve("documents/nl-preventie.md"));
      String future = existing.replace("year: 2014", "year: 3000");
      JsonNode replaced = json(client.api("PUT", "/api/admin/documents/nl-preventie", future));
      assertTrue(replaced.get("problems").size() > 0, replaced.toString());
      for (JsonNode problem : replaced.get("problems")) {
        assertEquals("documents/nl-preventie.md", problem.get("path").asText(),
            replaced.toString());
      }
      JsonNode mismatch = json(client.api("PUT", "/api/admin/documents/nl-preventie",
          future.replace("id: nl-preventie", "id: another-id")));
      assertEquals("documents/nl-preventie.md",
          mismatch.get("problems").get(0).get("path").asText(), mismatch.toString());

      JsonNode created = json(client.api("POST", "/api/admin/documents",
          TempCorpus.doc("api-future", "", "Tekst.\n").replace("year: 2014", "year: 3000")));
      assertEquals("documents/practices/api-future.md",
          created.get("problems").get(0).get("path").asText(), created.toString());
      JsonNode english = json(client.api("POST", "/api/admin/documents",
          TempCorpus.doc("api-future-en", "", "Text.\n").replace("year: 2014", "year: 3000")
              .replace("language: nl", "language: en")));
      assertEquals("documents/en/api-future-en.md",
          english.get("problems").get(0).get("path").asText(), english.toString());
      assertFalse(Files.exists(fixture.corpus.dir().resolve("documents/practices/api-future.md")));

      // a front matter that is no valid YAML still names the file
      JsonNode brokenPut = json(client.api("PUT", "/api/admin/documents/nl-preventie",
          existing.replaceFirst("\n---\n", "\nforms: [mediation\n---\n")));
      assertTrue(brokenPut.get("problems").size() > 0, brokenPut.toString());
      for (JsonNode problem : brokenPut.get("problems")) {
        assertEquals("documents/nl-preventie.md", problem.get("path").asText(),
            brokenPut.toString());
      }
      JsonNode brokenPost = json(client.api("POST", "/api/admin/documents",
          TempCorpus.doc("api-broken", "places: [Gouda\n", "Tekst.\n")));
      assertEquals("documents/practices/api-broken.md",
          brokenPost.get("problems").get(0).get("path").asText(), brokenPost.toString());
      assertFalse(Files.exists(fixture.corpus.dir().resolve("documents/practices/api-broken.md")));
    });
  }

  @Test
  void anUnknownAddressIsA404EvenWhenTheFrontMatterNamesAnotherId() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      HttpResponse<String> otherId = client.api("PUT", "/api/admin/documents/nope-nope",
          TempCorpus.doc("nl-preventie", "", "Tekst.\n"));
      assertEquals(404, otherId.statusCode(), otherId.body());
      assertEquals("not_found", json(otherId).get("error").asText(), otherId.body());
      assertTrue(json(otherId).get("message").asText().contains("nope-nope"), otherId.body());
      HttpResponse<String> noId = client.api("PUT", "/api/admin/documents/nope-nope",
          "---\ntitle: Zonder id\n---\nTekst.\n");
      assertEquals(404, noId.statusCode(), noId.body());
    });
  }
}
