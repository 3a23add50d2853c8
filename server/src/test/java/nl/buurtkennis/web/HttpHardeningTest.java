package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.buurtkennis.search.FixtureIndex;
import nl.buurtkennis.search.SearchIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests that are wrong at the HTTP level: bodies and headers over the limits, undecodable and
 * absurd URLs. None may hurt the server, and no error body may carry a stack trace or echo the
 * request.
 */
class HttpHardeningTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Sent in every hostile request; an answer that contains it echoes raw input. */
  private static final String MARKER = "zzqmarkerqzz";

  @TempDir
  static Path temp;
  private static SearchIndex index;

  @BeforeAll
  static void open() throws Exception {
    index = FixtureIndex.open(temp);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Test
  void aBodyOverTheLimitIs413WhetherItsLengthIsAnnouncedOrNot() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(index)), (server, client) -> {
      byte[] body = ("q=" + MARKER + "x".repeat((int) RequestGuards.MAX_BODY_BYTES))
          .getBytes(StandardCharsets.US_ASCII);
      for (String method : List.of("GET", "POST")) {
        RawHttp.Answer announced = RawHttp.send(server.port(), concat((method
            + " /api/search HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + body.length
            + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII), body));
        assertEquals(413, announced.status(), method);
        assertCleanError(announced);
        String chunk = Integer.toHexString(body.length) + "\r\n";
        RawHttp.Answer chunked = RawHttp.send(server.port(), concat((method
            + " /api/search HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n"
            + "Connection: close\r\n\r\n" + chunk).getBytes(StandardCharsets.US_ASCII), body,
            "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(413, chunked.status(), method + " chunked");
        assertCleanError(chunked);
      }
      RawHttp.Answer small = RawHttp.send(server.port(), concat(("GET /api/search?q=bewoners "
          + "HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII), "hello".getBytes(StandardCharsets.US_ASCII)));
      assertEquals(200, small.status(), "a small body is ignored");
      assertHealthy(server.port());
    });
  }

  @Test
  void headersOverTheLimitAre431() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(index)), (server, client) -> {
      String huge = MARKER + "a".repeat(RequestGuards.MAX_HEADER_BYTES * 2);
      RawHttp.Answer answer = RawHttp.send(server.port(), ("GET /api/search HTTP/1.1\r\n"
          + "Host: localhost\r\nX-Filler: " + huge + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      assertEquals(431, answer.status());
      assertCleanError(answer);
      assertEquals("headers_too_large", JSON.readTree(answer.body()).get("error").asText());
      SecurityHeaders.ALL.forEach((name, value) -> assertEquals(value, answer.header(name), name));

      RawHttp.Answer longUrl = RawHttp.get(server.port(),
          "/api/search?q=" + MARKER + "b".repeat(RequestGuards.MAX_HEADER_BYTES * 2));
      assertTrue(longUrl.status() == 414 || longUrl.status() == 431, "" + longUrl.status());
      assertCleanError(longUrl);
      assertHealthy(server.port());
    });
  }

  @Test
  void malformedUrlsAreRefusedWithoutHarm() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(index)), (server, client) -> {
      List<String> targets = List.of(
          "/api/search?q=%zz" + MARKER, "/api/search?q=%" + MARKER, "/api/search?q=" + MARKER + "%",
          "/api/search?q=%ff%fe%fd" + MARKER, "/api/search?q=%ed%a0%80" + MARKER,
          "/api/search?q=%c0%af" + MARKER, "/?q=%zz" + MARKER, "/?q=%ff" + MARKER,
          "/documents/%zz" + MARKER, "/api/documents/%ff" + MARKER,
          "/api/search?&&&&===&q&q=&=x&" + MARKER, "/api/search?" + "a=1&".repeat(1500) + MARKER,
          "/api/search?q=" + "%25".repeat(1500) + MARKER, "/api/search?" + MARKER + "[]=1&x[y]=2",
          "/api/search?q=a%00b" + MARKER, "/api/search?q=%0d%0aSet-Cookie:%20x=" + MARKER,
          "/%2e%2e/%2e%2e/" + MARKER, "//" + MARKER + "//", "/api/search#" + MARKER,
          "/api/search?page=99999999999999999999&size=-1&" + MARKER,
          "/api/search?year_from=1e9&year_to=NaN&" + MARKER);
      for (String target : targets) {
        RawHttp.Answer answer = RawHttp.get(server.port(), target);
        assertTrue(answer.status() < 500, target + " → " + answer.status());
        if (answer.status() >= 400) {
          assertCleanError(answer);
        }
        assertFalse(answer.headers().containsKey("set-cookie"), target);
      }
      for (String line : List.of("GARBAGE\r\n\r\n", "GET\r\n\r\n", "GET / HTTP/9.9\r\n\r\n",
          "GET /api/search?q=" + MARKER + " HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
          "GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: -1\r\n\r\n",
          "GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
          "GET /\u00ff" + MARKER + " HTTP/1.1\r\nHost: localhost\r\n\r\n")) {
        RawHttp.Answer answer = RawHttp.send(server.port(),
            line.getBytes(StandardCharsets.ISO_8859_1));
        // 505 is the one right answer to an unknown HTTP version
        assertTrue(answer.status() < 500 || answer.status() == 505,
            line + " → " + answer.status());
        assertCleanError(answer);
      }
      assertHealthy(server.port());
    });
  }

  /**
   * What Jetty refuses before the app sees it is told in Dutch, the API's default (a request it
   * cannot parse has no lang to trust), and an unknown HTTP version has a code of its own.
   */
  @Test
  void requestsJettyRefusesAreToldInDutchWithTheirOwnCode() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(index)), (server, client) -> {
      for (String line : List.of(
          "GET /api/search HTTP/1.1\r\nHost: localhost\r\nContent-Length: abc\r\n\r\n",
          "GET /api/search HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
          "GET * HTTP/1.1\r\nHost: localhost\r\n\r\n")) {
        RawHttp.Answer answer = RawHttp.send(server.port(),
            line.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(400, answer.status(), line);
        var body = JSON.readTree(answer.body());
        assertEquals("bad_request", body.get("error").asText(), answer.body());
        assertEquals(Messages.of("nl").get("api.error.bad_request"), body.get("message").asText());
      }
      // where only a header is at fault, the request line's lang can be read, and is followed;
      // a request line that cannot be read gives none
      for (String[] line : new String[][] {
          {"GET /api/search?lang=en HTTP/1.1\r\nHost: localhost\r\nContent-Length: abc\r\n\r\n",
              "en"},
          {"GET /api/search?lang=en HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", "en"},
          {"GET /api/search?q=a b&lang=en HTTP/1.1\r\nHost: localhost\r\n\r\n", "nl"}}) {
        RawHttp.Answer answer = RawHttp.send(server.port(),
            line[0].getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(400, answer.status(), line[0]);
        assertEquals(Messages.of(line[1]).get("api.error.bad_request"),
            JSON.readTree(answer.body()).get("message").asText(), line[0]);
        OpenApiCheck.check("GET", "/api/search", answer.status(), answer.header("Content-Type"),
            answer.body());
      }
      // HTTP/2.0 too, which Jetty would answer with a 426 asking for an upgrade to h2c, and the
      // h2 preface, which it would answer with an empty 426 without the security headers
      for (String line : List.of("GET /api/search HTTP/9.9\r\nHost: localhost\r\n\r\n",
          "GET /api/search?lang=en HTTP/1.2\r\nHost: localhost\r\n\r\n",
          "GET /api/search?lang=en HTTP/2.0\r\nHost: localhost\r\n\r\n",
          "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n")) {
        RawHttp.Answer version = RawHttp.send(server.port(),
            line.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(505, version.status(), line + version.body());
        assertTrue(version.header("Content-Type").startsWith("application/json"), line);
        SecurityHeaders.ALL.forEach((name, value) ->
            assertEquals(value, version.header(name), line + " " + name));
        var body = JSON.readTree(version.body());
        assertEquals("http_version_not_supported", body.get("error").asText(), version.body());
        assertEquals(Messages.of("nl").get("api.error.http_version_not_supported"),
            body.get("message").asText(), line);
        assertEquals(java.util.List.of(), OpenApiCheck.schema("ApiError").validate(body),
            "the code is one the description lists: " + version.body());
      }
    });
  }

  @Test
  void aBadlyEncodedParameterIsRefusedNotDropped() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(index)), (server, client) -> {
      for (String[] target : new String[][] {{"/api/search?q=privacy%zz", "q"},
          {"/api/search?q=100%", "q"}, {"/api/search?q=bewoners&form=mediation%zz", "form"},
          {"/api/search?q=caf%C3%28", "q"}, {"/api/export?format=csv&q=%e9t%e9", "q"}}) {
        RawHttp.Answer answer = RawHttp.get(server.port(), target[0]);
        assertEquals(400, answer.status(), target[0]);
        JsonNode body = JSON.readTree(answer.body());
        assertEquals("bad_encoding", body.get("error").asText(), target[0]);
        assertEquals(target[1], body.get("parameter").asText(), target[0]);
      }
      RawHttp.Answer page = RawHttp.get(server.port(), "/?q=privacy%zz&lang=en");
      assertEquals(400, page.status());
      assertTrue(page.body().contains("Malformed address"), page.body());
      assertTrue(RawHttp.get(server.port(), "/?q=privacy%zz").body().contains("Ongeldig adres"));
      assertEquals(200, RawHttp.get(server.port(), "/api/search?q=caf%C3%A9+100%25").status());
    });
  }

  /**
   * Bytes sent raw, not percent-encoded, that are not UTF-8: Jetty reads each as U+FFFD, which
   * was searched for ({@code politie\uFFFD}) or named as a facet value nobody asked for. RawHttp
   * sends each char below U+0100 as that one byte.
   */
  @Test
  void rawBytesThatAreNotUtf8AreRefusedAsBadlyEncodedEscapesAre() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(index)), (server, client) -> {
      for (String[] target : new String[][] {{"/api/search?q=politie\u00e9&size=1", "q"},
          {"/api/search?q=politie\u00c3\u0028", "q"}, {"/api/search?foo=\u00ff", "foo"},
          {"/api/search?form=\u00ff", "form"}, {"/api/export?format=csv&q=politie\u00e9", "q"},
          {"/api/search?q=x&\u00ff=1", null}, {"/api/taxonomy?q=\u00c0\u00af", "q"},
          // the bytes of U+FFFD itself, sent raw, cannot be told from a byte read as it
          {"/api/search?q=politie\u00ef\u00bf\u00bd", "q"}}) {
        RawHttp.Answer answer = RawHttp.get(server.port(), target[0]);
        assertEquals(400, answer.status(), target[0]);
        JsonNode body = JSON.readTree(answer.body());
        assertEquals("bad_encoding", body.get("error").asText(), target[0]);
        assertEquals(target[1], body.get("parameter").isNull() ? null
            : body.get("parameter").asText(), target[0]);
      }
      RawHttp.Answer page = RawHttp.get(server.port(), "/?q=politie\u00e9&lang=en");
      assertEquals(400, page.status());
      assertTrue(page.header("Content-Type").startsWith("text/html"), page.body());
      assertTrue(page.body().contains("Malformed address"), page.body());
      assertEquals(400, RawHttp.get(server.port(), "/map?q=\u00e9").status());
      // UTF-8 sent raw is read as what it spells; U+FFFD percent-encoded is a character
      RawHttp.Answer raw = RawHttp.get(server.port(), "/api/search?q=caf\u00c3\u00a9");
      assertEquals(200, raw.status(), raw.body());
      assertEquals("café", JSON.readTree(raw.body()).get("query").asText());
      assertEquals(200, RawHttp.get(server.port(), "/api/search?q=caf%EF%BF%BD").status());
    });
  }

  @Test
  void aBadlyEncodedPathIsRefusedLikeABadlyEncodedParameter() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(index)), (server, client) -> {
      // Malformed escapes, a NUL, bytes that are not UTF-8: an overlong '/', a lone byte, a
      // truncated sequence, an encoded surrogate.
      List<String> paths = List.of("/documents/%zz", "/documents/a%00b", "/documents/%C0%AF",
          "/documents/%FF", "/documents/%C3", "/documents/%ED%A0%80", "/doc/%zz", "/%zz");
      for (String path : paths) {
        RawHttp.Answer api = RawHttp.get(server.port(), "/api" + path + MARKER);
        assertEquals(400, api.status(), "/api" + path);
        assertTrue(api.header("Content-Type").startsWith("application/json"), "/api" + path);
        JsonNode body = JSON.readTree(api.body());
        assertEquals("bad_encoding", body.get("error").asText(), "/api" + path);
        assertTrue(body.get("parameter").isNull(), "/api" + path);
        assertCleanError(api);
        SecurityHeaders.ALL.forEach((name, value) -> assertEquals(value, api.header(name), name));

        RawHttp.Answer page = RawHttp.get(server.port(), path + MARKER);
        assertEquals(400, page.status(), path);
        assertTrue(page.header("Content-Type").startsWith("text/html"), path);
        assertTrue(page.body().contains("<html lang=\"nl\">"), path);
        assertTrue(page.body().contains("Ongeldig adres"), page.body());
        assertCleanError(page);
        SecurityHeaders.ALL.forEach((name, value) -> assertEquals(value, page.header(name), name));

        RawHttp.Answer english = RawHttp.get(server.port(), path + MARKER + "?q=%zz&lang=en");
        assertEquals(400, english.status(), path);
        assertTrue(english.body().contains("<html lang=\"en\">"), path);
        assertTrue(english.body().contains("Malformed address"), english.body());
      }
      assertEquals(RawHttp.get(server.port(), "/?q=privacy%zz").body(),
          RawHttp.get(server.port(), "/documents/%zz").body(),
          "the same page as for a badly encoded parameter");
      assertHealthy(server.port());
    });
  }

  @Test
  void headAnswersWithTheStatusAndHeadersOfGetWithoutABody() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(index)), (server, client) -> {
      for (String target : List.of("/", "/?q=bewoners&lang=en", "/documents/nl-preventie",
          "/api/search?q=buurt", "/api/documents/nl-preventie", "/health", "/feed?q=buurt",
          "/api/export?format=csv", "/vocabulary", "/map", "/openapi.json", "/style.css",
          "/documents/nope", "/api/documents/nope", "/api/search?q=privacy%zz", "/admin")) {
        RawHttp.Answer get = RawHttp.get(server.port(), target);
        RawHttp.Answer head = RawHttp.send(server.port(), ("HEAD " + target
            + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(get.status(), head.status(), target);
        assertEquals(withoutDate(get.headers()), withoutDate(head.headers()), target);
        assertEquals("", head.body(), target);
      }
    });
  }

  private static Map<String, String> withoutDate(Map<String, String> headers) {
    Map<String, String> copy = new TreeMap<>(headers);
    copy.remove("date");
    return copy;
  }

  @Test
  void anotherMethodThanGetIs405() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(index)), (server, client) -> {
      RawHttp.Answer api = RawHttp.send(server.port(), ("POST /api/search?q=bewoners HTTP/1.1\r\n"
          + "Host: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      assertEquals(405, api.status());
      assertEquals("GET, HEAD", api.header("Allow"));
      assertEquals("method_not_allowed", JSON.readTree(api.body()).get("error").asText());
      RawHttp.Answer page = RawHttp.send(server.port(), ("DELETE /?lang=en HTTP/1.1\r\n"
          + "Host: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      assertEquals(405, page.status());
      assertTrue(page.body().contains("Method not allowed"), page.body());
      assertEquals(404, RawHttp.get(server.port(), "/api/nothing-here").status());
    });
  }

  @Test
  void unexpectedFailuresAnswerWithoutAStackTrace() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(index)), (server, client) -> {
      index.close();
      try {
        RawHttp.Answer answer = RawHttp.get(server.port(), "/api/search?q=" + MARKER);
        assertEquals(500, answer.status());
        assertCleanError(answer);
        assertEquals("internal_error", JSON.readTree(answer.body()).get("error").asText());
      } finally {
        index = FixtureIndex.open(temp.resolve("reopened"));
      }
    });
  }

  /** An error body: JSON or a page, no stack trace, nothing of the request. */
  static void assertCleanError(RawHttp.Answer answer) {
    String body = answer.body();
    assertFalse(body.contains(MARKER), "echoes the request: " + body);
    for (String trace : List.of("Exception", "\tat ", "at org.", "at nl.", "at io.", "Caused by")) {
      assertFalse(body.contains(trace), "stack trace: " + body);
    }
  }

  static void assertHealthy(int port) throws Exception {
    RawHttp.Answer health = RawHttp.get(port, "/health");
    assertEquals(200, health.status());
    JsonNode body = JSON.readTree(health.body());
    assertEquals("ok", body.get("status").asText());
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }
}
