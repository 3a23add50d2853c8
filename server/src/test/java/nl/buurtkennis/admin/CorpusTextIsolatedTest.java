package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A direction control in a corpus file's one-line text (a right-to-left override, U+202E, that
 * it never closes) turns only that text: wherever a page shows such text inline, among other
 * words, it is isolated ({@code <bdi>}; between U+2068 and U+2069 in a page's plain title), as
 * what a user typed is.
 */
class CorpusTextIsolatedTest {
  private static final String RLO = "\u202E";
  private static final String DOC = "---\n"
      + "id: omgekeerd\n"
      + "title: \"Omgekeerd" + RLO + " verslag\"\n"
      + "type: practice\n"
      + "language: nl\n"
      + "year: 2016\n"
      + "summary: Een korte samenvatting over buurtbemiddeling.\n"
      + "forms: [mediation]\n"
      + "places: [\"Den" + RLO + " Haag\", Utrecht]\n"
      + "organisations: [\"Stichting" + RLO + " Buurt\", Gemeente]\n"
      + "authors: [\"Jansen" + RLO + "\", Pietersen]\n"
      + "source: \"Rapport" + RLO + " 2016\"\n"
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
      assertTrue(page.contains("<title>\u2068Omgekeerd" + RLO + " verslag\u2069 · Buurtkennis"
          + "</title>"), page);
      assertTrue(page.contains("<td><bdi>Den" + RLO + " Haag</bdi>, <bdi>Utrecht</bdi></td>"),
          page);
      assertTrue(page.contains("<td><bdi>Stichting" + RLO + " Buurt</bdi>, <bdi>Gemeente</bdi>"
          + "</td>"), page);
      assertTrue(page.contains("<td><bdi>Jansen" + RLO + "</bdi>, <bdi>Pietersen</bdi></td>"),
          page);
      assertTrue(page.contains("<span lang=\"nl\"><cite><bdi>Omgekeerd" + RLO + " verslag</bdi>"
          + "</cite></span>"), page);
      assertTrue(page.contains("<span lang=\"nl\"><bdi>Rapport" + RLO + " 2016</bdi></span>"),
          page);

      String hits = client.get("/?q=omgekeerde").body();
      assertTrue(hits.contains("<span><bdi>Den" + RLO + " Haag</bdi>, <bdi>Utrecht</bdi></span>"),
          hits);

      AdminTestApp.Session session = client.signIn();
      String list = client.get("/admin/documents", "Cookie", session.cookie()).body();
      assertTrue(list.contains(": <span lang=\"nl\"><bdi>Omgekeerd" + RLO + " verslag</bdi></span>"),
          list);
      String health = client.get("/admin", "Cookie", session.cookie()).body();
      assertTrue(health.contains("<li><a href=\"/documents/omgekeerd\" hreflang=\"nl\" "
          + "lang=\"nl\"><bdi>Omgekeerd" + RLO + " verslag</bdi></a> <code>"), health);
    });
  }
}
