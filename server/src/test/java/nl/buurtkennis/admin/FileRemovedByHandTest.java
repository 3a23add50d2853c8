package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The page of a document whose file was removed by hand says what a re-index needs: where
 * another document still links to it, that the link must go first, as the re-index would be
 * refused; only then does it offer the re-index.
 */
class FileRemovedByHandTest {
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

  @Test
  void aLinkLeftToTheRemovedFileIsNamedBeforeAnyReindex() throws Exception {
    Path documents = fixture.corpus.dir().resolve("documents");
    Files.writeString(documents.resolve("en-chapter.md"), TempCorpus.doc("en-chapter",
        "parent: en-report\n", "Tekst.\n"));
    Files.delete(documents.resolve("en-report.md"));

    HttpResponse<String> nl = session.get("/admin/documents/en-report/edit");
    assertEquals(404, nl.statusCode());
    assertTrue(nl.body().contains("wordt geweigerd zolang een ander document er nog naar"
        + " verwijst: documents/en-chapter.md:9: "), nl.body());
    assertFalse(nl.body().contains("action=\"/admin/reindex\""),
        "no re-index offered that would be refused: " + nl.body());
    HttpResponse<String> en = session.get("/admin/documents/en-report/delete?lang=en");
    assertTrue(en.body().contains("a re-index is refused while another document still links"
        + " to it: documents/en-chapter.md:9: "), en.body());

    Files.delete(documents.resolve("en-chapter.md"));
    HttpResponse<String> free = session.get("/admin/documents/en-report/edit");
    assertTrue(free.body().contains("herindexeer om het eruit te halen"), free.body());
    assertTrue(free.body().contains("action=\"/admin/reindex\""), free.body());
  }
}
