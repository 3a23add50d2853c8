package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The admin API's optimistic concurrency: a document's source comes with its version as ETag, and
 * PUT or DELETE with If-Match change it only while it is still that version.
 */
class AdminApiConcurrencyTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final AdminTestApp fixture = new AdminTestApp();

  private static String etag(Path file) throws Exception {
    return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(Files.readAllBytes(file))) + "\"";
  }

  private static HttpResponse<String> send(AdminTestApp.Client client, String method,
      String path, String body, String ifMatch) {
    return client.send(method, path, "text/markdown; charset=utf-8",
        body == null ? null : body.getBytes(StandardCharsets.UTF_8),
        "Authorization", "Bearer " + AdminTestApp.TOKEN, "If-Match", ifMatch);
  }

  private static void assertChangedError(HttpResponse<String> answer) throws Exception {
    assertEquals(412, answer.statusCode(), answer.body());
    assertTrue(answer.headers().firstValue("Content-Type").orElse("")
        .startsWith("application/json"));
    JsonNode error = JSON.readTree(answer.body());
    assertEquals("document_changed", error.get("error").asText(), answer.body());
    assertTrue(error.get("message").asText().contains("nothing was changed"), answer.body());
  }

  @Test
  void anUpdateMadeToAnOlderVersionIsRefusedWith412() throws Exception {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      String id = "api-versie";
      Path file = fixture.corpus.dir().resolve("documents/practices/api-versie.md");
      HttpResponse<String> created = client.api("POST", "/api/admin/documents",
          TempCorpus.doc(id, "", "Tekst.\n"));
      assertEquals(201, created.statusCode(), created.body());
      assertEquals(etag(file), created.headers().firstValue("ETag").orElse(""));

      HttpResponse<String> source = client.api("GET", "/api/admin/documents/" + id, null);
      String tag = source.headers().firstValue("ETag").orElse("");
      assertTrue(tag.matches("\"[0-9a-f]{64}\""), "a strong, quoted ETag: " + tag);
      assertEquals(etag(file), tag);
      HttpResponse<String> head = client.send("HEAD", "/api/admin/documents/" + id, null, null,
          "Authorization", "Bearer " + AdminTestApp.TOKEN);
      assertEquals(tag, head.headers().firstValue("ETag").orElse(""));

      // someone else changes it
      String theirs = source.body().replace("Tekst.", "Hun tekst.");
      HttpResponse<String> theirPut = send(client, "PUT", "/api/admin/documents/" + id, theirs,
          tag);
      assertEquals(200, theirPut.statusCode(), theirPut.body());
      assertEquals(etag(file), theirPut.headers().firstValue("ETag").orElse(""),
          "the answer names the new version");

      String mine = source.body().replace("Tekst.", "Mijn tekst.");
      HttpResponse<String> refused = send(client, "PUT", "/api/admin/documents/" + id, mine, tag);
      assertChangedError(refused);
      assertEquals(etag(file), refused.headers().firstValue("ETag").orElse(""));
      assertEquals(theirs, Files.readString(file), "their change is kept");

      assertEquals(theirs, Files.readString(file));

      HttpResponse<String> current = send(client, "PUT", "/api/admin/documents/" + id, mine,
          "\"0000\", " + etag(file));
      assertEquals(200, current.statusCode(), current.body());
      assertEquals(mine, Files.readString(file));
      assertEquals(200, send(client, "PUT", "/api/admin/documents/" + id, theirs, "*")
          .statusCode());
      assertEquals(200, client.api("PUT", "/api/admin/documents/" + id, mine).statusCode(),
          "without If-Match the last write wins");
      assertEquals(mine, Files.readString(file));

      assertEquals(404, send(client, "PUT", "/api/admin/documents/no-such-doc", mine, tag)
          .statusCode(), "an unknown id is not found, whatever If-Match says");
    });
  }

  @Test
  void aRemovalOfAnOlderVersionIsRefusedWith412() throws Exception {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      String id = "api-weg";
      Path file = fixture.corpus.dir().resolve("documents/practices/api-weg.md");
      assertEquals(201, client.api("POST", "/api/admin/documents",
          TempCorpus.doc(id, "", "Tekst.\n")).statusCode());
      String tag = client.api("GET", "/api/admin/documents/" + id, null).headers()
          .firstValue("ETag").orElse("");
      assertEquals(200, client.api("PUT", "/api/admin/documents/" + id,
          TempCorpus.doc(id, "", "Aangevulde tekst.\n")).statusCode());

      assertChangedError(send(client, "DELETE", "/api/admin/documents/" + id, null, tag));
      assertTrue(Files.exists(file), "not removed");
      assertTrue(fixture.search.document(id).isPresent());

      HttpResponse<String> removed = send(client, "DELETE", "/api/admin/documents/" + id, null,
          etag(file));
      assertEquals(200, removed.statusCode(), removed.body());
      assertTrue(Files.notExists(file));
      assertEquals(404, send(client, "DELETE", "/api/admin/documents/" + id, null, tag)
          .statusCode());
    });
  }

  @Test
  void aWeakOrUnquotedTagOfTheCurrentVersionIsRefusedSayingWhyNotThatTheDocumentChanged()
      throws Exception {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      String id = "api-etag-vorm";
      Path file = fixture.corpus.dir().resolve("documents/practices/api-etag-vorm.md");
      String markdown = TempCorpus.doc(id, "", "Tekst.\n");
      assertEquals(201, client.api("POST", "/api/admin/documents", markdown).statusCode());
      String tag = etag(file);
      String changed = markdown.replace("Tekst.", "Andere tekst.");

      HttpResponse<String> weak = send(client, "PUT", "/api/admin/documents/" + id, changed,
          "W/" + tag);
      assertEquals(412, weak.statusCode(), weak.body());
      JsonNode weakError = JSON.readTree(weak.body());
      assertEquals("weak_etag", weakError.get("error").asText(), weak.body());
      assertEquals("If-Match", weakError.get("parameter").asText());
      String weakMessage = weakError.get("message").asText();
      assertTrue(weakMessage.contains("weak"), weakMessage);
      assertTrue(weakMessage.contains("without W/"), weakMessage);
      assertFalse(weakMessage.contains("no longer the version"), weakMessage);
      assertEquals(tag, weak.headers().firstValue("ETag").orElse(""));

      String bare = tag.substring(1, tag.length() - 1);
      for (String malformed : List.of(bare, "nonsense", "\"" + bare)) {
        HttpResponse<String> unquoted = send(client, "DELETE", "/api/admin/documents/" + id,
            null, malformed);
        assertEquals(400, unquoted.statusCode(), malformed + unquoted.body());
        JsonNode error = JSON.readTree(unquoted.body());
        assertEquals("invalid_if_match", error.get("error").asText(), unquoted.body());
        assertEquals("If-Match", error.get("parameter").asText());
        assertTrue(error.get("message").asText().contains("quotes included"), unquoted.body());
      }
      HttpResponse<String> empty = send(client, "PUT", "/api/admin/documents/" + id, changed,
          "");
      assertEquals(400, empty.statusCode(), "an empty precondition is no absent one: "
          + empty.body());
      assertEquals("invalid_if_match", JSON.readTree(empty.body()).get("error").asText());
      assertTrue(JSON.readTree(empty.body()).get("message").asText().contains("empty"));
      assertEquals(markdown, Files.readString(file), "nothing was changed");
      assertTrue(Files.exists(file), "nothing was removed");

      assertChangedError(send(client, "PUT", "/api/admin/documents/" + id, changed,
          "\"0000\", W/" + tag));
      assertEquals(200, send(client, "PUT", "/api/admin/documents/" + id, changed, tag)
          .statusCode(), "the ETag as given");
    });
  }
}
