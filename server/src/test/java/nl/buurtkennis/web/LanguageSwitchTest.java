package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkennis.search.TestIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The link to the other language is the same page in that language: {@code /} for the Dutch home
 * page (no dangling {@code ?}), every other parameter of the page kept.
 */
class LanguageSwitchTest {
  private static final Pattern LANGUAGE_LINK =
      Pattern.compile("<a class=\"lang\" href=\"([^\"]*)\"");
  /** A page link ending in '?' or '&' (escaped as {@code &amp;} in the page). */
  private static final Pattern DANGLING = Pattern.compile("href=\"/[^\"]*(\\?|&amp;)\"");

  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  @Test
  void theHomePageSwitchesToAPlainAddress() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      assertSwitch(client, "/", "/?lang=en");
      assertSwitch(client, "/?lang=en", "/");
      assertSwitch(client, "/?q=bewoners&form=mediation&lang=en", "/?q=bewoners&form=mediation");
      assertSwitch(client, "/?q=bewoners&page=2&size=2", "/?q=bewoners&size=2&page=2&lang=en");
    });
  }

  @Test
  void theDocumentPageKeepsTheSearchItWasOpenedFrom() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      assertSwitch(client, "/documents/nl-preventie", "/documents/nl-preventie?lang=en");
      assertSwitch(client, "/documents/nl-preventie?lang=en", "/documents/nl-preventie");
      assertSwitch(client, "/documents/nl-preventie?lang=en&search=q%3Dbewoners%26lang%3Den",
          "/documents/nl-preventie?search=q%3Dbewoners%26lang%3Den");
      assertSwitch(client, "/documents/nl-preventie?search=q%3Dbewoners",
          "/documents/nl-preventie?lang=en&search=q%3Dbewoners");
    });
  }

  @Test
  void theDocumentPageLeadsBackToItsSearchInThePagesLanguage() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      String dutch = client.get("/documents/nl-preventie?search=q%3Dbewoners%26lang%3Den")
          .body().string();
      assertTrue(dutch.contains("<p class=\"back\"><a href=\"/?q=bewoners\">"), dutch);
      String english = client.get("/documents/nl-preventie?lang=en&search=q%3Dbewoners")
          .body().string();
      assertTrue(english.contains("<p class=\"back\"><a href=\"/?q=bewoners&amp;lang=en\">"),
          english);
      String bare = client.get("/documents/nl-preventie?lang=en&search=lang%3Dnl").body().string();
      assertTrue(bare.contains("<p class=\"back\"><a href=\"/?lang=en\">"), bare);
    });
  }

  @Test
  void theOtherPagesSwitchCleanlyToo() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      assertSwitch(client, "/vocabulary?lang=en", "/vocabulary");
      assertSwitch(client, "/map?lang=en", "/map?rows=form&cols=benefit");
      assertSwitch(client, "/map?q=bewoners&rows=form&cols=issue",
          "/map?rows=form&cols=issue&q=bewoners&lang=en");
    });
  }

  @Test
  void anErrorPageSwitchesToItselfInTheOtherLanguage() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      String[][] switches = {
          {"/documents/nope", "/documents/nope?lang=en"},
          {"/documents/nope?lang=en", "/documents/nope"},
          {"/documents/nl-preventie?lang=english", "/documents/nl-preventie"},
          {"/documents/nl-preventie?search=a&search=b", "/documents/nl-preventie?search=a&search=b"
              + "&lang=en"},
          {"/vocabulary?lang=fr", "/vocabulary?lang=en"},
          // an address that names no page, or is badly encoded, is not repeated
          {"/no/such/page?x=1&lang=en", "/"},
          {"/documents/..%2fx?lang=en", "/"},
          {"/?q=%zz&lang=en", "/"}};
      for (String[] pair : switches) {
        // a plain socket: an HTTP client refuses to send the malformed escape
        String html = RawHttp.get(server.port(), pair[0]).body();
        Matcher link = LANGUAGE_LINK.matcher(html);
        assertTrue(link.find(), pair[0] + html);
        assertEquals(pair[1], link.group(1).replace("&amp;", "&"), pair[0]);
      }
    });
  }

  @Test
  void theLinkToTheSamePageNeverLeavesTheSite() {
    assertEquals("/?lang=en", OtherLanguage.of("//evil.example/x", null, "en"));
    assertEquals("/", OtherLanguage.of("/\\evil.example", "lang=en", "nl"));
    assertEquals("/documents/x?a=1&lang=en", OtherLanguage.of("/documents/x", "lang=nl&a=1&"
        + "l%61ng=xx", "en"));
  }

  @Test
  void noLinkEndsInADanglingQuestionMark() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      for (String path : new String[] {"/", "/?lang=en", "/?form=citizen-surveillance",
          "/?year_from=2010", "/?page=2&size=2", "/map", "/map?lang=en", "/vocabulary",
          "/documents/nl-preventie", "/?page=abc"}) {
        String html = client.get(path).body().string();
        Matcher dangling = DANGLING.matcher(html);
        assertFalse(dangling.find(), path + ": " + (dangling.hitEnd() ? "" : dangling.group()));
      }
      String filtered = client.get("/?form=citizen-surveillance").body().string();
      assertTrue(filtered.contains("<li><a href=\"/\" aria-label=\"Filter Vorm van participatie"),
          "removing the last filter leads to the plain home page: " + filtered);
    });
  }

  private static void assertSwitch(HttpClient client, String path, String expected)
      throws Exception {
    String html = client.get(path).body().string();
    Matcher link = LANGUAGE_LINK.matcher(html);
    assertTrue(link.find(), path + html);
    String href = link.group(1).replace("&amp;", "&");
    assertTrue(href.equals(expected), path + " switches to " + href + ", not " + expected);
    assertTrue(client.get(href).code() == 200, href);
  }
}
