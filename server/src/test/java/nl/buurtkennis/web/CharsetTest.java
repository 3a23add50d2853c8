package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.testtools.JavalinTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.buurtkennis.search.TestIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every HTML answer says it is UTF-8, so that a client that does not read {@code <meta charset>}
 * decodes {@code coördinatoren} right; JSON is sent as UTF-8 bytes.
 */
class CharsetTest {
  private static final String HTML = "text/html;charset=utf-8";

  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  private static boolean isPage(String path) {
    return !path.startsWith("/api") && !path.equals("/feed") && !path.equals("/health")
        && !path.equals("/openapi.json") && !path.startsWith("/admin") && path.indexOf('.') < 0;
  }

  @Test
  void everyPageRouteAndEveryErrorPageDeclaresUtf8() {
    Javalin app = app();
    Set<String> pages = new TreeSet<>();
    app.unsafe.internalRouter.allHttpHandlers().forEach(parsed -> {
      if (parsed.endpoint.method == HandlerType.GET && isPage(parsed.endpoint.path)) {
        pages.add(parsed.endpoint.path.replace("{id}", "nl-preventie"));
      }
    });
    assertEquals(Set.of("/", "/documents/nl-preventie", "/map", "/vocabulary"), pages,
        "a new page route is checked here too");
    List<String> paths = new ArrayList<>();
    for (String page : pages) {
      paths.add(page);
      paths.add(page + "?lang=en");
      paths.add(page + "?lang=fr");
    }
    paths.addAll(List.of("/?page=abc", "/documents/nope", "/no/such/page", "/?q=%zz",
        "/map?rows=nonsense"));
    JavalinTest.test(app, (server, client) -> {
      for (String path : paths) {
        assertUtf8Html(RawHttp.get(server.port(), path), path);
      }
      RawHttp.Answer posted = RawHttp.send(server.port(), ("POST /vocabulary HTTP/1.1\r\n"
          + "Host: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      assertEquals(405, posted.status());
      assertUtf8Html(posted, "POST /vocabulary");
      RawHttp.Answer vocabulary = RawHttp.get(server.port(), "/vocabulary");
      assertUtf8Html(vocabulary, "/vocabulary");
      assertTrue(vocabulary.body().chars().anyMatch(c -> c > 127), "non-ASCII text");
      assertTrue(vocabulary.body().indexOf('\uFFFD') < 0, "sent as UTF-8");
    });
  }

  @Test
  void jsonIsSentAsUtf8() {
    JavalinTest.test(app(), (server, client) -> {
      for (String path : List.of("/api/taxonomy", "/api/search?q=co%C3%B6rdinatie",
          "/api/documents/nl-preventie", "/api/search?q=%E2%80%9Cbuurt%E2%80%9D")) {
        // RawHttp decodes the body as UTF-8: bytes in another charset would not decode.
        RawHttp.Answer answer = RawHttp.get(server.port(), path);
        assertTrue(answer.header("Content-Type").startsWith("application/json"), path);
        assertTrue(path.contains("documents") || answer.body().chars().anyMatch(c -> c > 127),
            path);
        assertTrue(answer.body().indexOf('\uFFFD') < 0, path);
      }
      String search = RawHttp.get(server.port(), "/api/search?q=co%C3%B6rdinatie").body();
      assertTrue(search.contains("\"query\":\"coördinatie\""), search);
    });
  }

  @Test
  void anAnswerWithoutABodyHasNoTypeAndEveryOtherTextSaysItsCharset() {
    JavalinTest.test(app(), (server, client) -> {
      RawHttp.Answer icon = RawHttp.get(server.port(), "/favicon.ico");
      assertEquals(204, icon.status());
      assertEquals(null, icon.header("Content-Type"), "204 has no body to type");
      RawHttp.Answer style = RawHttp.get(server.port(), "/style.css");
      RawHttp.Answer unchanged = RawHttp.send(server.port(), ("GET /style.css HTTP/1.1\r\n"
          + "Host: localhost\r\nIf-None-Match: " + style.header("ETag")
          + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      assertEquals(304, unchanged.status());
      assertEquals(null, unchanged.header("Content-Type"), "304 has no body to type");
    });
  }

  /** {@code text/html; charset=utf-8}, as Jetty writes it (without the space). */
  static void assertUtf8Html(RawHttp.Answer answer, String what) {
    assertEquals(HTML, answer.header("Content-Type").replace(" ", "").toLowerCase(
        java.util.Locale.ROOT), what);
  }

  private static Javalin app() {
    return WebApp.create(UnhurriedSearch.of(fixture.index()));
  }
}
