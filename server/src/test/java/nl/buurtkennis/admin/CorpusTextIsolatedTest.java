package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Right-to-left words in a corpus file's one-line text (Arabic, which the corpus may quote; a
 * direction control it refuses) turn only that text: wherever a page shows such text inline,
 * among other words, it is isolated ({@code <bdi>}; between U+2068 and U+2069 in a page's plain
 * title), as what a user typed is.
 */
class CorpusTextIsolatedTest {
  private static final String RTL = " \u0645\u0631\u062D\u0628\u0627";
  private static final String DOC = "---\n"
      + "id: omgekeerd\n"
      + "title: \"Omgekeerd" + RTL + " verslag\"\n"
      + "type: practice\n"
      + "language: nl\n"
      + "year: 2016\n"
      + "summary: Een korte samenvatting over buurtbemiddeling.\n"
      + "forms: [mediation]\n"
      + "places: [\"Den" + RTL + " Haag\", Utrecht]\n"
      + "organisations: [\"Stichting" + RTL + " Buurt\", Gemeente]\n"
      + "authors: [\"Jansen" + RTL + "\", Pietersen]\n"
      + "source: \"Rapport" + RTL + " 2016\"\n"
      + "---\n"
      + "## Tekst\n\nBuurtbemiddeling in omgekeerde wijken.\n";

  @RegisterExtension
  static final AdminTestApp fixture = new AdminTestApp();

  @Test
  void corpusTextAmongOtherWordsIsIsolatedWhereverAPageShowsIt() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      HttpResponse<String> created = client.api("POST", "/api/admin/documents", DOC);
      assertEquals(201, created.statusCode(), created.body());

      String page = client.get("/documents/omgekeerd").body();
      assertTrue(page.contains("<title>\u2068Omgekeerd" + RTL + " verslag\u2069 · Buurtkennis"
          + "</title>"), page);
      assertTrue(page.contains("<td><bdi>Den" + RTL + " Haag</bdi>, <bdi>Utrecht</bdi></td>"),
          page);
      assertTrue(page.contains("<td><bdi>Stichting" + RTL + " Buurt</bdi>, <bdi>Gemeente</bdi>"
          + "</td>"), page);
      assertTrue(page.contains("<td><bdi>Jansen" + RTL + "</bdi>, <bdi>Pietersen</bdi></td>"),
          page);
      assertTrue(page.contains("<span lang=\"nl\"><cite><bdi>Omgekeerd" + RTL + " verslag</bdi>"
          + "</cite></span>"), page);
      assertTrue(page.contains("<span lang=\"nl\"><bdi>Rapport" + RTL + " 2016</bdi></span>"),
          page);

      String hits = client.get("/?q=omgekeerde").body();
      assertTrue(hits.contains("<span><bdi>Den" + RTL + " Haag</bdi>, <bdi>Utrecht</bdi></span>"),
          hits);

      AdminTestApp.Session session = client.signIn();
      String list = session.get("/admin/documents").body();
      assertTrue(list.contains(": <span lang=\"nl\"><bdi>Omgekeerd" + RTL + " verslag</bdi></span>"),
          list);
      String health = session.get("/admin").body();
      assertTrue(health.contains("<li><a href=\"/documents/omgekeerd\" hreflang=\"nl\" "
          + "lang=\"nl\"><bdi>Omgekeerd" + RTL + " verslag</bdi></a> <code>"), health);
    });
  }
}
