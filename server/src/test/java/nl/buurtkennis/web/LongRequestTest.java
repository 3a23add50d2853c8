package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.nio.charset.StandardCharsets;
import nl.buurtkennis.search.SearchService;
import nl.buurtkennis.search.TestIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Whatever the search form can send fits the server's limit on a request's head, Referer
 * included; anything longer is refused with the site's error page off the API and JSON on it.
 */
class LongRequestTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The form's maxlength in characters that take three UTF-8 bytes each. */
  private static final String LONGEST_QUERY = "中".repeat(QueryLimits.MAX_QUERY_CHARS);

  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  /** Every concept of the sidebar ticked, as the form submits them. */
  private static String everyFilter(SearchService search) {
    StringBuilder filters = new StringBuilder();
    search.taxonomy().facets().forEach(facet -> facet.concepts().forEach(concept ->
        filters.append('&').append(facet.id()).append('=').append(concept.id())));
    return filters.toString();
  }

  private static RawHttp.Answer get(int port, String target, String referer) throws Exception {
    return RawHttp.send(port, ("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n"
        + "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0\r\n"
        + "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
        + "Accept-Language: en-GB,en;q=0.5\r\n"
        + (referer == null ? "" : "Referer: http://localhost" + referer + "\r\n")
        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void theLongestSearchTheFormAllowsIsAnsweredAsAPage() {
    SearchService search = UnhurriedSearch.of(fixture.index());
    JavalinTest.test(WebApp.create(search), (server, client) -> {
      String query = "lang=en&q=" + SearchUrls.encode(LONGEST_QUERY) + everyFilter(search)
          + "&year_from=&year_to=&sort=relevance";
      RawHttp.Answer page = get(server.port(), "/?" + query, "/?lang=en&" + query);
      assertTrue(page.status() == 200 || page.status() == 400, "" + page.status());
      assertTrue(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type"));
      assertTrue(page.body().contains("<html lang=\"en\">"));
      // A hit's link carries the search back; it and its Referer fit too.
      String document = "/documents/nl-preventie?lang=en&search=" + SearchUrls.encode(query);
      RawHttp.Answer opened = get(server.port(), document, "/?" + query);
      assertEquals(200, opened.status());
      String back = query.replace("lang=en&", "") + "&lang=en"; // in the page's language
      assertTrue(opened.body().contains("href=\"/?" + back.replace("&", "&amp;") + "\""),
          "the back link returns to the search");
    });
  }

  @Test
  void aLongerUrlGetsTheErrorPageOffTheApiAndJsonOnIt() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      String tooLong = "a".repeat(RequestGuards.MAX_HEADER_BYTES + 1);
      RawHttp.Answer english = get(server.port(), "/?lang=en-GB&q=" + tooLong, null);
      assertEquals(414, english.status());
      assertTrue(english.header("Content-Type").replace(" ", "")
          .equalsIgnoreCase("text/html;charset=utf-8"), english.header("Content-Type"));
      assertTrue(english.body().contains("<html lang=\"en\">"), english.body());
      assertTrue(english.body().contains("Address too long"));
      assertFalse(english.body().contains(tooLong.substring(0, 100)), "no echo of the request");
      RawHttp.Answer dutch = get(server.port(), "/map?q=" + tooLong, null);
      assertEquals(414, dutch.status());
      assertTrue(dutch.body().contains("Adres te lang"));
      RawHttp.Answer api = get(server.port(), "/api/search?lang=en&q=" + tooLong, null);
      assertEquals(414, api.status());
      assertTrue(api.header("Content-Type").startsWith("application/json"));
      assertEquals("uri_too_long", JSON.readTree(api.body()).get("error").asText());
      HttpHardeningTest.assertHealthy(server.port());
    });
  }

  @Test
  void anAddressThatMakesTheHeadersTooLargeIsToldAsACauseOfThe431() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      // short enough alone for no 414, too long with the browser's headers after it
      String query = "a".repeat(RequestGuards.MAX_HEADER_BYTES - 100);
      RawHttp.Answer dutch = get(server.port(), "/?q=" + query, null);
      assertEquals(431, dutch.status(), dutch.body());
      assertTrue(dutch.body().contains("<h1>Verzoek te groot</h1>"), dutch.body());
      assertTrue(dutch.body().contains("Het adres van deze pagina is, samen met wat uw browser "
          + "ermee meestuurde (zoals cookies), te groot voor de server. Gebruik een kortere "
          + "zoekvraag of minder filters; helpt dat niet, verwijder dan de cookies van deze site."),
          dutch.body());
      assertFalse(dutch.body().contains(query.substring(0, 100)), "no echo of the request");
      RawHttp.Answer english = get(server.port(), "/?lang=en&q=" + query, null);
      assertEquals(431, english.status(), english.body());
      assertTrue(english.body().contains("<h1>Request too large</h1>"), english.body());
    });
  }

  @Test
  void headersTooLargeGetTheErrorPageOffTheApiAndJsonOnIt() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      String filler = "X-Filler: " + "b".repeat(RequestGuards.MAX_HEADER_BYTES) + "\r\n";
      for (String target : new String[] {"/vocabulary?lang=en", "/api/taxonomy?lang=en"}) {
        RawHttp.Answer answer = RawHttp.send(server.port(), ("GET " + target + " HTTP/1.1\r\n"
            + "Host: localhost\r\n" + filler + "Connection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        assertEquals(431, answer.status(), target);
        if (target.startsWith("/api/")) {
          assertEquals("headers_too_large", JSON.readTree(answer.body()).get("error").asText());
        } else {
          assertTrue(answer.body().contains("<h1>Request too large</h1>"), answer.body());
          assertTrue(answer.body().contains("together with what your browser sent along with it "
              + "(such as cookies), is too large for the server. Please use a shorter query or "
              + "fewer filters; if that does not help, delete the cookies of this site."),
              answer.body());
          assertFalse(answer.body().contains("Address too long"), answer.body());
          assertTrue(answer.header("Content-Type").startsWith("text/html"));
        }
      }
    });
  }
}
