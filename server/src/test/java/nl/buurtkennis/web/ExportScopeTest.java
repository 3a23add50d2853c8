package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import io.javalin.testtools.JavalinTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkennis.search.TestIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What an export holds (every result of the search, not only the page shown) is said in text
 * beside the export links, which describe themselves by it: a title tooltip reaches neither the
 * keyboard nor touch.
 */
class ExportScopeTest {
  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  @Test
  void theExportsScopeIsVisibleTextThatDescribesEachExportLink() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      String dutch = client.get("/?q=buurt").body().string();
      String english = client.get("/?q=buurt&lang=en").body().string();
      assertScope(dutch, "alle resultaten van deze zoekopdracht, niet alleen deze pagina");
      assertScope(english, "every result of this search, not just this page");
    });
  }

  /** Nothing to export or to map: a search without results offers neither, but keeps its feed. */
  @Test
  void aSearchWithoutResultsOffersNoExportAndNoMapButItsFeed() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      String none = client.get("/?q=zebrapadvoetganger").body().string();
      assertTrue(none.contains("class=\"none\""), none);
      assertFalse(none.contains("class=\"export-links\""), none);
      assertFalse(none.contains("class=\"map-link\""), none);
      assertTrue(none.contains("class=\"feed-link\""), none);
      String some = client.get("/?q=buurt").body().string();
      assertTrue(some.contains("class=\"map-link\""), some);
    });
  }

  /** A query that searches no word (only operators or very common words) never finds any. */
  @Test
  void aSearchThatSearchesNothingOffersNoFeed() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      for (String query : List.of("%22", "de+het+een", "NOT&lang=en")) {
        String page = client.get("/?q=" + query).body().string();
        assertTrue(page.contains("class=\"none\""), query + ": " + page);
        assertFalse(page.contains("class=\"feed-link\""), query + ": " + page);
      }
    });
  }

  private static void assertScope(String html, String scope) {
    int start = html.indexOf("<p class=\"export-links\">");
    assertTrue(start >= 0, html);
    String links = html.substring(start, html.indexOf("</p>", start));
    assertFalse(links.contains("title="), "no tooltip: " + links);
    Matcher text = Pattern.compile("<span id=\"([^\"]+)\">\\(([^<]+)\\)</span>").matcher(links);
    assertTrue(text.find(), links);
    assertTrue(text.group(2).startsWith(scope), links);
    Matcher described = Pattern.compile("<a href=\"/api/export\\?format=\\w+[^\"]*\""
        + " aria-describedby=\"([^\"]+)\">").matcher(links);
    int count = 0;
    while (described.find()) {
      assertEquals(text.group(1), described.group(1), links);
      count++;
    }
    assertEquals(3, count, links);
  }
}
