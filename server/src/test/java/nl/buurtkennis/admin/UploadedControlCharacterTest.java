package nl.buurtkennis.admin;

import static nl.buurtkennis.admin.ConsoleForms.errorSummary;
import static nl.buurtkennis.admin.ConsoleForms.errorsBeside;
import static nl.buurtkennis.admin.ConsoleForms.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A control character in an uploaded file hides none of the file's other problems: the console
 * tells every one in one answer, as {@code indexer validate} does.
 */
class UploadedControlCharacterTest {
  @RegisterExtension
  static final AdminTestApp fixture = new AdminTestApp();

  @Test
  void aControlCharacterInTheBodyIsToldWithEveryOtherProblemOfTheFile() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      byte[] file = ("---\nid: stuur-en-meer\ntitle: T\ntype: report\nlanguage: nl\n"
          + "year: 2040\nsummary: Een.\nforms: [teleportatie]\n---\n"
          + "De bewoners \u0001 lopen door de wijk.\nEn \u202E hier.\n")
          .getBytes(StandardCharsets.UTF_8);

      HttpResponse<String> page = upload(session, "en", "stuur-en-meer.md", file);

      String html = page.body();
      assertEquals(422, page.statusCode(), html);
      assertTrue(errorsBeside(html, "year").contains("2040"), html);
      assertTrue(errorsBeside(html, "forms").contains("teleportatie"), html);
      String body = errorsBeside(html, "body");
      assertTrue(body.contains("line 10 of the file: an invisible control character (U+0001)"),
          html);
      assertTrue(body.contains("line 11 of the file: an invisible direction character (U+202E)"),
          html);
    });
  }

  /**
   * A line separator in an uploaded title is read as the validator reads it, a space: the form
   * holds the whole title, the problem stands beside it, and the year's beside the year.
   */
  @Test
  void aLineSeparatorInAnUploadedTitleIsNamedBesideTheTitle() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      byte[] file = ("---\nid: scheiding\ntitle: Titel\u2028met LS\ntype: report\nlanguage: nl\n"
          + "summary: Een.\nforms: [mediation]\nyear: 2040\n---\nTekst.\n")
          .getBytes(StandardCharsets.UTF_8);

      HttpResponse<String> page = upload(session, "en", "scheiding.md", file);

      String html = page.body();
      assertEquals(422, page.statusCode(), html);
      assertEquals("Titel met LS", ConsoleForms.inputValue(html, "title"), html);
      assertTrue(errorsBeside(html, "title").contains("an invisible line separator (U+2028)"),
          html);
      assertTrue(errorsBeside(html, "year").contains("2040"), html);
      assertEquals(-1, errorSummary(html).indexOf("line 3 of the file"), html);
    });
  }
}
