package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the console links to: a document's public page only while the index holds it, a problem
 * of the last re-index to the edit form of the file that has it; and a document's title marked
 * with the language it is in, as on the public pages.
 */
class ConsoleLinksTest {
  @TempDir
  Path temp;

  @Test
  void theEditFormOfADocumentNotInTheIndexDoesNotLinkToItsPage() throws Exception {
    try (AdminTestApp own = withRefusedFile()) {
      JavalinTest.test(own.app(), (server, http) -> {
        AdminTestApp.Client client = new AdminTestApp.Client(server);
        AdminTestApp.Session session = client.signIn();
        String missing = session.get("/admin/documents/kapot/edit")
            .body();
        assertFalse(missing.contains("href=\"/documents/kapot"), missing);
        assertTrue(missing.contains("staat nu niet in de index"), missing);
        assertEquals(404, client.get("/documents/kapot").statusCode());

        String indexed = session.get("/admin/documents/nl-budget/edit?lang=en").body();
        assertTrue(indexed.contains("<a href=\"/documents/nl-budget?lang=en\">View the document"
            + "</a>"), indexed);
        assertFalse(indexed.contains("not in the index"), indexed);
      });
    }
  }

  @Test
  void eachProblemOfTheLastReindexLinksToTheEditFormOfItsFile() throws Exception {
    try (AdminTestApp own = withRefusedFile()) {
      JavalinTest.test(own.app(), (server, http) -> {
        AdminTestApp.Client client = new AdminTestApp.Client(server);
        AdminTestApp.Session session = client.signIn();
        String dutch = session.get("/admin").body();
        assertTrue(dutch.contains("<code>documents/practices/kapot.md:8</code>"), dutch);
        assertTrue(dutch.contains("<a href=\"/admin/documents/kapot/edit\">kapot bewerken</a>"),
            dutch);
        String english = session.get("/admin?lang=en").body();
        assertTrue(english.contains("<a href=\"/admin/documents/kapot/edit?lang=en\">Edit kapot"
            + "</a>"), english);
      });
    }
  }

  @Test
  void documentTitlesAreMarkedWithTheirLanguage() throws Exception {
    try (AdminTestApp own = AdminTestApp.create(temp)) {
      JavalinTest.test(own.app(), (server, http) -> {
        AdminTestApp.Client client = new AdminTestApp.Client(server);
        AdminTestApp.Session session = client.signIn();
        String list = session.get("/admin/documents").body();
        assertTrue(list.contains("<a href=\"/documents/en-watch\" hreflang=\"en\" lang=\"en\">"
            + "Neighbourhood watch evaluation</a>"), list);
        assertTrue(list.contains(": <span lang=\"en\"><bdi>Neighbourhood watch evaluation</bdi></span>"),
            list);
        assertTrue(list.contains("<a href=\"/documents/nl-budget\" hreflang=\"nl\" lang=\"nl\">"
            + "Budget voor de buurt</a>"), list);
        String health = session.get("/admin").body();
        assertTrue(health.contains("hreflang=\"en\" lang=\"en\"><bdi>Neighbourhood watch evaluation"),
            health);
        String delete = session.get("/admin/documents/en-watch/delete").body();
        assertTrue(delete.contains("<dd lang=\"en\">Neighbourhood watch evaluation</dd>"),
            delete);
        String edit = session.get("/admin/documents/en-watch/edit")
            .body();
        assertTrue(edit.contains("value=\"Neighbourhood watch evaluation\"") && edit.contains(
            "name=\"title\" value=\"Neighbourhood watch evaluation\" lang=\"en\" dir=\"auto\">"), edit);
      });
    }
  }

  /** The app after a re-index refused for a file of the corpus, which the index therefore lacks. */
  private AdminTestApp withRefusedFile() throws Exception {
    AdminTestApp own = AdminTestApp.create(temp);
    own.corpus.document("practices/kapot.md", TempCorpus.doc("kapot", "", "Tekst.\n")
        .replace("forms: [mediation]", "forms: [buurtapp]"));
    assertFalse(own.reindexer.runNow().succeeded());
    return own;
  }
}
