package nl.buurtkennis.admin;

import static nl.buurtkennis.admin.ConsoleForms.documentFormBody;
import static nl.buurtkennis.admin.ConsoleForms.inputValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.buurtkennis.reindex.ReindexOutcome;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document file the corpus check cannot read (its front matter is not valid YAML) keeps every
 * change from being made, so it must be reachable: opened, repaired in place or removed, through
 * the address its file name gives, in the console and the API. And a document whose file was
 * removed by hand, still in the index, is said to be so.
 */
class BrokenDocumentFileTest {
  private static final String BROKEN_PATH = "documents/practices/t-tab.md";
  /** Line 6 of the file is indented with a tab, which YAML does not allow. */
  private static final String BROKEN = "---\nid: t-tab\ntitle: Tab in de kop\ntype: practice\n"
      + "language: nl\n\tyear: 2014\nsummary: Een korte samenvatting.\nforms: [mediation]\n"
      + "---\nBewoners lossen samen een conflict op.\n";

  @TempDir
  Path temp;

  @Test
  void aFileWithBrokenYamlIsLinkedFromHealthOpenedWithItsProblemAndRepairedInPlace()
      throws Exception {
    try (AdminTestApp own = AdminTestApp.create(temp)) {
      own.corpus.document("practices/t-tab.md", BROKEN);
      Path file = own.corpus.dir().resolve(BROKEN_PATH);
      ReindexOutcome refused = own.reindexer.runNow();
      assertFalse(refused.succeeded());
      JavalinTest.test(own.app(), (server, http) -> {
        AdminTestApp.Client client = new AdminTestApp.Client(server);
        AdminTestApp.Session session = client.signIn();
        String health = session.get("/admin").body();
        assertTrue(health.contains(BROKEN_PATH + ":6"), health);
        assertTrue(health.contains("href=\"/admin/documents/t-tab/edit\""), health);

        HttpResponse<String> edit = session.get("/admin/documents/t-tab/edit");
        assertEquals(200, edit.statusCode(), edit.body());
        assertTrue(edit.body().contains("Probleem in " + BROKEN_PATH + ", regel 6 van het"
            + " bestand: "), edit.body());
        assertTrue(edit.body().contains("tab"), edit.body());
        assertTrue(edit.body().contains("geen geldige YAML"), edit.body());
        assertEquals("Tab in de kop", inputValue(edit.body(), "title"));
        assertEquals("2014", inputValue(edit.body(), "year"));
        assertTrue(ConsoleForms.warningsBeside(edit.body(), "year").contains("regel 6"),
            edit.body());
        String english = session.get("/admin/documents/t-tab/edit?lang=en").body();
        assertTrue(english.contains("Problem in " + BROKEN_PATH + ", line 6 of the file: "),
            english);
        assertEquals(BROKEN, Files.readString(file), "opening changes nothing");

        HttpResponse<String> saved = session.form("/admin/documents/t-tab/edit",
            "csrf=" + session.csrf() + "&" + documentFormBody(edit.body(), Map.of()));
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(Files.readString(file).contains("year: 2014\n"), Files.readString(file));
        assertFalse(Files.readString(file).contains("\t"));
        assertTrue(own.search.document("t-tab").isPresent());
        assertEquals(BROKEN_PATH, own.search.document("t-tab").get().path());
      });
    }
  }

  @Test
  void theApiReadsReplacesAndDeletesAFileWithBrokenYamlByItsFileName() throws Exception {
    try (AdminTestApp own = AdminTestApp.create(temp)) {
      own.corpus.document("practices/t-tab.md", BROKEN);
      own.corpus.document("practices/t-weg.md", BROKEN.replace("t-tab", "t-weg"));
      Path file = own.corpus.dir().resolve(BROKEN_PATH);
      JavalinTest.test(own.app(), (server, http) -> {
        AdminTestApp.Client client = new AdminTestApp.Client(server);
        HttpResponse<String> source = client.api("GET", "/api/admin/documents/t-tab", null);
        assertEquals(200, source.statusCode(), source.body());
        assertEquals(BROKEN, source.body());

        String fixed = TempCorpus.doc("t-tab", "", "Bewoners lossen samen een conflict op.\n");
        HttpResponse<String> created = client.api("POST", "/api/admin/documents", fixed);
        assertEquals(409, created.statusCode(), created.body());
        assertTrue(created.body().contains("PUT /api/admin/documents/t-tab"), created.body());

        // a failed save leaves the file as it was
        HttpResponse<String> stillBroken = client.api("PUT", "/api/admin/documents/t-tab",
            fixed.replace("year: 2014", "year: 1850"));
        assertEquals(422, stillBroken.statusCode(), stillBroken.body());
        assertEquals(BROKEN, Files.readString(file));

        // a repair is made though another file is still broken; the index waits for that one
        HttpResponse<String> replaced = client.api("PUT", "/api/admin/documents/t-tab", fixed);
        assertEquals(200, replaced.statusCode(), replaced.body());
        assertTrue(replaced.body().contains("\"path\":\"" + BROKEN_PATH + "\""), replaced.body());
        assertTrue(replaced.body().contains("\"succeeded\":false"), replaced.body());
        assertTrue(replaced.body().contains("documents/practices/t-weg.md:6"), replaced.body());
        assertEquals(fixed, Files.readString(file));
        assertFalse(own.search.document("t-tab").isPresent());

        // a new document beside another file's problems is no repair: still refused
        HttpResponse<String> other = client.api("POST", "/api/admin/documents",
            TempCorpus.doc("nieuw-ernaast", "", "Tekst.\n"));
        assertEquals(422, other.statusCode(), other.body());

        HttpResponse<String> deleted = client.api("DELETE", "/api/admin/documents/t-weg", null);
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertTrue(deleted.body().contains("\"succeeded\":true"), deleted.body());
        assertFalse(Files.exists(own.corpus.dir().resolve("documents/practices/t-weg.md")));
        assertTrue(own.search.document("t-tab").isPresent());
      });
    }
  }

  @Test
  void aFileNamingAnotherDocumentsIdIsNamedByThatIdWhenAnIdWouldTakeIt() throws Exception {
    try (AdminTestApp own = AdminTestApp.create(temp)) {
      own.corpus.document("practices/bezet.md", TempCorpus.doc("ander-id", "", "Tekst.\n"));
      JavalinTest.test(own.app(), (server, http) -> {
        AdminTestApp.Client client = new AdminTestApp.Client(server);
        HttpResponse<String> created = client.api("POST", "/api/admin/documents",
            TempCorpus.doc("bezet", "", "Tekst.\n"));
        assertEquals(409, created.statusCode(), created.body());
        assertTrue(created.body().contains("holds document 'ander-id'"), created.body());
        assertFalse(created.body().contains("PUT /api/admin/documents/bezet"), created.body());
      });
    }
  }

  @Test
  void aDocumentWhoseFileWasRemovedByHandIsSaidToBeGoneUntilAReindex() throws Exception {
    try (AdminTestApp own = AdminTestApp.create(temp)) {
      String path = own.search.document("nl-budget").orElseThrow().path();
      Files.delete(own.corpus.dir().resolve(path));
      JavalinTest.test(own.app(), (server, http) -> {
        AdminTestApp.Client client = new AdminTestApp.Client(server);
        AdminTestApp.Session session = client.signIn();
        for (String page : new String[] {"edit", "delete"}) {
          HttpResponse<String> dutch = session.get("/admin/documents/nl-budget/" + page);
          assertEquals(404, dutch.statusCode());
          assertTrue(dutch.body().contains("Het bestand van document nl-budget (" + path
              + ") bestaat niet meer"), dutch.body());
          assertTrue(dutch.body().contains("<form method=\"post\" action=\"/admin/reindex\">"),
              dutch.body());
          assertTrue(dutch.body().contains(">Nu herindexeren</button>"), dutch.body());
          HttpResponse<String> english = session.get("/admin/documents/nl-budget/" + page
              + "?lang=en");
          assertEquals(404, english.statusCode());
          assertTrue(english.body().contains("The file of document nl-budget (" + path
              + ") no longer exists"), english.body());
          assertTrue(english.body().contains("action=\"/admin/reindex?lang=en\""),
              english.body());
        }
        HttpResponse<String> unknown = session.get("/admin/documents/nergens/edit");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("Er is geen document met id nergens"));
        assertFalse(unknown.body().contains("/admin/reindex\">"), "nothing to re-index for");

        HttpResponse<String> api = client.api("GET", "/api/admin/documents/nl-budget", null);
        assertEquals(404, api.statusCode());
        assertTrue(api.body().contains("its file " + path + " was removed"), api.body());
        assertTrue(api.body().contains("POST /api/admin/reindex"), api.body());
      });
    }
  }
}
