package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import nl.buurtkennis.search.TestIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A search that matches no document has no map: a table of zeros would present every combination
 * as a gap in the evidence. The page says why nothing matches, as the search page does.
 */
class MapNoMatchTest {
  private static final String TABLE = "<table class=\"map\">";

  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  @Test
  void aQueryThatMatchesNothingNamesItsWordsAndShowsNoGaps() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      String en = page(client, "/map?lang=en&q=zebra");
      assertTrue(en.contains("<p>No document contains: <bdi>zebra</bdi>.</p>"), en);
      // no filter was chosen, so none is named
      assertTrue(en.contains("<p>No document matches this search, so no map is"
          + " shown: its empty cells would not be gaps in the evidence.</p>"), en);
      assertFalse(en.contains(TABLE), en);
      assertFalse(en.contains("(gap)"), "no cell, legend or summary speaks of gaps: " + en);
      String nl = page(client, "/map?q=zebra");
      assertTrue(nl.contains("<p>Geen document bevat: <bdi>zebra</bdi>.</p>"), nl);
      assertFalse(nl.contains("leemte)"), nl);
    });
  }

  @Test
  void itOffersTheMapOfTheCorrectedSearch() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      String search = page(client, "/?q=wijkagnet&lang=en");
      assertTrue(search.contains("<p class=\"suggestion\">Did you mean: <a href=\"/?q=wijkagent"
          + "&amp;lang=en\"><bdi lang=\"nl\">wijkagent</bdi></a>"), search);
      String map = page(client, "/map?rows=form&cols=issue&q=wijkagnet&lang=en");
      assertTrue(map.contains("<p class=\"suggestion\">Did you mean: <a href=\"/map?rows=form"
          + "&amp;cols=issue&amp;q=wijkagent&amp;lang=en\"><bdi lang=\"nl\">wijkagent</bdi></a>"),
          map);
      assertFalse(map.contains(TABLE), map);
    });
  }

  @Test
  void stopWordsOperatorsAndFiltersThatMatchNothingAreExplainedToo() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      String is = page(client, "/map?lang=en&q=is");
      assertTrue(is.contains("<p>Your search holds only very common words (<bdi>is</bdi>)"), is);
      assertTrue(page(client, "/map?lang=en&q=NOT").contains("<p>Your search holds no words"));
      String years = page(client, "/map?lang=en&q=bewoners&year_from=1950&year_to=1951");
      assertTrue(years.contains("<p>No document matches this search and its filters"), years);
      assertFalse(years.contains(TABLE), years);
      String de = page(client, "/map?q=de+het");
      assertTrue(de.contains("<p>Geen document past bij deze zoekopdracht, dus"), de);
      assertFalse(de.contains("filters, dus"), de);
      String onlyYears = page(client, "/map?lang=en&year_from=1950&year_to=1951");
      assertTrue(onlyYears.contains("<p>No document matches the filters, so"), onlyYears);
    });
  }

  @Test
  void aSearchThatMatchesSomethingKeepsItsMap() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      String map = page(client, "/map?lang=en&q=bewoners");
      assertTrue(map.contains(TABLE), map);
      assertFalse(map.contains("map-none"), map);
      // The map's own facets are replaced by its rows and columns, so a selection in them that
      // the search page would find nothing with does not empty the map.
      String replaced = page(client, "/map?lang=en&q=bewoners&form=mediation&benefit=trust-police"
          + "&issue=privacy");
      assertTrue(replaced.contains(TABLE), replaced);
    });
  }

  private static String page(HttpClient client, String path) throws Exception {
    return client.get(path).body().string();
  }
}
