package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The titles of the search page and the evidence map tell their states apart (WCAG 2.4.2):
 * that they show results, for which query and how many filters, on which page, or that there
 * are none; a refused search's starts with "Fout:" / "Error:". The query is escaped.
 */
class PageTitlesTest {
  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  @Test
  void theSearchPagesTitleSaysWhatItShows() {
    JavalinTest.test(app(), (server, client) -> {
      assertEquals("Zoeken", title(client, "/"));
      assertEquals("Search", title(client, "/?lang=en"));
      assertEquals("bewoners – zoekresultaten", title(client, "/?q=bewoners"));
      assertEquals("bewoners – search results", title(client, "/?q=bewoners&lang=en"));
      assertEquals("buurt – zoekresultaten (pagina 2)", title(client, "/?q=buurt&size=1&page=2"));
      assertEquals("buurt met 1 filter – zoekresultaten",
          title(client, "/?q=buurt&form=citizen-surveillance"));
      assertEquals("Zoekresultaten met 2 filters",
          title(client, "/?form=citizen-surveillance&year_from=2014"));
      assertEquals("Search results with 1 filter",
          title(client, "/?form=citizen-surveillance&lang=en"));
      assertEquals("Geen resultaten voor zebra", title(client, "/?q=zebra"));
      assertEquals("No results for zebra with 1 filter",
          title(client, "/?q=zebra&form=mediation&lang=en"));
      assertEquals("Geen resultaten met 2 filters",
          title(client, "/?form=mediation&year_from=2020"));
      assertEquals("Geen resultaten voor &lt;b&gt;zebra&lt;/b&gt;",
          title(client, "/?q=%3Cb%3Ezebra%3C%2Fb%3E"));
      assertEquals("buurt – zoekresultaten (pagina 50, voorbij de laatste)",
          title(client, "/?q=buurt&page=50"));
      assertEquals("Fout: Ongeldige zoekopdracht", title(client, "/?year_from=abc"));
      assertEquals("Error: Invalid search", title(client, "/?q=buurt&page=abc&lang=en"));
    });
  }

  @Test
  void theMapsTitleSaysWhichSearchItMaps() {
    JavalinTest.test(app(), (server, client) -> {
      String view = " (Vorm van participatie × Opbrengst)";
      assertEquals("Bewijskaart" + view, title(client, "/map"));
      assertEquals("Bewijskaart voor buurt" + view, title(client, "/map?q=buurt"));
      assertEquals("Evidence map for buurt with 1 filter (Form of participation × Benefit)",
          title(client, "/map?q=buurt&year_from=2014&lang=en"));
      assertEquals("Bewijskaart met 1 filter" + view, title(client, "/map?year_from=2014"));
      assertEquals("Bewijskaart" + " (Vorm van participatie × Knelpunt)",
          title(client, "/map?rows=form&cols=issue"), "two views of one search differ");
      assertEquals("Bewijskaart voor zebra" + view + " – geen resultaten",
          title(client, "/map?q=zebra"));
      assertEquals("Evidence map for &lt;i&gt; (Form of participation × Benefit) – no results",
          title(client, "/map?q=%3Ci%3E&lang=en"));
      assertEquals("Fout: Bewijskaart", title(client, "/map?year_from=abc"));
    });
  }

  /** The title of the page at {@code path}, without the site's name. */
  private static String title(HttpClient client, String path) throws Exception {
    String html = client.get(path).body().string();
    Matcher title = Pattern.compile("<title>(.*) · Buurtkennis</title>").matcher(html);
    assertTrue(title.find(), html);
    return title.group(1);
  }

  private static io.javalin.Javalin app() {
    return WebApp.create(UnhurriedSearch.of(fixture.index()));
  }
}
