package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkennis.search.TestIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The site's menu is a navigation landmark named in the page's language that marks the page
 * shown, and a search with results can be skipped to past the ~70 facet checkboxes.
 */
class SiteNavigationTest {
  private static final Pattern SITE_NAV = Pattern.compile(
      "<header class=\"site\">.*?(<nav class=\"site-nav\" aria-label=\"([^\"]*)\">.*?</nav>).*?"
          + "</header>", Pattern.DOTALL);
  private static final Pattern CURRENT = Pattern.compile("<a href=\"([^\"]*)\" aria-current=\"page\">");

  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  @Test
  void everyPageHasTheMenuAsANavigationLandmarkNamedInItsLanguage() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      for (String path : List.of("/", "/?q=bewoners", "/vocabulary", "/map",
          "/documents/nl-bemiddeling", "/no/such/page")) {
        for (String lang : List.of("nl", "en")) {
          String url = "en".equals(lang) ? path + (path.contains("?") ? "&" : "?") + "lang=en" : path;
          Matcher nav = siteNav(client.get(url).body().string(), url);
          assertEquals("en".equals(lang) ? "Main menu" : "Hoofdmenu", nav.group(2), url);
          String menu = nav.group(1);
          String suffix = "en".equals(lang) ? "?lang=en" : "";
          assertTrue(menu.contains("href=\"/vocabulary" + suffix + "\""), url + ": " + menu);
          assertTrue(menu.contains("href=\"/map" + suffix + "\""), url + ": " + menu);
          assertTrue(menu.contains("class=\"lang\""), url + ": " + menu);
        }
      }
    });
  }

  @Test
  void theMenuMarksThePageShownAndNoOther() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      assertEquals(List.of("/vocabulary"), current(client.get("/vocabulary").body().string()));
      assertEquals(List.of("/vocabulary?lang=en"),
          current(client.get("/vocabulary?lang=en").body().string()));
      assertEquals(List.of("/map"), current(client.get("/map").body().string()));
      assertEquals(List.of("/map?lang=en"),
          current(client.get("/map?q=bewoners&lang=en").body().string()));
      for (String other : List.of("/", "/?q=bewoners", "/documents/nl-bemiddeling",
          "/no/such/page")) {
        assertEquals(List.of(), current(client.get(other).body().string()), other);
      }
    });
  }

  @Test
  void aSearchWithResultsCanBeSkippedToByAFocusableHeading() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      String dutch = client.get("/?q=bewoners").body().string();
      int main = dutch.indexOf("<a class=\"skip\" href=\"#site_main\">Naar de inhoud</a>");
      int results = dutch.indexOf("<a class=\"skip\" href=\"#results-heading\">Naar de resultaten</a>");
      assertTrue(main >= 0 && results > main, dutch);
      assertTrue(results < dutch.indexOf("<header class=\"site\">"), "before the header");
      assertTrue(dutch.contains("<h2 id=\"results-heading\" tabindex=\"-1\">"), dutch);
      String english = client.get("/?q=bewoners&lang=en").body().string();
      assertTrue(english.contains(
          "<a class=\"skip\" href=\"#results-heading\">Skip to results</a>"), english);
      assertTrue(client.get("/").body().string().contains("href=\"#results-heading\""),
          "the start page lists every document");
    });
  }

  @Test
  void aPageWithoutResultsHasNoLinkToThem() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      for (String path : List.of("/?q=zzzzqqq", "/?page=99", "/?year_from=2026&year_to=2014",
          "/vocabulary", "/map", "/documents/nl-bemiddeling")) {
        String html = client.get(path).body().string();
        assertFalse(html.contains("href=\"#results-heading\""), path);
        assertTrue(html.contains("<a class=\"skip\" href=\"#site_main\">"), path);
      }
    });
  }

  private static Matcher siteNav(String html, String url) {
    Matcher nav = SITE_NAV.matcher(html);
    assertTrue(nav.find(), url + ": no labelled nav in the site header: " + html);
    return nav;
  }

  /** The links of the site menu marked as the page shown. */
  private static List<String> current(String html) {
    Matcher link = CURRENT.matcher(siteNav(html, "").group(1));
    List<String> current = new java.util.ArrayList<>();
    while (link.find()) {
      current.add(link.group(1));
    }
    return current;
  }
}
