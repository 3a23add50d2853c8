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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.buurtkennis.search.SearchService;
import nl.buurtkennis.search.TestIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import nl.buurtkennis.taxonomy.Concept;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The evidence map's JSON and page, through Javalin's test tools, against /api/search. */
class MapControllerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** A cell of the page's table: its link and the count it shows. */
  private static final Pattern CELL =
      Pattern.compile("<td class=\"heat-(\\d)\"><a href=\"([^\"]+)\"[^>]*>(\\d+)</a></td>");
  private static final String[] BASES = {"", "q=bewoners", "language=nl",
      "q=buurt&language=nl", "form=mediation&benefit=feelings&issue=privacy&year_from=2015",
      "type=practice&sort=newest&size=5&page=2&lang=en"};
  /** Fewer searches for the pages, whose cells the API test already checks one by one. */
  private static final String[] PAGE_BASES = {"", "q=buurt&language=nl",
      "form=mediation&benefit=feelings&issue=privacy&year_from=2015",
      "type=practice&sort=newest&size=5&page=2&lang=en"};
  private static final String[][] VIEWS = {{"form", "benefit"}, {"form", "issue"}};

  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  @Test
  void mapAnswersWithRowsColsAndCountsInTaxonomyOrder() {
    SearchService service = UnhurriedSearch.of(fixture.index());
    JavalinTest.test(WebApp.create(service), (server, client) -> {
      Response response = client.get("/api/map?rows=form&cols=benefit");
      assertEquals(200, response.code());
      JsonNode body = json(response);
      assertEquals(List.of("rows", "cols", "counts", "rowLabels", "colLabels"), fields(body));
      assertEquals(conceptIds(service, "form"), texts(body.get("rows")));
      assertEquals(conceptIds(service, "benefit"), texts(body.get("cols")));
      assertEquals(body.get("rows").size(), body.get("counts").size());
      for (JsonNode row : body.get("counts")) {
        assertEquals(body.get("cols").size(), row.size());
      }
      assertEquals(2, cell(body, "citizen-surveillance", "feelings"));
      assertEquals(1, cell(body, "citizen-surveillance", "effects"));
      assertEquals(1, cell(body, "mediation", "trust-residents"));
      assertEquals("Toezicht", body.get("rowLabels").get(0).asText());
      assertEquals(body, json(client.get("/api/map")), "rows=form&cols=benefit is the default");
      JsonNode issues = json(client.get("/api/map?rows=form&cols=issue"));
      assertEquals(conceptIds(service, "issue"), texts(issues.get("cols")));
      assertEquals(2, cell(issues, "citizen-surveillance", "unintended-consequences"));
    });
  }

  @Test
  void everyCellEqualsTheTotalOfItsLinkedSearch() {
    JavalinTest.test(app(), (server, client) -> {
      int nonZero = 0;
      for (String base : BASES) {
        for (String[] view : VIEWS) {
          JsonNode map = json(client.get("/api/map?rows=" + view[0] + "&cols=" + view[1] + "&"
              + base));
          String others = without(base, view[0], view[1]);
          for (int r = 0; r < map.get("rows").size(); r++) {
            for (int c = 0; c < map.get("cols").size(); c++) {
              String linked = others + "&" + view[0] + "=" + map.get("rows").get(r).asText() + "&"
                  + view[1] + "=" + map.get("cols").get(c).asText();
              long count = map.get("counts").get(r).get(c).asLong();
              assertEquals(total(client, linked), count, base + " → " + linked);
              nonZero += count > 0 ? 1 : 0;
            }
          }
        }
      }
      assertTrue(nonZero > 20, "the comparison covers cells with documents too");
    });
  }

  @Test
  void everyLinkOfThePageFindsTheCountItShows() {
    JavalinTest.test(app(), (server, client) -> {
      for (String base : PAGE_BASES) {
        for (String[] view : VIEWS) {
          String page = client.get("/map?rows=" + view[0] + "&cols=" + view[1] + "&" + base)
              .body().string();
          Matcher cell = CELL.matcher(page);
          int cells = 0;
          while (cell.find()) {
            String href = cell.group(2).replace("&amp;", "&");
            assertTrue(href.startsWith("/?"), href);
            assertEquals(Long.parseLong(cell.group(3)), total(client, href.substring(2)), href);
            assertEquals(cell.group(3).equals("0"), cell.group(1).equals("0"), "gaps, and only "
                + "gaps, are shaded as gaps: " + href);
            cells++;
          }
          JsonNode map = json(client.get("/api/map?rows=" + view[0] + "&cols=" + view[1] + "&"
              + base));
          if (page.contains("class=\"map-none\"")) {
            // What the map counts matches no document: no table of zeros posing as gaps.
            assertEquals(0, cells, base);
            assertFalse(map.get("counts").toString().matches(".*[1-9].*"), base);
          } else {
            assertEquals(map.get("rows").size() * map.get("cols").size(), cells, base);
          }
        }
      }
    });
  }

  @Test
  void pageLinksKeepTheSearchAndReplaceOnlyTheMapsOwnFacets() {
    JavalinTest.test(app(), (server, client) -> {
      String page = client.get("/map?q=buurt&language=nl&form=mediation&lang=en").body().string();
      assertTrue(page.contains(
          "href=\"/?q=buurt&amp;form=citizen-surveillance&amp;language=nl&amp;benefit=feelings"
              + "&amp;lang=en\""), "cell link");
      assertTrue(page.contains("href=\"/map?rows=form&amp;cols=issue&amp;q=buurt&amp;"
          + "form=mediation&amp;language=nl&amp;lang=en\""), "switch to form × issue");
      assertTrue(page.contains("href=\"/?q=buurt&amp;form=mediation&amp;language=nl&amp;lang=en\""),
          "back to the search");
      assertTrue(page.contains("<input type=\"hidden\" name=\"language\" value=\"nl\">"),
          "the form keeps the filters");
      assertTrue(page.contains("name=\"q\" type=\"search\" value=\"buurt\""), "and the query");
    });
  }

  @Test
  void pageShowsAnAccessibleTableAndATextAlternative() {
    JavalinTest.test(app(), (server, client) -> {
      Response response = client.get("/map");
      assertEquals(200, response.code());
      String page = response.body().string();
      assertTrue(page.contains("<table"));
      assertTrue(page.contains("<caption id=\"map-caption\">Vorm van participatie × Opbrengst: "
          + "aantal documenten per combinatie</caption>"));
      assertTrue(page.contains("<th scope=\"col\" class=\"depth-0\"><span>Gevoelens</span></th>"));
      assertTrue(page.contains("<th scope=\"col\" class=\"depth-1\"><span>Zich veiliger voelen"
          + "<span class=\"visually-hidden\"> (onderdeel van Gevoelens)</span></span></th>"),
          "a narrower concept's heading says what it is part of, not by indent alone");
      assertTrue(page.contains("<th scope=\"row\" class=\"depth-0\">Toezicht</th>"));
      assertTrue(page.contains("aria-label=\"Toezicht × Gevoelens: 2 documenten\""));
      assertTrue(page.contains("aria-label=\"Toezicht × Gedrag: 0 documenten (leemte)\""));
      assertTrue(page.contains("<td class=\"heat-0\">"), "gaps are marked");
      assertTrue(page.contains("<td class=\"heat-4\">"), "the largest count is the darkest");
      assertTrue(page.contains("<span aria-current=\"page\">Vorm van participatie × Opbrengst"
          + "</span>"));
      assertTrue(page.contains("<a href=\"/map?rows=form&amp;cols=issue\">Vorm van participatie"
          + " × Knelpunt</a>"));
      assertTrue(page.contains("<h2 id=\"map-summary-heading\">De kaart in tekst</h2>"));
      assertTrue(page.contains("<li><strong>Opsporing</strong>: geen enkel document</li>"));
      Matcher gaps = Pattern.compile("<li><strong>Toezicht</strong>: ([^<]*)</li>").matcher(page);
      assertTrue(gaps.find(), "the gaps of Toezicht");
      assertTrue(gaps.group(1).contains("Gedrag (en alles daaronder)"), gaps.group(1));
      assertFalse(gaps.group(1).contains("Meer meldingen"), "a gap is named once per branch");
      assertFalse(gaps.group(1).contains("Zich veiliger voelen"), gaps.group(1));
      assertTrue(page.contains(">Toezicht × Gevoelens: 2 documenten</a></li>"), "strongest cells");
      assertTrue(page.contains("href=\"/map\" aria-current=\"page\">Bewijskaart</a>"),
          "header link, marked as the page shown");
      assertTrue(page.contains("<a href=\"/\">Naar de zoekresultaten</a>"),
          "back to all documents");
      String issues = client.get("/map?rows=form&cols=issue").body().string();
      assertTrue(issues.contains("<th scope=\"col\" class=\"depth-1\"><span>Privacy"));
      assertTrue(issues.contains("aria-label=\"Toezicht × "
          + label(client, "issue", "unintended-consequences") + ": 2 documenten\""));
    });
  }

  @Test
  void everyCellsAccessibleNameHoldsTheNumberItShows() {
    JavalinTest.test(app(), (server, client) -> {
      for (String path : List.of("/map", "/map?lang=en", "/map?rows=form&cols=issue",
          "/map?rows=issue&cols=benefit&lang=en")) {
        String page = client.get(path).body().string();
        Matcher cell = Pattern.compile("<td class=\"heat-(\\d)\"><a href=\"[^\"]*\" "
            + "aria-label=\"([^\"]*)\" title=\"[^\"]*\">([^<]*)</a></td>").matcher(page);
        int cells = 0;
        int gaps = 0;
        while (cell.find()) {
          cells++;
          gaps += cell.group(1).equals("0") ? 1 : 0;
          // WCAG 2.5.3: the name a speech user says ("click 0") is in the accessible name
          assertTrue(cell.group(2).matches(".*: " + Pattern.quote(cell.group(3)) + " \\D.*"),
              path + ": '" + cell.group(2) + "' for a cell showing " + cell.group(3));
        }
        assertTrue(cells > 10 && gaps > 0, path + ": " + cells + " cells, " + gaps + " gaps");
      }
    });
  }

  @Test
  void aNarrowerRowHeadingSaysWhatItIsPartOf() {
    JavalinTest.test(app(), (server, client) -> {
      String page = client.get("/map?rows=issue&cols=form").body().string();
      Matcher nested = Pattern.compile("<th scope=\"row\" class=\"depth-1\">([^<]*)"
          + "<span class=\"visually-hidden\"> \\(onderdeel van ([^)<]*)\\)</span></th>")
          .matcher(page);
      assertTrue(nested.find(), page);
      assertFalse(page.contains("<th scope=\"row\" class=\"depth-0\"><span class=\"visually-hidden"),
          "a concept at the top is part of nothing");
    });
  }

  @Test
  void pageEscapesTheQueryEverywhere() {
    JavalinTest.test(app(), (server, client) -> {
      String page = client.get("/map?q=" + encode("<script>alert('x')</script>\"")).body()
          .string();
      assertFalse(page.contains("<script>alert("), "no script");
      assertTrue(page.contains("&lt;script&gt;"), "the query is shown, escaped");
      assertFalse(page.contains("value=\"<script>"));
      assertTrue(page.contains("De kaart in tekst"));
    });
  }

  @Test
  void labelsFollowTheLanguage() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode map = json(client.get("/api/map?lang=en"));
      assertEquals("Citizen surveillance", map.get("rowLabels").get(0).asText());
      assertEquals("Feelings", map.get("colLabels").get(0).asText());
      String page = client.get("/map?lang=en").body().string();
      assertTrue(page.contains("<html lang=\"en\">"));
      assertTrue(page.contains("<h1>Evidence map</h1>"));
      assertTrue(page.contains("Form of participation × Benefit: number of documents per "
          + "combination"));
      assertTrue(page.contains("aria-label=\"Citizen surveillance × Feelings: 2 documents\""));
      assertTrue(page.contains(
          "aria-label=\"Citizen surveillance × Behaviour: 0 documents (gap)\""));
      assertTrue(page.contains("<span>Feeling safer<span class=\"visually-hidden\"> (part of "
          + "Feelings)</span></span>"), page);
      assertTrue(page.contains("<h2 id=\"map-summary-heading\">The map in words</h2>"));
      assertTrue(page.contains("<input type=\"hidden\" name=\"lang\" value=\"en\">"));
      assertTrue(page.contains("href=\"/map?rows=form&amp;cols=benefit\""), "other language");
    });
  }

  @Test
  void badDimensionsGet400NamingTheParameter() {
    JavalinTest.test(app(), (server, client) -> {
      assertBadRequest(client, "/api/map?rows=nonsense", "rows");
      assertBadRequest(client, "/api/map?cols=place", "cols");
      assertBadRequest(client, "/api/map?rows=benefit", "cols");
      assertBadRequest(client, "/api/map?rows=issue&cols=issue", "cols");
      assertBadRequest(client, "/api/map?language=xx", "language");
      assertBadRequest(client, "/api/map?lang=de", "lang");
      Response page = client.get("/map?rows=nonsense");
      assertEquals(400, page.code());
      String html = page.body().string();
      assertTrue(html.contains("class=\"error\""));
      assertTrue(html.contains("(Rijen)"), "the field by its label, not its parameter");
      assertTrue(html.contains("kies voor de rijen een van de facetten in de lijst"), html);
      assertFalse(html.contains("<table"));
      assertTrue(client.get("/map?rows=form&cols=form&lang=en").body().string()
          .contains("rows and columns must be different facets"));
    });
  }

  @Test
  void anUnknownValueOfTheRowOrColumnFacetIsRefusedToo() {
    JavalinTest.test(app(), (server, client) -> {
      assertBadRequest(client, "/api/map?form=nonsense", "form");
      assertBadRequest(client, "/api/map?rows=issue&cols=benefit&benefit=nonsense", "benefit");
    });
  }

  @Test
  void searchPageLinksToTheMapOfItsSearch() {
    JavalinTest.test(app(), (server, client) -> {
      String nl = client.get("/?q=bewoners&language=nl&page=1&size=20").body().string();
      assertTrue(nl.contains("<a href=\"/map?q=bewoners&amp;language=nl\">Bekijk als bewijskaart"
          + "</a>"));
      String en = client.get("/?lang=en").body().string();
      assertTrue(en.contains("<a href=\"/map?lang=en\">View as evidence map</a>"));
      assertTrue(en.contains("<a href=\"/map?lang=en\">Evidence map</a>"), "header link");
    });
  }

  private static Javalin app() {
    return WebApp.create(UnhurriedSearch.of(fixture.index()));
  }

  /** The search parameters of {@code base} without those of the map's own facets. */
  private static String without(String base, String rowDim, String colDim) {
    return Arrays.stream(base.split("&"))
        .filter(p -> !p.isEmpty() && !p.startsWith(rowDim + "=") && !p.startsWith(colDim + "="))
        .collect(Collectors.joining("&"));
  }

  private static long total(HttpClient client, String query) throws Exception {
    Response response = client.get("/api/search?" + query);
    assertEquals(200, response.code(), query);
    return json(response).get("total").asLong();
  }

  private static long cell(JsonNode map, String row, String col) {
    int r = texts(map.get("rows")).indexOf(row);
    int c = texts(map.get("cols")).indexOf(col);
    assertTrue(r >= 0 && c >= 0, row + " × " + col);
    return map.get("counts").get(r).get(c).asLong();
  }

  private static String label(HttpClient client, String dim, String id) throws Exception {
    JsonNode map = json(client.get("/api/map?cols=" + dim));
    return map.get("colLabels").get(texts(map.get("cols")).indexOf(id)).asText();
  }

  private static List<String> conceptIds(SearchService service, String dim) {
    return service.taxonomy().require(dim).concepts().stream().map(Concept::id).toList();
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  private static List<String> fields(JsonNode object) {
    List<String> fields = new ArrayList<>();
    object.fieldNames().forEachRemaining(fields::add);
    return fields;
  }

  private static void assertBadRequest(HttpClient client, String path, String parameter)
      throws Exception {
    Response response = client.get(path);
    assertEquals(400, response.code(), path);
    JsonNode body = json(response);
    assertEquals(parameter, body.get("parameter").asText(), path);
    assertFalse(body.toString().contains("Exception"), path);
  }

  private static JsonNode json(Response response) throws Exception {
    return JSON.readTree(response.body().string());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
