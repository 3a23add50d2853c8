package nl.buurtkennis.admin;

import static nl.buurtkennis.admin.AdminTestApp.param;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The console checks a summary as validate does: two paragraphs are refused beside the field
 * and kept as typed, not joined into one unasked; lines of one paragraph are one line.
 */
class ConsoleAsValidateTest {
  @RegisterExtension
  static final AdminTestApp fixture = new AdminTestApp();

  private static String fields(AdminTestApp.Session session, String id, String summary) {
    return "csrf=" + session.csrf() + param("id", id) + param("title", "Titel van " + id)
        + param("type", "practice") + param("language", "nl") + param("year", "2014")
        + param("summary", summary) + param("forms", "mediation")
        + param("body", "Bewoners bemiddelen bij burenruzies.\n");
  }

  @Test
  void aSummaryOfTwoParagraphsIsRefusedBesideItAndKeptAsTyped() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Session session = new AdminTestApp.Client(server).signIn();
      HttpResponse<String> refused = session.form("/admin/documents", fields(session,
          "twee-alineas", "Eerste alinea.\r\n\r\nTweede alinea."));
      assertEquals(422, refused.statusCode(), refused.body());
      assertTrue(ConsoleForms.errorsBeside(refused.body(), "summary").contains(
          "heeft meer dan één alinea"), refused.body());
      assertEquals("Eerste alinea.\n\nTweede alinea.",
          ConsoleForms.textareaValue(refused.body(), "summary"));
      assertFalse(Files.exists(fixture.corpus.dir()
          .resolve("documents/practices/twee-alineas.md")));
    });
  }

  @Test
  void theLinesOfOneParagraphAreSavedAsOneLine() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Session session = new AdminTestApp.Client(server).signIn();
      HttpResponse<String> saved = session.form("/admin/documents", fields(session,
          "een-alinea", "Eerste regel,\r\n  tweede regel."));
      assertEquals(200, saved.statusCode(), saved.body());
      assertEquals("Eerste regel, tweede regel.",
          fixture.search.document("een-alinea").orElseThrow().summary());
    });
  }
}
