package nl.buurtkennis.admin;

import static nl.buurtkennis.admin.ConsoleForms.inputValue;
import static nl.buurtkennis.admin.ConsoleForms.textareaValue;
import static nl.buurtkennis.admin.ConsoleForms.upload;
import static nl.buurtkennis.admin.ConsoleForms.warningsBeside;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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
  /** The guide's own example of a Dutch name is a singular: each list field's is carried too. */
  @Test
  void aListFieldUnderItsDutchSingularIsCarriedIntoItsFieldNotDropped() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      String markdown = "---\nid: enkelvoud-nl\ntitle: Buurtbemiddeling in Delft\n"
          + "type: practice\nlanguage: nl\nyear: 2019\nsummary: Een samenvatting.\n"
          + "forms: [mediation]\nauteur: Jan Jansen\norganisatie: Gemeente Delft\n"
          + "plaats: Delft\ntrefwoord: bemiddeling\n---\nTekst.\n";
      Map<String, String[]> carried = Map.of("authors", new String[] {"auteur", "Jan Jansen"},
          "organisations", new String[] {"organisatie", "Gemeente Delft"},
          "places", new String[] {"plaats", "Delft"},
          "keywords", new String[] {"trefwoord", "bemiddeling"});
      for (String lang : List.of("nl", "en")) {
        String html = upload(session, lang, "enkelvoud.md",
            markdown.getBytes(StandardCharsets.UTF_8)).body();
        carried.forEach((field, dutch) -> {
          assertEquals(dutch[1], textareaValue(html, field), field + ": " + html);
          assertTrue(warningsBeside(html, field).contains(dutch[0]), field + ": " + html);
        });
        assertFalse(html.contains("nl".equals(lang) ? "zijn weggelaten"
            : "they were left out"), "nothing dropped: " + html);
      }
    });
  }
}
