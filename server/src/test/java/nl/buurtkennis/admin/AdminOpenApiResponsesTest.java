package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.buurtkennis.testing.TempCorpus;
import nl.buurtkennis.web.OpenApiCheck;
import nl.buurtkennis.web.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Real answers of every admin API route, good and bad, against the schemas of openapi.json. */
class AdminOpenApiResponsesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

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

  /**
   * The admin API's errors are in English whatever {@code lang} asks, also those answered before
   * its handlers run (a malformed escape, token or not; a method a path does not answer), each
   * with the same message as a public route's in English, and as the description declares.
   */
  @Test
  void theAdminApiAnswersItsRefusalsInEnglishAsDescribed() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      int port = server.port();
      String badEncoding = message(raw(port, "GET", "/api/search?x=%zz&lang=en", false));
      for (String[] request : new String[][] {{"GET", "/api/admin/status?x=%zz", "token"},
          {"GET", "/api/admin/status?x=%zz&lang=nl", "token"},
          {"GET", "/api/admin/status?x=%zz", ""},
          {"POST", "/api/admin/reindex?x=%zz&lang=nl", "token"}}) {
        RawHttp.Answer answer = raw(port, request[0], request[1], !request[2].isEmpty());
        OpenApiCheck.check(request[0], request[1], answer.status(), answer.header("Content-Type"),
            answer.body());
        assertEquals(400, answer.status(), String.join(" ", request));
        assertEquals(badEncoding, message(answer), String.join(" ", request));
      }
      Schema apiError = OpenApiCheck.schema("ApiError");
      for (String method : List.of("PATCH", "OPTIONS")) {
        String english = message(raw(port, method, "/api/search?lang=en", false));
        for (String path : List.of("/api/admin/status", "/api/admin/status?lang=nl")) {
          RawHttp.Answer answer = raw(port, method, path, true);
          assertEquals(405, answer.status(), method + " " + path);
          assertEquals("GET, HEAD", answer.header("Allow"), method + " " + path);
          assertEquals(List.of(), apiError.validate(JSON.readTree(answer.body())), answer.body());
          assertEquals(english, message(answer), method + " " + path);
        }
      }
    });
  }

  private static RawHttp.Answer raw(int port, String method, String target, boolean token)
      throws java.io.IOException {
    return RawHttp.send(port, (method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n"
        + (token ? "Authorization: Bearer " + AdminTestApp.TOKEN + "\r\n" : "")
        + "Content-Length: 0\r\nConnection: close\r\n\r\n")
        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }

  private static String message(RawHttp.Answer answer) throws java.io.IOException {
    return JSON.readTree(answer.body()).get("message").asText();
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
