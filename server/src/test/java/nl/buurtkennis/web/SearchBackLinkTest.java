package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkennis.search.TestIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The document page's "back to search" link is built anew from the {@code search} it is given:
 * a well-formed address whatever that says, and the same search the hit's link came from.
 */
class SearchBackLinkTest {
  private static final Pattern BACK = Pattern.compile("<p class=\"back\"><a href=\"([^\"]*)\">");
  private static final Pattern HIT = Pattern.compile("<h3 lang=\"[a-z]+\"><a href=\"([^\"#]+)");

  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  @Test
  void aSearchThatCannotBeReadLeadsBackToTheSearchPage() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      assertEquals("/?lang=en", back(client, "/documents/en-watch?search=%25ZZ&lang=en"));
      assertEquals("/", back(client, "/documents/en-watch?search=q%3Dx%26form%3D%25E0%25A4"));
    });
  }

  @Test
  void theSearchIsEncodedAnewKeepingOnlyWhatTheSearchPageReads() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      assertEquals("/?q=%3Cb%3E%22x&lang=en",
          back(client, "/documents/en-watch?search=q%3D%3Cb%3E%22x&lang=en"));
      assertEquals("/?q=a%20b%2Bc%23d&language=nl&page=2",
          back(client, "/documents/en-watch?search="
              + encode("q=a+b%2Bc#d&onclick=x&language=nl&lang=en&&page=2")));
      for (String search : new String[] {"q=%3Cb%3E%22x", "q=a+b#c&form=%ZZ", "%", "q=%C3%28",
          "q=\"><script>&x", "q=a b&year_from=2020"}) {
        String back = back(client, "/documents/en-watch?lang=en&search=" + encode(search));
        assertNull(QueryStringEncoding.firstMalformed(back.substring(1)), back);
        assertTrue(back.matches("/(\\?[A-Za-z0-9_=&%.*-]*)?"), back);
        assertFalse(client.get(back).body().string().contains("Malformed address"), back);
      }
    });
  }

  @Test
  void aValueGivenTwiceWhereTheSearchTakesOneKeepsTheFirst() {
    // /?q=politie&q=wiet would be refused as a repeated parameter; filters may repeat
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      String back = back(client, "/documents/en-watch?search=q%3Dpolitie%26q%3Dwiet"
          + "%26form%3Dmediation%26form%3Dcontact");
      assertEquals("/?q=politie&form=mediation&form=contact", back);
      assertEquals(200, client.get(back).code());
    });
  }

  @Test
  void aHitLeadsBackToExactlyTheSearchItWasFound() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      String search = "/?q=bewoners&language=nl&year_from=2010&sort=newest&size=1"
          + "&page=2&lang=en";
      String hits = client.get(search).body().string();
      Matcher hit = HIT.matcher(hits);
      assertTrue(hit.find(), hits);
      assertEquals(search, back(client, hit.group(1).replace("&amp;", "&")));
    });
  }

  private static String back(HttpClient client, String documentUrl) throws Exception {
    String page = client.get(documentUrl).body().string();
    Matcher back = BACK.matcher(page);
    assertTrue(back.find(), documentUrl + page);
    return back.group(1).replace("&amp;", "&");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
