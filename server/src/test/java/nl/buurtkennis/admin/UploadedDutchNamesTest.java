package nl.buurtkennis.admin;

import static nl.buurtkennis.admin.ConsoleForms.inputValue;
import static nl.buurtkennis.admin.ConsoleForms.textareaValue;
import static nl.buurtkennis.admin.ConsoleForms.upload;
import static nl.buurtkennis.admin.ConsoleForms.warningsBeside;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A value under a Dutch field name is held whole at a {@code " #"}, as under the English one. */
class UploadedDutchNamesTest {
  @RegisterExtension
  static final AdminTestApp fixture = new AdminTestApp();

  @Test
  void aDutchNamesValueCutAtACommentIsCarriedWholeWithBothNotes() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      String markdown = "---\nid: hekje-nl\ntitel: Buurt #1 bemiddeling\ntype: practice\n"
          + "language: nl\nyear: 2019\nsamenvatting: Dit is #1 samenvatting\n"
          + "forms: [mediation]\nbron: Gemeente #2 Delft\n---\nTekst.\n";
      for (String lang : List.of("nl", "en")) {
        HttpResponse<String> response = upload(session, lang, "hekje.md",
            markdown.getBytes(StandardCharsets.UTF_8));
        String html = response.body();
        assertEquals(422, response.statusCode(), html);
        assertEquals("Buurt #1 bemiddeling", inputValue(html, "title"), html);
        assertEquals("Dit is #1 samenvatting", textareaValue(html, "summary"), html);
        assertEquals("Gemeente #2 Delft", inputValue(html, "source"), html);
        String title = warningsBeside(html, "title");
        assertTrue(title.contains("titel"), "carried: " + html);
        assertTrue(title.contains("nl".equals(lang) ? "regel 3 van het bestand"
            : "line 3 of the file"), "held whole: " + html);
        assertTrue(warningsBeside(html, "summary").contains("nl".equals(lang)
            ? "regel 7 van het bestand" : "line 7 of the file"), html);
        assertTrue(warningsBeside(html, "source").contains("nl".equals(lang)
            ? "regel 9 van het bestand" : "line 9 of the file"), html);
      }
    });
  }
}
