package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The console isolates what a librarian typed where it shows it again, and its text fields take
 * the direction of what is typed in them, as the public pages do.
 */
class ConsoleRightToLeftTest {
  private static final String ARABIC = "مرحبا";

  @RegisterExtension
  static final AdminTestApp fixture = new AdminTestApp();

  @Test
  void theDocumentFilterIsIsolatedAndItsFieldTakesTheTypedDirection() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Session session = new AdminTestApp.Client(server).signIn();
      String html = session.get("/admin/documents?q="
          + URLEncoder.encode(ARABIC, StandardCharsets.UTF_8)).body();
      assertTrue(html.contains("documenten met „<bdi>" + ARABIC + "</bdi>” in titel"), html);
      assertTrue(html.contains("<title>Geen documenten met „\u2068" + ARABIC + "\u2069”"), html);
      assertTrue(html.contains("name=\"q\" value=\"" + ARABIC + "\" dir=\"auto\""), html);

      String form = session.get("/admin/documents/new").body();
      assertTrue(form.contains("<input type=\"text\" id=\"f-title\" name=\"title\" value=\"\""),
          form);
      assertTrue(form.matches("(?s).*<input type=\"text\" id=\"f-title\"[^>]*dir=\"auto\">.*"),
          form);
      assertTrue(form.matches("(?s).*<textarea id=\"f-body\"[^>]*dir=\"auto\">.*"), form);
    });
  }
}
