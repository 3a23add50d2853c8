package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkennis.search.TestIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every answer, good or bad, page, API or file, carries the security headers. */
class SecurityHeadersTest {
  /** Every route of the application, and answers of every kind. */
  static final List<String> ROUTES = List.of("/", "/?q=bewoners&lang=en",
      "/?q=zzzz-nothing", "/documents/nl-preventie", "/documents/nl-preventie?lang=en",
      "/vocabulary", "/map", "/map?rows=form&cols=issue", "/api/search?q=bewoners",
      "/api/documents/nl-preventie", "/api/documents/nl-preventie/cite?format=text",
      "/api/documents/nl-preventie/cite?format=ris", "/api/taxonomy", "/api/suggest?q=bem",
      "/api/export?format=csv", "/feed", "/api/map", "/health", "/style.css", "/suggest.js",
      // errors
      "/nothing-here", "/api/nothing-here", "/documents/unknown-id", "/api/documents/unknown-id",
      "/api/search?page=0", "/?page=0", "/api/search?form=nonsense", "/api/export?format=xls",
      "/documents/..%2f..%2fetc%2fpasswd", "/style.css/../../etc/passwd");
  private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>");
  private static final Pattern HANDLER_OR_STYLE =
      Pattern.compile("<[^>]*\\s(on[a-z]+|style)\\s*=", Pattern.CASE_INSENSITIVE);
  private static final Pattern STYLE_ELEMENT = Pattern.compile("<style[\\s>]");

  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  @Test
  void everyRouteAndEveryErrorCarriesTheHeaders() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      for (String route : ROUTES) {
        RawHttp.Answer answer = RawHttp.get(server.port(), route);
        assertTrue(answer.status() < 500, route + " → " + answer.status());
        assertHeaders(answer, route);
      }
      RawHttp.Answer tooLarge = RawHttp.send(server.port(), ("GET / HTTP/1.1\r\nHost: localhost\r\n"
          + "X-Big: " + "a".repeat(RequestGuards.MAX_HEADER_BYTES + 1) + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      assertEquals(431, tooLarge.status());
      assertHeaders(tooLarge, "431");
      RawHttp.Answer badRequest = RawHttp.send(server.port(),
          "NONSENSE\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      assertEquals(400, badRequest.status());
      assertHeaders(badRequest, "400 from Jetty");
    });
  }

  @Test
  void refusalsUnderLoadAndTimeoutsCarryTheHeadersToo() {
    SearchGate gate = new SearchGate(1, Duration.ofMillis(1));
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index()), gate), (server, client) -> {
      assertTrue(gate.enter());
      try {
        for (String route : List.of("/", "/api/search")) {
          RawHttp.Answer answer = RawHttp.get(server.port(), route);
          assertEquals(503, answer.status(), route);
          assertHeaders(answer, route + " (503)");
        }
      } finally {
        gate.leave();
      }
    });
  }

  /** The policy forbids inline script and style: the pages must not need any. */
  @Test
  void pagesHoldNoInlineScriptStyleOrEventHandlers() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      for (String route : ROUTES) {
        RawHttp.Answer answer = RawHttp.get(server.port(), route);
        String type = answer.header("content-type");
        if (type == null || !type.startsWith("text/html")) {
          continue;
        }
        String html = answer.body();
        Matcher script = INLINE_SCRIPT.matcher(html);
        boolean inline = script.find();
        assertFalse(inline, route + ": inline script " + (inline ? script.group() : ""));
        Matcher attribute = HANDLER_OR_STYLE.matcher(html);
        boolean handler = attribute.find();
        assertFalse(handler, route + ": " + (handler ? attribute.group() : ""));
        assertFalse(STYLE_ELEMENT.matcher(html).find(), route + ": <style> element");
      }
    });
  }

  static void assertHeaders(RawHttp.Answer answer, String what) {
    SecurityHeaders.ALL.forEach((name, value) ->
        assertEquals(value, answer.header(name), what + ": " + name));
    String policy = answer.header("Content-Security-Policy");
    assertFalse(policy.contains("unsafe-inline"), policy);
    assertTrue(policy.contains("frame-ancestors 'none'"), policy);
  }
}
