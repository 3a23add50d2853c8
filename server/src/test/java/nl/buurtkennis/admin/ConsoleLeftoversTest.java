package nl.buurtkennis.admin;

import static nl.buurtkennis.admin.AdminTestApp.param;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The files an editor or the system left in documents/, which validate warns of, are listed under
 * the documents with the validator's words and deleted from there after a confirmation, by POST
 * with the CSRF token: only such a file, never a document or anything outside documents/.
 */
class ConsoleLeftoversTest {
  @RegisterExtension
  static final AdminTestApp fixture = new AdminTestApp();
  private static Javalin app;
  private static AdminTestApp.Session session;

  @BeforeAll
  static void start() {
    app = fixture.app().start(0);
    session = new AdminTestApp.Client(app).signIn();
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  private static Path corpusFile(String path) throws IOException {
    Path file = fixture.corpus.dir().resolve(path);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "over");
  }

  private static HttpResponse<String> delete(String path) {
    return session.form("/admin/leftovers/delete", "csrf=" + session.csrf() + param("path", path));
  }

  @Test
  void theDocumentsPageListsEachLeftoverWithTheValidatorsWordsAndADeleteLink() throws Exception {
    corpusFile("documents/nl/Thumbs.db");
    corpusFile("documents/#kladje.md#");

    String nl = session.get("/admin/documents").body();
    assertTrue(nl.contains("<code>documents/nl/Thumbs.db</code>: Thumbs.db is een bestand dat"
        + " Windows zelf maakt, geen document"), nl);
    assertTrue(nl.contains("href=\"/admin/leftovers/delete?path=documents%2F%23kladje.md%23\""),
        nl);
    String en = session.get("/admin/documents?lang=en").body();
    assertTrue(en.contains("<code>documents/nl/Thumbs.db</code>: Thumbs.db is a file Windows"
        + " makes by itself, not a document"), en);
    assertTrue(en.contains("href=\"/admin/leftovers/delete?path=documents%2Fnl%2FThumbs.db&amp;"
        + "lang=en\""), en);
  }

  @Test
  void aLeftoverIsDeletedOnlyAfterTheConfirmationPostsItWithTheToken() throws Exception {
    Path swap = corpusFile("documents/nl/nl-budget.md.swp");

    HttpResponse<String> confirm = session.get(
        "/admin/leftovers/delete?path=documents%2Fnl%2Fnl-budget.md.swp");
    assertEquals(200, confirm.statusCode());
    assertTrue(confirm.body().contains("<input type=\"hidden\" name=\"path\""
        + " value=\"documents/nl/nl-budget.md.swp\">"), confirm.body());
    assertTrue(confirm.body().contains("Bestand nl-budget.md.swp verwijderen</button>"));
    assertTrue(Files.exists(swap), "a look at the confirmation deletes nothing");

    HttpResponse<String> withoutToken = session.form("/admin/leftovers/delete",
        "path=documents%2Fnl%2Fnl-budget.md.swp");
    assertEquals(403, withoutToken.statusCode());
    assertTrue(Files.exists(swap));

    HttpResponse<String> deleted = delete("documents/nl/nl-budget.md.swp");
    assertEquals(303, deleted.statusCode());
    assertFalse(Files.exists(swap));
    String list = session.get(deleted.headers().firstValue("Location").orElseThrow()).body();
    assertTrue(list.contains("Bestand documents/nl/nl-budget.md.swp is verwijderd."), list);
    assertFalse(list.contains("<code>documents/nl/nl-budget.md.swp</code>"), list);

    assertEquals(404, delete("documents/nl/nl-budget.md.swp").statusCode(), "gone already");
  }

  @Test
  void noDocumentNorAnyFileOutsideDocumentsIsEverDeleted() throws Exception {
    Path outside = corpusFile("README.md~");
    Path document = fixture.corpus.dir().resolve("documents/nl-budget.md");
    Path taxonomy = fixture.corpus.dir().resolve("taxonomy.yml");
    assertTrue(Files.exists(document), "the fixture's layout");

    for (String path : new String[] {"README.md~", "documents/../README.md~",
        "documents/nl-budget.md", "taxonomy.yml", "documents/../taxonomy.yml", "/etc/passwd",
        "documents", ""}) {
      HttpResponse<String> answer = delete(path);
      assertEquals(404, answer.statusCode(), path);
      assertTrue(answer.body().contains("er is niets verwijderd"), answer.body());
    }
    assertTrue(Files.exists(outside));
    assertTrue(Files.exists(document));
    assertTrue(Files.exists(taxonomy));
    assertEquals(404, session.get("/admin/leftovers/delete?path=documents%2Fnl-budget.md").statusCode());
  }
  /**
   * Word's lock file of a report someone has open, a merge's {@code .orig} and {@code .rej}, a
   * {@code .tmp}: leftovers too, listed to delete, and none keeps a document from being saved
   * meanwhile. LibreOffice's {@code .~lock.…#} is a dot-file: skipped, not listed.
   */
  @Test
  void officeLockFilesAndMergeAndTemporaryCopiesAreLeftoversThatBlockNoSave() throws Exception {
    Path lock = corpusFile("documents/~$rapport.docx");
    corpusFile("documents/nl/nl-budget.md.orig");
    corpusFile("documents/nl/nl-budget.md.rej");
    corpusFile("documents/kladje.tmp");
    corpusFile("documents/.~lock.rapport.odt#");

    String nl = session.get("/admin/documents").body();
    assertTrue(nl.contains("<code>documents/~$rapport.docx</code>: ~$rapport.docx is een"
        + " vergrendelbestand dat Word maakt zolang een bestand open is, geen document"), nl);
    assertTrue(nl.contains("<code>documents/nl/nl-budget.md.orig</code>: nl-budget.md.orig is een"
        + " kopie die een samenvoeg- of patchprogramma achterliet"), nl);
    assertTrue(nl.contains("<code>documents/nl/nl-budget.md.rej</code>"), nl);
    assertTrue(nl.contains("<code>documents/kladje.tmp</code>: kladje.tmp is een tijdelijk"
        + " bestand dat een programma achterliet"), nl);
    assertFalse(nl.contains(".~lock"), nl);
    String en = session.get("/admin/documents?lang=en").body();
    assertTrue(en.contains("<code>documents/~$rapport.docx</code>: ~$rapport.docx is a lock file"
        + " Word makes while a file is open, not a document"), en);
    assertTrue(en.contains("kladje.tmp is a temporary file a program left behind"), en);

    HttpResponse<String> saved = ConsoleForms.upload(session, "nl", "naast-resten.md",
        TempCorpus.doc("naast-resten", "", "Tekst.\n").getBytes(StandardCharsets.UTF_8));
    assertEquals(200, saved.statusCode(), saved.body());
    assertTrue(fixture.search.document("naast-resten").isPresent(), saved.body());

    assertEquals(303, delete("documents/~$rapport.docx").statusCode());
    assertFalse(Files.exists(lock));
  }
}
