package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import nl.buurtkennis.testing.TempCorpus;
import nl.buurtkennis.web.OpenApiCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Real answers of every admin API route, good and bad, against the schemas of openapi.json. */
class AdminOpenApiResponsesTest {
  @RegisterExtension
  static final AdminTestApp fixture = new AdminTestApp();

  @Test
  void everyAnswerOfTheAdminApiMatchesItsDescription() {
    Set<String> answered = new TreeSet<>();
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      String markdown = TempCorpus.doc("api-described", "", "## Kern\n\nVia de API.\n");
      answered.add(check(client, "GET", "/api/admin/status", null));
      answered.add(check(client, "POST", "/api/admin/documents", markdown));
      answered.add(check(client, "POST", "/api/admin/documents", markdown));
      answered.add(check(client, "POST", "/api/admin/documents", "---\nid: x\n---\nTekst.\n"));
      answered.add(check(client, "POST", "/api/admin/documents", ""));
      answered.add(check(client, "PUT", "/api/admin/documents/api-described", markdown));
      answered.add(check(client, "PUT", "/api/admin/documents/api-described", markdown,
          "If-Match", "\"an-older-version\""));
      answered.add(check(client, "DELETE", "/api/admin/documents/api-described", null,
          "If-Match", "\"an-older-version\""));
      answered.add(check(client, "PUT", "/api/admin/documents/api-described", markdown,
          "If-Match", "W/\"a-weak-tag\""));
      answered.add(check(client, "DELETE", "/api/admin/documents/api-described", null,
          "If-Match", "an-unquoted-version"));
      answered.add(check(client, "PUT", "/api/admin/documents/no-such-document", markdown));
      answered.add(check(client, "DELETE", "/api/admin/documents/api-described", null));
      answered.add(check(client, "DELETE", "/api/admin/documents/no-such-document", null));
      answered.add(check(client, "DELETE", "/api/admin/documents/NOT_AN_ID", null));
      answered.add(check(client, "POST", "/api/admin/reindex", null));
      answered.add(check(client, "GET", "/api/admin/status", null));
      HttpResponse<String> anonymous = client.get("/api/admin/status");
      answered.add(OpenApiCheck.check("GET", "/api/admin/status", anonymous.statusCode(),
          anonymous.headers().firstValue("Content-Type").orElse(""), anonymous.body()));
    });
    JavalinTest.test(fixture.app(Admin.off(fixture.search)), (server, http) -> {
      HttpResponse<String> off = new AdminTestApp.Client(server)
          .api("GET", "/api/admin/status", null);
      answered.add(OpenApiCheck.check("GET", "/api/admin/status", off.statusCode(),
          off.headers().firstValue("Content-Type").orElse(""), off.body()));
    });
    assertEquals(Set.of("/api/admin/documents 201", "/api/admin/documents 409",
        "/api/admin/documents 422", "/api/admin/documents 400", "/api/admin/documents/{id} 200",
        "/api/admin/documents/{id} 404", "/api/admin/documents/{id} 400",
        "/api/admin/documents/{id} 412",
        "/api/admin/reindex 202", "/api/admin/status 200", "/api/admin/status 401",
        "/api/admin/status 403"), answered);
  }

  private static String check(AdminTestApp.Client client, String method, String path,
      String body, String... headers) {
    String[] all = java.util.stream.Stream.concat(
        java.util.stream.Stream.of("Authorization", "Bearer " + AdminTestApp.TOKEN),
        java.util.Arrays.stream(headers)).toArray(String[]::new);
    HttpResponse<String> answer = client.send(method, path, "text/markdown; charset=utf-8",
        body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8), all);
    return OpenApiCheck.check(method, path, answer.statusCode(),
        answer.headers().firstValue("Content-Type").orElse(""), answer.body());
  }
}
