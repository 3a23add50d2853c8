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
