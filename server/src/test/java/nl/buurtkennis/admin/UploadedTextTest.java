package nl.buurtkennis.admin;

import static nl.buurtkennis.admin.ConsoleForms.errorSummary;
import static nl.buurtkennis.admin.ConsoleForms.errorsBeside;
import static nl.buurtkennis.admin.ConsoleForms.inputValue;
import static nl.buurtkennis.admin.ConsoleForms.textareaValue;
import static nl.buurtkennis.admin.ConsoleForms.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Markdown upload whose bytes are no text the validation reads (binary, UTF-16, not UTF-8,
 * empty) is refused at once with the validation's own reason, and no form of garbage is offered;
 * a form carrying U+FFFD, the mark of text that could not be decoded, is never saved.
 */
class UploadedTextTest {
  @RegisterExtension
  static final AdminTestApp fixture = new AdminTestApp();

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0,
      'b', 'i', 'n', 'a', 'r', 'y'};

  /** Nothing of the file is in the form: no field holds a value, the body is empty. */
  private static void emptyForm(String html, String what) {
    assertEquals("", inputValue(html, "id"), what);
    assertEquals("", inputValue(html, "title"), what);
    assertEquals("", textareaValue(html, "body"), what);
    assertEquals(-1, html.indexOf('\0'), what);
    assertEquals(-1, html.indexOf('\uFFFD'), what);
  }

  @Test
  void aBinaryUtf16OrEmptyMarkdownFileIsRefusedAtOnceWithTheValidatorsReason() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Session session = new AdminTestApp.Client(server).signIn();
      List<String> before = ConsoleForms.files(fixture.corpus.dir());
      byte[] utf16 = TempCorpus.doc("utf-zestien", "", "Tekst.\n")
          .getBytes(StandardCharsets.UTF_16);
      Map<String, byte[]> files = Map.of("bin.md", PNG, "utf16.md", utf16,
          "leeg.md", new byte[0], "wit.md", " \n\r\n".getBytes(StandardCharsets.UTF_8));
      for (var file : files.entrySet()) {
        boolean empty = file.getValue().length < 5;
        for (String lang : List.of("nl", "en")) {
          HttpResponse<String> response = upload(session, lang, file.getKey(),
              file.getValue());
          String html = response.body();
          String what = file.getKey() + " (" + lang + "): " + html;
          assertEquals(422, response.statusCode(), what);
          String top = errorSummary(html);
          assertTrue(top.contains(file.getKey()), what);
          if ("nl".equals(lang)) {
            assertTrue(top.contains(empty ? "het bestand is leeg"
                : file.getKey().equals("utf16.md") ? "opgeslagen als UTF-16"
                : "dit is geen tekstbestand maar een binair bestand"), what);
            assertFalse(html.contains("front matter en is daarom"), what);
          } else {
            assertTrue(top.contains(empty ? "the file is empty"
                : file.getKey().equals("utf16.md") ? "saved as UTF-16"
                : "this is not a text file but a binary one"), what);
            assertFalse(top.contains("binair"), what);
          }
          emptyForm(html, what);
        }
      }
      assertEquals(before, ConsoleForms.files(fixture.corpus.dir()), "nothing is written");
    });
  }

  @Test
  void aLatin1FileIsRefusedWholeNamingFileLineAndHowManyLinesHaveBadBytes() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Session session = new AdminTestApp.Client(server).signIn();
      List<String> before = ConsoleForms.files(fixture.corpus.dir());
      byte[] latin1 = TempCorpus.doc("coordinatie", "", "Tekst met \u00e9.\n\nNog een regel.\n")
          .replace("title: Titel van coordinatie", "title: Co\u00f6rdinatie caf\u00e9")
          .getBytes(StandardCharsets.ISO_8859_1);
      HttpResponse<String> dutch = upload(session, "nl", "latin.md", latin1);
      String html = dutch.body();
      assertEquals(422, dutch.statusCode(), html);
      String top = errorSummary(html);
      assertTrue(top.contains("latin.md:3"), html);
      assertTrue(top.contains("het bestand is geen geldige UTF-8 (byte 0xF6; zulke bytes staan"
          + " op 2 regels van het bestand); sla het op als UTF-8"), html);
      assertEquals("", errorsBeside(html, "title"), "refused as a whole, not beside a field");
      emptyForm(html, html);

      HttpResponse<String> english = upload(session, "en", "latin.md", latin1);
      top = errorSummary(english.body());
      assertEquals(422, english.statusCode(), english.body());
      assertTrue(top.contains("latin.md:3"), english.body());
      assertTrue(top.contains("the file is not valid UTF-8 (byte 0xF6; such bytes are on 2 lines"
          + " of the file)"), english.body());
      emptyForm(english.body(), english.body());
      assertEquals(before, ConsoleForms.files(fixture.corpus.dir()), "nothing is written");
    });
  }

  @Test
  void aFormHoldingAReplacementCharacterIsNotSavedAndTheFieldIsNamed() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Session session = new AdminTestApp.Client(server).signIn();
      List<String> before = ConsoleForms.files(fixture.corpus.dir());
      for (String lang : List.of("nl", "en")) {
        HttpResponse<String> response = session.form("/admin/documents"
            + ("en".equals(lang) ? "?lang=en" : ""), "csrf=" + session.csrf()
            + AdminTestApp.documentFields(null, "vervangen-teken", "Co\uFFFDrdinatie caf\uFFFD",
                "Tekst met \uFFFD."));
        String html = response.body();
        assertEquals(422, response.statusCode(), html);
        assertTrue(errorsBeside(html, "title").contains("U+FFFD"), html);
        assertTrue(errorsBeside(html, "title").contains("UTF-8"), html);
        assertTrue(errorsBeside(html, "body").contains("U+FFFD"), html);
        assertEquals("", errorsBeside(html, "summary"), html);
        assertTrue(errorsBeside(html, "title").contains("nl".equals(lang)
            ? "vervang" : "replace"), html);
        assertFalse(fixture.search.document("vervangen-teken").isPresent());
      }
      assertEquals(before, ConsoleForms.files(fixture.corpus.dir()), "nothing is written");
    });
  }

  /**
   * A form holding U+FFFD is checked like any other, so that its other problems are told with
   * that one, in one answer; still nothing is written.
   */
  @Test
  void aReplacementCharacterIsToldWithTheFormsOtherProblems() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Session session = new AdminTestApp.Client(server).signIn();
      List<String> before = ConsoleForms.files(fixture.corpus.dir());
      for (String lang : List.of("nl", "en")) {
        HttpResponse<String> response = session.form("/admin/documents"
            + ("en".equals(lang) ? "?lang=en" : ""), "csrf=" + session.csrf()
            + AdminTestApp.param("id", "vervangen-en-meer")
            + AdminTestApp.param("title", "Co\uFFFDrdinatie") + AdminTestApp.param("type", "practice")
            + AdminTestApp.param("language", "nl") + AdminTestApp.param("year", "1850")
            + AdminTestApp.param("summary", "") + AdminTestApp.param("forms", "no-such-form")
            + AdminTestApp.param("body", "Tekst met \uFFFD."));
        String html = response.body();
        assertEquals(422, response.statusCode(), html);
        assertTrue(errorsBeside(html, "title").contains("U+FFFD"), html);
        assertTrue(errorsBeside(html, "body").contains("U+FFFD"), html);
        assertFalse(errorsBeside(html, "year").isEmpty(), "the year too: " + html);
        assertFalse(errorsBeside(html, "summary").isEmpty(), "the summary too: " + html);
        assertFalse(errorsBeside(html, "forms").isEmpty(), "the forms too: " + html);
        assertFalse(fixture.search.document("vervangen-en-meer").isPresent());
      }
      // a form valid but for U+FFFD, whose id is taken: both are told, and nothing is replaced
      HttpResponse<String> taken = session.form("/admin/documents", "csrf=" + session.csrf()
          + AdminTestApp.documentFields(null, "nl-preventie", "Caf\uFFFD", "Tekst."));
      assertEquals(422, taken.statusCode(), taken.body());
      assertTrue(errorsBeside(taken.body(), "title").contains("U+FFFD"), taken.body());
      assertTrue(errorsBeside(taken.body(), "id").contains("nl-preventie"), taken.body());
      assertEquals(before, ConsoleForms.files(fixture.corpus.dir()), "nothing is written");
    });
  }
}
