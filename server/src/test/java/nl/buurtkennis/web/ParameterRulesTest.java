package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.util.List;
import nl.buurtkennis.search.TestIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One rule for parameters on every route: a single-valued parameter given twice is a 400, an
 * empty value is no value, {@code lang} is read the same way everywhere, and the page names a
 * bad field by its label.
 */
class ParameterRulesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * Every public GET route that reads {@code lang}, with what it needs to answer 200;
   * {@code /api/taxonomy} answers in both languages and reads none.
   */
  private static final List<String> LANG_ROUTES = List.of("/?", "/documents/nl-preventie?",
      "/vocabulary?", "/map?", "/api/map?", "/api/search?", "/api/documents/nl-preventie?",
      "/api/suggest?q=bu&", "/api/export?format=csv&",
      "/api/documents/nl-preventie/cite?format=ris&", "/feed?");

  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  @Test
  void everyRouteRefusesARepeatedSingleValuedParameter() {
    JavalinTest.test(app(), (server, client) -> {
      assertRefused(client, "/api/documents/nl-preventie/cite?format=ris&format=bibtex", "format",
          "repeated_parameter");
      assertRefused(client, "/api/suggest?q=a&q=b", "q", "repeated_parameter");
      assertRefused(client, "/api/documents/nl-preventie?lang=en&lang=nl", "lang",
          "repeated_parameter");
      for (String route : LANG_ROUTES) {
        int status = client.get(route + "lang=en&lang=nl").code();
        assertEquals(400, status, route);
      }
      Response twoSearches = client.get("/documents/nl-preventie?search=q%3Da&search=q%3Db");
      assertEquals(400, twoSearches.code());
      assertTrue(twoSearches.body().string().contains("(de zoekopdracht waarmee u hier kwam):"
          + " deze parameter mag maar een keer voorkomen"), "the page says which parameter");
    });
  }

  @Test
  void theSearchADocumentPageLinksBackToMayBeLongerThanOtherValues() {
    JavalinTest.test(app(), (server, client) -> {
      String longSearch = "q=" + "buurtpreventie+".repeat(60);
      Response page = client.get("/documents/nl-preventie?search="
          + java.net.URLEncoder.encode(longSearch, java.nio.charset.StandardCharsets.UTF_8));
      assertEquals(200, page.code());
      assertTrue(page.body().string().contains("href=\"/?q=" + "buurtpreventie%20".repeat(60)
          + "\""), "links back to the search, its spaces encoded as the search page's links do");
    });
  }

  @Test
  void anEmptyValueIsNoValueOnEveryRoute() {
    JavalinTest.test(app(), (server, client) -> {
      for (String name : List.of("q", "size", "page", "year_from", "year_to", "form", "sort",
          "lang", "explain")) {
        assertEquals(200, client.get("/api/search?" + name + "=").code(), name);
        assertEquals(200, client.get("/?" + name + "=").code(), name);
        assertEquals(200, client.get("/api/search?" + name + "=%20").code(), name);
      }
      // What the search page's form submits with its fields left empty.
      Response form = client.get("/?lang=en&q=&year_from=&year_to=&sort=relevance");
      assertEquals(200, form.code());
      for (String route : LANG_ROUTES) {
        assertEquals(200, client.get(route + "lang=").code(), route);
      }
      assertEquals(200, client.get("/map?rows=&cols=").code());
      assertEquals(200, client.get("/api/map?rows=&cols=").code());
      // format is required: empty is the same as absent.
      assertRefused(client, "/api/export?format=", "format", "invalid_format");
      assertRefused(client, "/api/export", "format", "invalid_format");
      assertRefused(client, "/api/documents/nl-preventie/cite?format=", "format",
          "invalid_format");
      assertRefused(client, "/api/documents/nl-preventie/cite", "format", "invalid_format");
      // A second, empty value is no value either.
      assertEquals(200, client.get("/api/search?size=&size=5").code());
    });
  }

  @Test
  void routesOverTheWholeResultSetDoNotReadPaging() {
    JavalinTest.test(app(), (server, client) -> {
      for (String route : List.of("/api/export?format=csv&", "/feed?", "/api/map?", "/map?")) {
        assertEquals(200, client.get(route + "size=0&page=0&explain=maybe").code(), route);
        assertEquals(200, client.get(route + "size=1&size=2").code(), route);
      }
      String feed = client.get("/feed?size=5&lang=en").body().string();
      String id = feed.substring(feed.indexOf("<id>") + 4, feed.indexOf("</id>"));
      assertFalse(id.contains("size"), id);
      assertTrue(id.endsWith("/feed?lang=en"), id);
      String page = client.get("/?q=bewoners&size=20&page=2").body().string();
      assertTrue(page.contains("href=\"/api/export?format=csv&amp;delimiter=semicolon&amp;"
          + "q=bewoners\""), page);
      assertTrue(page.contains("href=\"/feed?q=bewoners\""), page);
    });
  }

  @Test
  void langIsATagOfDutchOrEnglishOnEveryRoute() {
    JavalinTest.test(app(), (server, client) -> {
      for (String route : LANG_ROUTES) {
        for (String english : List.of("en", "EN", "en-GB", "en_us", "En-Latn-GB")) {
          assertEquals(200, client.get(route + "lang=" + english).code(), route + english);
        }
        assertEquals(200, client.get(route + "lang=nl-BE").code(), route);
        Response unknown = client.get(route + "lang=fr");
        assertEquals(400, unknown.code(), route);
      }
      assertTrue(client.get("/?lang=en-GB").body().string().contains("<html lang=\"en\">"));
      assertTrue(client.get("/vocabulary?lang=EN").body().string().contains("<html lang=\"en\">"));
      assertTrue(client.get("/documents/nl-preventie?lang=nl-BE").body().string()
          .contains("<html lang=\"nl\">"));
      JsonNode labels = JSON.readTree(client.get("/api/search?lang=en-GB").body().string())
          .get("facets").get("type");
      JsonNode dutch = JSON.readTree(client.get("/api/search").body().string())
          .get("facets").get("type");
      assertFalse(labels.equals(dutch), "en-GB gives the English labels");
      assertEquals(labels, JSON.readTree(client.get("/api/search?lang=en").body().string())
          .get("facets").get("type"));
      // The links of a page carry the language as the site writes it.
      String page = client.get("/?q=bewoners&lang=EN").body().string();
      assertTrue(page.contains("lang=en"), "links carry lang=en");
      assertFalse(page.contains("lang=EN"), "not the tag as typed");
    });
  }

  @Test
  void theWordsOfSortAndExplainAreReadWhateverTheirCase() {
    JavalinTest.test(app(), (server, client) -> {
      assertEquals(200, client.get("/api/search?q=bewoners&explain=TRUE").code());
      assertTrue(client.get("/api/search?q=bewoners&explain=True").body().string()
          .contains("\"explain\""), "the hits are explained");
      assertEquals(client.get("/api/search?sort=newest").body().string(),
          client.get("/api/search?sort=NEWEST").body().string());
      assertEquals(400, client.get("/api/search?explain=yes").code());
    });
  }

  /**
   * Integer.parseInt reads any Unicode digit and a sign; a number parameter takes ASCII digits
   * only, so a full-width {@code ２} is the same 400 as any other non-number, on the API, the
   * routes over the whole result set and the page alike.
   */
  @Test
  void numbersAreAsciiDigitsOnly() {
    JavalinTest.test(app(), (server, client) -> {
      for (String value : List.of("%EF%BC%92", "%D9%A2", "%E0%A5%A8", "%2B2", "2.0")) {
        assertRefused(client, "/api/search?page=" + value, "page", "invalid_page");
        assertRefused(client, "/api/search?size=" + value, "size", "invalid_size");
        for (String year : List.of("year_from", "year_to")) {
          String digits = value.length() > 4 ? value.repeat(4) : value + "014";
          assertRefused(client, "/api/search?" + year + "=" + digits, year, "invalid_" + year);
          assertRefused(client, "/api/export?format=csv&" + year + "=" + digits, year,
              "invalid_" + year);
          assertRefused(client, "/api/map?" + year + "=" + digits, year, "invalid_" + year);
          assertEquals(400, client.get("/feed?" + year + "=" + digits).code(), year);
        }
      }
      Response page = client.get("/?q=politie&page=%EF%BC%92");
      assertEquals(400, page.code());
      assertTrue(page.body().string().contains(
          "Ongeldige zoekopdracht (paginanummer): het paginanummer moet een heel getal zijn"));
      assertEquals(400, client.get("/map?year_from=%EF%BC%92%EF%BC%90%EF%BC%91%EF%BC%94").code());
      assertEquals(200, client.get("/api/search?page=2&size=1&year_from=2014").code());
    });
  }

  @Test
  void anUnknownLanguageIsA400EverywhereBilingualInTheApiInThePagesLanguageOnAPage() {
    JavalinTest.test(app(), (server, client) -> {
      for (String route : List.of("/api/suggest?", "/api/search?", "/feed?",
          "/api/documents/nl-preventie?")) {
        JsonNode error = JSON.readTree(client.get(route + "lang=zz").body().string());
        assertEquals("invalid_lang", error.get("error").asText(), route);
        assertEquals("lang", error.get("parameter").asText(), route);
        assertTrue(error.get("message").asText().contains("nl or en"), route);
        assertTrue(error.get("message").asText().contains("nl of en"), route);
      }
      for (String route : List.of("/?", "/vocabulary?", "/documents/nl-preventie?", "/map?")) {
        Response dutch = client.get(route + "lang=fr");
        assertEquals(400, dutch.code(), route);
        String html = dutch.body().string();
        assertTrue(html.contains("<html lang=\"nl\">"), route);
        // the page's words only: text in the other language would need its own lang (WCAG 3.1.2)
        assertTrue(html.contains("de taal moet nl (Nederlands) of en (Engels) zijn."), route);
        assertFalse(html.contains("must be"), route + html);
        String english = client.get(route + "lang=english").body().string();
        assertTrue(english.contains("<html lang=\"en\">"), route);
        assertTrue(english.contains("the language must be nl (Dutch) or en (English)."), route);
        assertFalse(english.contains("taal moet"), route + english);
      }
    });
  }

  @Test
  void aParameterARouteDoesNotReadIsIgnored() {
    JavalinTest.test(app(), (server, client) -> {
      String both = client.get("/api/taxonomy").body().string();
      assertTrue(both.contains("\"nl\"") && both.contains("\"en\""), "both languages");
      for (String ignored : List.of("lang=zz", "lang=en&lang=nl", "lang=en", "q=a&q=b")) {
        Response response = client.get("/api/taxonomy?" + ignored);
        assertEquals(200, response.code(), ignored);
        assertEquals(both, response.body().string(), ignored);
      }
      assertEquals(200, client.get("/health?lang=zz&q=a&q=b").code());
      assertEquals(200, client.get("/api/documents/nl-preventie?q=a&q=b&size=0").code());
    });
  }

  @Test
  void aDocumentPageRefusedForItsAddressIsNoSearchAndLeadsBack() {
    JavalinTest.test(app(), (server, client) -> {
      Response dutch = client.get("/documents/nl-preventie?search=a&search=b");
      assertEquals(400, dutch.code());
      String html = dutch.body().string();
      assertTrue(html.contains("<h1>Ongeldig verzoek</h1>"), html);
      assertFalse(html.contains("Ongeldige zoekopdracht"), html);
      assertFalse(html.contains("(search)"), html);
      assertTrue(html.contains("Fout in het adres van deze pagina (de zoekopdracht waarmee u hier"
          + " kwam): deze parameter mag maar een keer voorkomen."), html);
      assertTrue(html.contains("href=\"/documents/nl-preventie\""), "back to the document: " + html);
      String english = client.get("/documents/nl-preventie?search=a&search=b&lang=en").body()
          .string();
      assertTrue(english.contains("<h1>Invalid request</h1>"), english);
      assertTrue(english.contains("Error in the address of this page (the search that led here):"
          + " this parameter may be given only once."), english);
      assertTrue(english.contains("href=\"/documents/nl-preventie?lang=en\""), english);
      JsonNode api = JSON.readTree(client.get("/api/search?q=a&q=b").body().string());
      assertEquals("repeated_parameter", api.get("error").asText(), "the API as it was");
      assertEquals("q", api.get("parameter").asText());
    });
  }

  @Test
  void thePageNamesABadFieldByItsLabelAndTheApiByItsParameter() {
    JavalinTest.test(app(), (server, client) -> {
      String english = client.get("/?year_from=twenty&lang=en").body().string();
      assertTrue(english.contains("Invalid search (Year: from)"), english);
      assertFalse(english.contains("(year_from)"));
      String dutch = client.get("/?year_from=twenty").body().string();
      assertTrue(dutch.contains("Ongeldige zoekopdracht (Jaar: van)"), dutch);
      assertTrue(client.get("/?form=nonsense&lang=en").body().string()
          .contains("Invalid search (Form"), "a facet by its label");
      assertRefused(client, "/api/search?year_from=twenty", "year_from", "invalid_year_from");
    });
  }

  private static void assertRefused(HttpClient client, String path, String parameter, String code)
      throws Exception {
    Response response = client.get(path);
    assertEquals(400, response.code(), path);
    JsonNode error = JSON.readTree(response.body().string());
    assertEquals(code, error.get("error").asText(), path);
    assertEquals(parameter, error.get("parameter").asText(), path);
  }

  private static Javalin app() {
    return WebApp.create(UnhurriedSearch.of(fixture.index()));
  }
}
