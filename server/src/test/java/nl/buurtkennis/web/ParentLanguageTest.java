package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import nl.buurtkennis.search.FixtureIndex;
import nl.buurtkennis.search.SearchIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Onderdeel van" / "Part of" names the report a document is part of in the page's language,
 * where the report has a translation in it, as the related documents are listed.
 */
class ParentLanguageTest {
  @TempDir
  static Path temp;
  private static SearchIndex index;

  @BeforeAll
  static void open() throws Exception {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("rapport.md", TempCorpus.doc("rapport", "",
            "## Rapport\n\nBewoners en politie werken samen in de wijk.\n")
            .replace("title: Titel van rapport", "title: Burgers in de wijk")
            .replace("type: practice", "type: report"))
        .document("report.md", TempCorpus.doc("report", "translation: rapport\n",
            "## Report\n\nResidents and police work together in the district.\n")
            .replace("language: nl", "language: en")
            .replace("title: Titel van report", "title: Citizens in the district")
            .replace("type: practice", "type: report"))
        .document("hoofdstuk.md", TempCorpus.doc("hoofdstuk", "parent: rapport\n",
            "## Hoofdstuk\n\nBewoners lopen 's avonds door de straat.\n"))
        .document("chapter.md", TempCorpus.doc("chapter", "parent: report\n",
            "## Chapter\n\nResidents walk through the street at night.\n")
            .replace("language: nl", "language: en"));
    index = FixtureIndex.open(corpus.dir(), temp);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Test
  void thePartOfLinkNamesTheReportInThePagesLanguage() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(index)), (server, client) -> {
      String[][] cases = {
          {"/documents/hoofdstuk", "Onderdeel van</th><td><a href=\"/documents/rapport\""
              + " hreflang=\"nl\" lang=\"nl\">Burgers in de wijk</a>"},
          {"/documents/hoofdstuk?lang=en", "Part of</th><td><a href=\"/documents/report?lang=en\""
              + " hreflang=\"en\" lang=\"en\">Citizens in the district</a>"},
          {"/documents/chapter", "Onderdeel van</th><td><a href=\"/documents/rapport\""
              + " hreflang=\"nl\" lang=\"nl\">Burgers in de wijk</a>"},
          {"/documents/chapter?lang=en", "Part of</th><td><a href=\"/documents/report?lang=en\""
              + " hreflang=\"en\" lang=\"en\">Citizens in the district</a>"}};
      for (String[] c : cases) {
        String page = client.get(c[0]).body().string();
        assertTrue(page.contains(c[1]), c[0] + "\n" + page);
      }
    });
  }
}
