package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.nio.charset.StandardCharsets;
import nl.buurtkennis.search.TestIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What README and openapi.json promise of other origins and caching: no CORS headers (a preflight
 * is a 405), no validators on the JSON API (a conditional request gets the whole answer), and
 * conditional requests on the feed alone.
 */
class CrossOriginAndCachingTest {
  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  @Test
  void theApiSendsNoCorsHeadersAndNoValidatorsAndSaysSo() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      RawHttp.Answer search = send(server.port(), "GET /api/search?q=police HTTP/1.1\r\n"
          + "Origin: https://elsewhere.example\r\nIf-Modified-Since: Sun, 06 Dec 2099 00:00:00 GMT"
          + "\r\nIf-None-Match: *\r\n");
      assertEquals(200, search.status(), "a conditional request gets the whole answer");
      assertNull(search.header("Access-Control-Allow-Origin"));
      for (String validator : new String[] {"ETag", "Last-Modified", "Cache-Control"}) {
        assertNull(search.header(validator), validator);
      }
      RawHttp.Answer preflight = send(server.port(), "OPTIONS /api/search HTTP/1.1\r\n"
          + "Origin: https://elsewhere.example\r\nAccess-Control-Request-Method: GET\r\n");
      assertEquals(405, preflight.status());
      assertEquals("GET, HEAD", preflight.header("Allow"));
      assertNull(preflight.header("Access-Control-Allow-Origin"));
      // the feed alone answers conditional requests
      RawHttp.Answer feed = send(server.port(), "GET /feed HTTP/1.1\r\n");
      assertNotNull(feed.header("Last-Modified"));
      assertEquals(304, send(server.port(), "GET /feed HTTP/1.1\r\nIf-Modified-Since: "
          + feed.header("Last-Modified") + "\r\n").status());
      String description = new ObjectMapper().readTree(client.get("/openapi.json").body()
          .string()).get("info").get("description").asText();
      assertTrue(description.contains("No answer carries CORS headers"), description);
      assertTrue(description.contains("carry no ETag, Last-Modified or Cache-Control"),
          description);
    });
  }

  private static RawHttp.Answer send(int port, String head) throws Exception {
    return RawHttp.send(port, (head + "Host: localhost\r\nConnection: close\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1));
  }
}
