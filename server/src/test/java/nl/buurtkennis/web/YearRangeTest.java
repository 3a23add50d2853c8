package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.time.Year;
import nl.buurtkennis.corpus.DocumentParser;
import nl.buurtkennis.search.TestIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The years a search takes: any year of four digits, in the API and the pages' year inputs alike,
 * where a range outside the documents' years finds nothing; openapi.json says the same.
 */
class YearRangeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  @Test
  void theSearchFormsYearInputsTakeTheYearsTheServerTakes() {
    assertEquals(1950, DocumentParser.MIN_YEAR);
    assertEquals(Year.now().getValue(), DocumentParser.maxYear());
    JavalinTest.test(app(), (server, client) -> {
      String page = client.get("/?lang=en").body().string();
      String bounds = "min=\"" + SearchParams.MIN_YEAR + "\" max=\"" + SearchParams.MAX_YEAR
          + "\"";
      assertTrue(page.contains("id=\"year_from\" name=\"year_from\" type=\"number\" "
          + "inputmode=\"numeric\" " + bounds), page);
      assertTrue(page.contains("id=\"year_to\" name=\"year_to\" type=\"number\" "
          + "inputmode=\"numeric\" " + bounds), page);
    });
  }

  /**
   * A browser does not submit a form whose number input holds a value outside its min and max:
   * a year the server searches, from a link, must be within them, or changing only the words and
   * searching again would fail.
   */
  @Test
  void aYearTheServerSearchesDoesNotBlockTheForm() {
    JavalinTest.test(app(), (server, client) -> {
      var search = client.get("/?year_from=1900&year_to=1940&lang=en");
      assertEquals(200, search.code());
      String page = search.body().string();
      assertSubmittable(page, "year_from", 1900);
      assertSubmittable(page, "year_to", 1940);
      assertTrue(client.get("/?year_from=" + (DocumentParser.maxYear() + 50)).body().string()
          .contains("max=\"9999\" value=\"" + (DocumentParser.maxYear() + 50) + "\""));
      // a refused map shows its year inputs; those years it did not refuse for
      var map = client.get("/map?year_from=1900&year_to=1940&rows=form&cols=form&lang=en");
      assertEquals(400, map.code());
      String mapPage = map.body().string();
      assertSubmittable(mapPage, "year_from", 1900);
      assertSubmittable(mapPage, "year_to", 1940);
    });
  }

  private static void assertSubmittable(String page, String name, int year) {
    java.util.regex.Matcher input = java.util.regex.Pattern.compile("<input id=\"" + name
        + "\"[^>]*>").matcher(page);
    assertTrue(input.find(), page);
    String tag = input.group();
    assertTrue(tag.contains("value=\"" + year + "\""), tag);
    java.util.regex.Matcher min = java.util.regex.Pattern.compile("min=\"(\\d+)\"").matcher(tag);
    java.util.regex.Matcher max = java.util.regex.Pattern.compile("max=\"(\\d+)\"").matcher(tag);
    assertTrue(!min.find() || Integer.parseInt(min.group(1)) <= year, tag);
    assertTrue(!max.find() || Integer.parseInt(max.group(1)) >= year, tag);
    assertTrue(!tag.contains("aria-invalid"), tag);
  }

  @Test
  void aYearOutsideTheDocumentsIsNoErrorAndARangeOutsideThemFindsNothing() {
    JavalinTest.test(app(), (server, client) -> {
      long all = total(client.get("/api/search").body().string());
      assertTrue(all > 0);
      assertEquals(0, total(client.get("/api/search?year_from=1900&year_to=1949").body()
          .string()));
      assertEquals(0, total(client.get("/api/search?year_from=" + (DocumentParser.maxYear() + 1))
          .body().string()));
      assertEquals(all, total(client.get("/api/search?year_from=0&year_to=9999").body()
          .string()));
      var tooLate = client.get("/api/search?year_to=10000");
      assertEquals(400, tooLate.code());
      assertEquals("invalid_year_to", JSON.readTree(tooLate.body().string()).get("error")
          .asText());
      assertEquals(200, client.get("/?year_from=1900&year_to=1949").code());
      assertTrue(client.get("/?year_from=twenty").body().string()
          .contains("het jaartal moet een heel getal van 0 tot en met 9999 zijn"), "not 9.999");
      assertTrue(client.get("/?year_to=-1&lang=en").body().string()
          .contains("the year must be a whole number from 0 to 9999"));
    });
  }

  @Test
  void theYearFacetListsTheSelectedYearsAsTheOtherFacetsListTheirSelectedValues() {
    JavalinTest.test(app(), (server, client) -> {
      // mediation: one document, of 2016; the range asked for holds none of its years
      JsonNode years = JSON.readTree(client.get("/api/search?form=mediation&year_from=2020"
          + "&year_to=2021").body().string()).get("facets").get("year");
      assertEquals("[2021 0 true, 2020 0 true, 2016 1 false]", years(years));
      // an open range: its years that a document may have, up to this year
      JsonNode open = JSON.readTree(client.get("/api/search?form=mediation&year_from="
          + (DocumentParser.maxYear() - 1)).body().string()).get("facets").get("year");
      assertEquals("[" + DocumentParser.maxYear() + " 0 true, " + (DocumentParser.maxYear() - 1)
          + " 0 true, 2016 1 false]", years(open));
      JsonNode before = JSON.readTree(client.get("/api/search?year_from=1900&year_to=1951")
          .body().string()).get("facets").get("year");
      assertTrue(years(before).startsWith("[2022 1 false,") && years(before).endsWith(
          "1951 0 true, 1950 0 true]"), years(before));
      // the page shows the range as an active filter, which its link removes
      String page = client.get("/?form=mediation&year_from=2020&year_to=2020&lang=en").body()
          .string();
      assertTrue(page.contains("<a href=\"/?form=mediation&amp;lang=en\" aria-label=\"Remove"),
          page);
      assertTrue(page.contains("Year: 2020–2020"), page);
    });
  }

  private static String years(JsonNode facet) {
    java.util.List<String> values = new java.util.ArrayList<>();
    facet.forEach(value -> values.add(value.get("id").asText() + " " + value.get("count")
        .asLong() + " " + value.get("selected").asBoolean()));
    return values.toString();
  }

  @Test
  void openApiDescribesTheSameRange() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode parameters = JSON.readTree(client.get("/openapi.json").body().string())
          .get("components").get("parameters");
      for (String name : new String[] {"year_from", "year_to"}) {
        JsonNode parameter = parameters.get(name);
        assertEquals(SearchParams.MIN_YEAR, parameter.get("schema").get("minimum").asInt());
        assertEquals(SearchParams.MAX_YEAR, parameter.get("schema").get("maximum").asInt());
        assertTrue(parameter.get("description").asText().contains("Documents have years from "
            + DocumentParser.MIN_YEAR + " to the current year"), name);
      }
    });
  }

  private static long total(String json) throws Exception {
    return JSON.readTree(json).get("total").asLong();
  }

  private static io.javalin.Javalin app() {
    return WebApp.create(UnhurriedSearch.of(fixture.index()));
  }
}
