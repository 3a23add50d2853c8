package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is wrong with a document's file as a whole is told when its edit form opens: a file not
 * in UTF-8 at the top of the form, a file name the corpus refuses on a page that says to rename
 * the file (no form, as no save could pass). And the health page lists documents without source.
 */
class FileLevelProblemsTest {
  @TempDir
  Path temp;

  @Test
  void theHealthPageListsTheDocumentsWithoutSource() throws Exception {
    try (AdminTestApp own = AdminTestApp.create(temp)) {
      own.corpus.document("practices/met-bron.md",
          TempCorpus.doc("met-bron", "source: Rapport\n", "Tekst.\n"));
      own.corpus.document("practices/zonder-bron.md", TempCorpus.doc("zonder-bron", "",
          "Tekst.\n"));
      own.reindexer.runNow();
      JavalinTest.test(own.app(), (server, http) -> {
        String health = new AdminTestApp.Client(server).signIn().get("/admin").body();
        String section = health.substring(health.indexOf("id=\"nosource-heading\""));
        section = section.substring(0, section.indexOf("</section>"));
        assertTrue(section.contains("Documenten zonder bron"), section);
        assertTrue(section.contains("<code>zonder-bron</code>"), section);
        assertFalse(section.contains("met-bron"), section);
      });
    }
  }

  @Test
  void aFileNotInUtf8OrBadlyNamedIsToldWhenItsFormOpens() throws Exception {
    try (AdminTestApp own = AdminTestApp.create(temp)) {
      own.corpus.bytes("practices/cafe.md", TempCorpus.doc("cafe", "",
          "Café en coördinatie.\n").getBytes(StandardCharsets.ISO_8859_1));
      own.corpus.document("practices/Hoofd Letters.md", TempCorpus.doc("hoofd-letters", "",
          "Tekst.\n"));
      own.reindexer.runNow();
      JavalinTest.test(own.app(), (server, http) -> {
        AdminTestApp.Session session = new AdminTestApp.Client(server).signIn();
        HttpResponse<String> latin = session.get("/admin/documents/cafe/edit");
        assertEquals(200, latin.statusCode(), latin.body());
        assertTrue(latin.body().contains("Probleem in documents/practices/cafe.md, regel "),
            latin.body());
        assertTrue(latin.body().contains("geen geldige UTF-8"), latin.body());

        HttpResponse<String> misnamed = session.get("/admin/documents/hoofd-letters/edit");
        assertEquals(200, misnamed.statusCode(), misnamed.body());
        assertTrue(misnamed.body().contains("Hernoem eerst het bestand"), misnamed.body());
        assertTrue(misnamed.body().contains("documents/practices/Hoofd Letters.md"),
            misnamed.body());
        assertTrue(misnamed.body().contains("hoofd-letters.md"), misnamed.body());
        assertFalse(misnamed.body().contains("name=\"title\""), misnamed.body());
      });
    }
  }
}
