package nl.buurtkennis.admin;

import static nl.buurtkennis.admin.AdminTestApp.documentFields;
import static nl.buurtkennis.admin.AdminTestApp.param;
import static nl.buurtkennis.admin.ConsoleForms.errorsBeside;
import static nl.buurtkennis.admin.ConsoleForms.inputValue;
import static nl.buurtkennis.admin.ConsoleForms.textareaValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A document form whose text is larger than the console reads of a form comes back with every
 * other field as typed and the reason beside the text field, in the page's language, instead of
 * a page that discards the form; nothing is saved.
 */
class OversizedFormTest {
  @RegisterExtension
  static final AdminTestApp fixture = new AdminTestApp();

  @Test
  void aTextOverTheLimitIsNamedBesideItAndTheOtherFieldsAreKept() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Session session = new AdminTestApp.Client(server).signIn();
      List<String> before = ConsoleForms.files(fixture.corpus.dir());
      String huge = "x".repeat((int) ConsoleController.MAX_FORM_BYTES + 1024);
      for (String lang : List.of("nl", "en")) {
        HttpResponse<String> page = session.form("/admin/documents"
            + ("en".equals(lang) ? "?lang=en" : ""), "csrf=" + session.csrf()
            + documentFields(null, "te-grote-tekst", "Een titel die blijft", huge)
            + param("source", "De bron"));

        String html = page.body();
        String what = lang + ": " + html.substring(0, Math.min(html.length(), 4000));
        assertEquals(413, page.statusCode(), what);
        assertEquals("Een titel die blijft", inputValue(html, "title"), what);
        assertEquals("te-grote-tekst", inputValue(html, "id"), what);
        assertEquals("De bron", inputValue(html, "source"), what);
        assertEquals("", textareaValue(html, "body"), what);
        assertTrue(errorsBeside(html, "body").contains("nl".equals(lang)
            ? "deze tekst is groter dan 10 MB en is daarom niet bewaard; de andere velden staan"
                + " er nog"
            : "this text is larger than 10 MB, too large to keep"), what);
        assertFalse(html.contains("File too large") || html.contains("Bestand te groot"), what);
      }
      assertEquals(before, ConsoleForms.files(fixture.corpus.dir()), "nothing is written");
    });
  }

  @Test
  void aFieldOverTheLimitIsDroppedAndNamedTheOthersKept() throws Exception {
    String big = "y".repeat((int) OversizedForm.MAX_FIELD_BYTES + 1);
    byte[] body = ("csrf=abc&title=Caf%C3%A9+de+Wijk&body=" + big + "&forms=a&forms=b")
        .getBytes(StandardCharsets.UTF_8);

    OversizedForm form = OversizedForm.read(new ByteArrayInputStream(body), body.length);

    assertEquals(Map.of("csrf", List.of("abc"), "title", List.of("Café de Wijk"),
        "forms", List.of("a", "b")), form.fields());
    assertEquals(Set.of("body"), form.dropped());
  }
}
