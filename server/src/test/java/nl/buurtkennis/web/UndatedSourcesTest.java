package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.buurtkennis.search.FixtureIndex;
import nl.buurtkennis.search.SearchIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shipped description based on general public information has no source year: sorting by year
 * puts it after every dated document, a year range leaves it out, and the pages show no year.
 */
class UndatedSourcesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path temp;
  private static SearchIndex index;

  @BeforeAll
  static void open() throws Exception {
    index = FixtureIndex.shipped(temp);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Test
  void eitherDateOrderPutsTheUndatedDocumentsLast() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(index)), (server, client) -> {
      for (String sort : List.of("newest", "oldest")) {
        JsonNode hits = JSON.readTree(client.get("/api/search?size=100&sort=" + sort).body()
            .string()).get("hits");
        List<Boolean> dated = new ArrayList<>();
        hits.forEach(hit -> dated.add(!hit.get("year").isNull()));
        assertTrue(dated.contains(false) && dated.contains(true), sort + ": " + dated);
        assertEquals(dated.stream().sorted((a, b) -> Boolean.compare(b, a)).toList(), dated,
            sort + ": every dated document before every undated one");
      }
    });
  }

  /**
   * The page says that a year range leaves out the documents without a year, beside the year
   * inputs, and how many of those the search would find without the range.
   */
  @Test
  void thePageSaysHowManyUndatedDocumentsTheYearRangeLeavesOut() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(index)), (server, client) -> {
      for (String lang : List.of("nl", "en")) {
        Messages msg = Messages.of(lang);
        String query = "/?q=politie&lang=" + lang;
        long all = total(client, "/api/search?q=politie");
        long dated = total(client, "/api/search?q=politie&year_from=0&year_to=9999");
        assertTrue(all > dated, all + " against " + dated);
        String ranged = client.get(query + "&year_from=2010").body().string();
        assertTrue(ranged.contains("<p class=\"undated\">"
            + msg.format("years.undated.leftout", all - dated) + "</p>"), ranged);
        String help = "<p class=\"help\">" + msg.get("years.undated.help") + "</p>";
        assertTrue(ranged.contains(help), ranged);
        String open = client.get(query).body().string();
        assertTrue(open.contains(help), "beside the year inputs, also before a range is set");
        assertFalse(open.contains("class=\"undated\""), open);
      }
      // only documents with a year among the matches: nothing is said to be left out
      long reports = total(client, "/api/search?type=report");
      assertTrue(reports > 0);
      assertEquals(reports, total(client, "/api/search?type=report&year_from=0"));
      String dated = client.get("/?type=report&year_from=2000").body().string();
      assertFalse(dated.contains("class=\"undated\""), dated);
    });
  }

  private static long total(io.javalin.testtools.HttpClient client, String path)
      throws Exception {
    return JSON.readTree(client.get(path).body().string()).get("total").asLong();
  }

  @Test
  void aYearRangeLeavesTheUndatedDocumentsOutAndThePagesShowNoYear() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(index)), (server, client) -> {
      JsonNode all = JSON.readTree(client.get("/api/search?q=WAAKS").body().string());
      assertTrue(all.get("hits").get(0).get("year").isNull(), all.toString());
      JsonNode ranged = JSON.readTree(client.get("/api/search?q=WAAKS&year_from=1950&year_to=9999")
          .body().string());
      ranged.get("hits").forEach(hit -> assertFalse(hit.get("id").asText().equals("waaks")));
      String page = client.get("/documents/waaks").body().string();
      assertFalse(page.contains("<th scope=\"row\">Jaar</th>"), page);
      assertTrue(client.get("/documents/buurtpreventie").body().string()
          .contains("<th scope=\"row\">Jaar</th><td>2014</td>"));
    });
  }
}
