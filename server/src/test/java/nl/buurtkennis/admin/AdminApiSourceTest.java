package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /api/admin/documents/{id}}: a document's file for a script to edit and PUT back. */
class AdminApiSourceTest {
  @RegisterExtension
  static final AdminTestApp fixture = new AdminTestApp();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aDocumentsSourceIsItsFileToEditAndPutBack() throws Exception {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      Path file = fixture.corpus.dir().resolve("documents/nl-bemiddeling.md");
      HttpResponse<String> source = client.api("GET", "/api/admin/documents/nl-bemiddeling",
          null);
      assertEquals(200, source.statusCode(), source.body());
      assertEquals("text/markdown; charset=utf-8",
          source.headers().firstValue("Content-Type").orElse(""));
      assertEquals(Files.readString(file), source.body());

      String edited = source.body().replaceFirst("(?m)^title: .*$", "title: Via de API bewerkt");
      HttpResponse<String> put = client.api("PUT", "/api/admin/documents/nl-bemiddeling", edited);
      assertEquals(200, put.statusCode(), put.body());
      assertEquals(edited, Files.readString(file));

      HttpResponse<String> unknown = client.api("GET", "/api/admin/documents/no-such-doc", null);
      assertEquals(404, unknown.statusCode());
      assertEquals("not_found", JSON.readTree(unknown.body()).get("error").asText());
      assertEquals(400, client.api("GET", "/api/admin/documents/Not%20An%20Id", null)
          .statusCode());
      assertEquals(401, client.get("/api/admin/documents/nl-bemiddeling").statusCode());
    });
  }

}
