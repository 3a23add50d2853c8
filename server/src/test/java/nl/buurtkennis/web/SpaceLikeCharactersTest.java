package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.util.regex.Pattern;
import nl.buurtkennis.search.TestIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A control character in a parameter (C0, DEL, C1) is read as a space on every route: searched
 * as the white space it stands in for, a value of only controls is no value, and no page ever
 * holds one (HTML forbids NUL and the other controls).
 */
class SpaceLikeCharactersTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** What may not appear in a page: every control but tab, line feed and carriage return. */
  private static final Pattern FORBIDDEN =
      Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  @Test
  void theApiReadsSpaceLikeCharactersAsSpaces() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode all = json(client, "/api/search");
      JsonNode nul = json(client, "/api/search?q=%00");
      assertEquals(all.get("total"), nul.get("total"), "only controls: no query, as q= is");
      assertEquals("", nul.get("query").asText());
      String words = ids(json(client, "/api/search?q=verlichting+bewoners"));
      assertTrue(!words.equals("[]"), words);
      for (String spaced : new String[] {"%00%00verlichting%01bewoners",
          "verlichting%C2%85bewoners", "verlichting%7Fbewoners", "%1Fverlichting%09bewoners",
          "verlichting%C2%A0bewoners", "verlichting%E2%80%83bewoners",
          "verlichting%E3%80%80bewoners"}) {
        JsonNode answer = json(client, "/api/search?q=" + spaced);
        assertEquals(words, ids(answer), spaced);
        assertTrue(!FORBIDDEN.matcher(answer.get("query").asText()).find(), spaced);
      }
      // a facet value and a number read the same way
      assertEquals(ids(json(client, "/api/search?place=Rotterdam")),
          ids(json(client, "/api/search?place=Rotterdam%00")));
      assertEquals(ids(json(client, "/api/search?year_from=2020")),
          ids(json(client, "/api/search?year_from=%002020%01")));
      assertEquals(all.get("total"), json(client, "/api/search?year_from=%00").get("total"));
      assertEquals(200, client.get("/api/suggest?q=verl%00").code());
      // a format's word too
      assertEquals(200, client.get("/api/export?format=csv%00&q=bewoners").code());
      assertEquals(200, client.get("/api/export?format=%09csv%20&q=bewoners").code());
    });
  }

  @Test
  void theQueryIsRepeatedAsSearchedWithItsSpacesCollapsed() {
    JavalinTest.test(app(), (server, client) -> {
      String plain = "verlichting bewoners";
      String spaced = "%00%00verlichting%01%09%20bewoners%C2%A0";
      assertEquals(plain, json(client, "/api/search?q=" + spaced).get("query").asText());
      assertEquals(plain, json(client, "/api/search?q=%20%20verlichting%20%20bewoners%20")
          .get("query").asText());
      // one search, one address: the feed's id and the export's search_url are the plain one's
      assertEquals(feedId(client, "/feed?q=verlichting+bewoners"),
          feedId(client, "/feed?q=" + spaced));
      assertTrue(feedId(client, "/feed?q=" + spaced).endsWith("?q=verlichting%20bewoners"),
          feedId(client, "/feed?q=" + spaced));
      String csv = client.get("/api/export?format=csv&q=" + spaced).body().string();
      assertTrue(csv.contains("/?q=verlichting%20bewoners"), csv);
      assertTrue(!csv.contains("%20%20") && !csv.contains("q=%20"), csv);
      String search = page(client, "/?q=" + spaced, 200);
      assertTrue(search.contains("value=\"verlichting bewoners\""), search);
    });
  }

  private static String feedId(HttpClient client, String path) throws Exception {
    String feed = client.get(path).body().string();
    int start = feed.indexOf("<id>") + "<id>".length();
    return feed.substring(start, feed.indexOf("</id>", start));
  }

  @Test
  void noPageHoldsAControlCharacter() {
    JavalinTest.test(app(), (server, client) -> {
      String search = page(client, "/?q=politie%00x%01y", 200);
      assertTrue(search.contains("<title>politie x y"), search);
      assertTrue(search.contains("value=\"politie x y\""), search);
      page(client, "/?q=politie%00x%01y&lang=en&page=2", 200);
      // refused searches show the form as entered: the controls as spaces
      String refused = page(client, "/?q=politie%00x&year_from=2020%00&year_to=2010&place=%01"
          + "Rotterdam%C2%9F&lang=en", 400);
      assertTrue(refused.contains("value=\"politie x\""), refused);
      page(client, "/?q=politie%00&place=Nergens%00", 400);
      page(client, "/?q=%00&sort=%00newest%01", 200);
      page(client, "/?q=%00&sort=new%00est", 400);
      page(client, "/map?q=politie%00x&rows=form%00&cols=issue%01", 200);
      page(client, "/map?q=politie%00x&rows=form%00&cols=form%01&year_from=%00", 400);
      page(client, "/documents/nl-budget?search=q%3Dx%00y%01", 200);
      page(client, "/documents/nl-budget?search=a%00&search=b%01", 400);
      page(client, "/vocabulary?lang=en%00", 200);
      page(client, "/?lang=xx%00", 400);
    });
  }

  private static String page(HttpClient client, String path, int status) throws Exception {
    var answer = client.get(path);
    String body = answer.body().string();
    assertEquals(status, answer.code(), path + body);
    assertTrue(!FORBIDDEN.matcher(body).find(), path + " holds a control character: " + body);
    return body;
  }

  private static JsonNode json(HttpClient client, String path) throws Exception {
    var answer = client.get(path);
    String body = answer.body().string();
    assertEquals(200, answer.code(), path + body);
    return JSON.readTree(body);
  }

  private static String ids(JsonNode answer) {
    StringBuilder ids = new StringBuilder("[");
    answer.get("hits").forEach(hit -> ids.append(hit.get("id").asText()).append(' '));
    return ids.append(']').toString();
  }

  private static Javalin app() {
    return WebApp.create(UnhurriedSearch.of(fixture.index()));
  }
}
