package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every control of a refused field is marked invalid, whatever it is: a text box, a select, a
 * text area, each box of a list of concepts, the password of a failed sign-in. Assistive
 * technology announces "invalid" only where the attribute is.
 */
class RefusedFieldsMarkedTest {
  @RegisterExtension
  static final AdminTestApp fixture = new AdminTestApp();

  /** No summary, an unknown form of intervention, an unknown year: three fields refused. */
  private static final String REFUSED = "&id=refused-fields&title=Geweigerd&type=practice"
      + "&language=nl&year=1850&summary=&forms=no-such-form&forms=mediation&body=Tekst";

  @Test
  void everyControlOfARefusedFieldIsMarkedInvalidInBothLanguages() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      for (String path : List.of("/admin/documents", "/admin/documents?lang=en")) {
        HttpResponse<String> refused = session.form(path, "csrf=" + session.csrf() + REFUSED);
        assertEquals(422, refused.statusCode(), refused.body());
        String html = refused.body();
        assertTrue(html.contains("id=\"err-summary\""), html);
        assertTrue(html.contains("id=\"err-forms\""), html);
        assertInvalid(html, "<textarea id=\"f-summary\"");
        assertInvalid(html, "<input type=\"text\" id=\"f-year\"");
        List<String> boxes = tags(html, "<input type=\"checkbox\" id=\"f-forms-");
        assertFalse(boxes.isEmpty(), html);
        boxes.forEach(box -> assertTrue(box.contains("aria-invalid=\"true\""), box));
        // each box is tied to the message that says why, as the search page's boxes are
        boxes.forEach(box -> assertTrue(box.contains("aria-describedby=\"err-forms\""), box));
        assertTrue(boxes.stream().anyMatch(box -> box.contains("value=\"no-such-form\"")), html);
        // the fields that were not refused are not marked
        assertFalse(tag(html, "<textarea id=\"f-body\"").contains("aria-invalid"), html);
        assertFalse(tag(html, "<input type=\"text\" id=\"f-title\"").contains("aria-invalid"));
        tags(html, "<input type=\"checkbox\" id=\"f-issues-")
            .forEach(box -> assertFalse(box.contains("aria-invalid") || box.contains(
                "aria-describedby"), box));
      }
    });
  }

  @Test
  void aRefusedBodyIsMarkedInvalid() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      HttpResponse<String> refused = session.form("/admin/documents", "csrf=" + session.csrf()
          + "&id=no-body&title=Leeg&type=practice&language=nl&year=2015&summary=Iets"
          + "&forms=mediation&body=");
      assertEquals(422, refused.statusCode(), refused.body());
      assertTrue(refused.body().contains("id=\"err-body\""), refused.body());
      assertInvalid(refused.body(), "<textarea id=\"f-body\"");
    });
  }

  @Test
  void aWrongPasswordIsMarkedInvalidInBothLanguages() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      for (String lang : List.of("", "?lang=en")) {
        HttpResponse<String> page = client.get("/admin/sign-in" + lang);
        assertFalse(tag(page.body(), "<input type=\"password\"").contains("aria-invalid"));
        String cookie = SessionCookies.SIGN_IN + "="
            + AdminTestApp.Client.cookie(page, SessionCookies.SIGN_IN);
        HttpResponse<String> wrong = client.form("/admin/sign-in" + lang, "csrf="
            + AdminTestApp.Client.csrf(page.body()) + "&password=wrong-password", "Cookie",
            cookie);
        assertEquals(401, wrong.statusCode(), wrong.body());
        assertInvalid(wrong.body(), "<input type=\"password\"");
      }
    });
  }

  @Test
  void aRefusedFileMarksTheFilePickerAndNamesItsError() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      // an image renamed to .md, a file of a kind the console cannot read, and no file at all
      byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H'};
      record Refused(String lang, String name, byte[] bytes, int status) {}
      for (Refused upload : List.of(new Refused("", "foto.md", png, 422),
          new Refused("?lang=en", "foto.md", png, 422),
          new Refused("?lang=en", "tabel.xlsx", new byte[] {1, 2, 3}, 422),
          new Refused("", "", new byte[0], 400))) {
        HttpResponse<String> refused = client.send("POST",
            "/admin/documents/upload" + upload.lang(),
            "multipart/form-data; boundary=" + Uploads.BOUNDARY,
            Uploads.multipart(session.csrf(), upload.name(), upload.bytes()),
            "Cookie", session.cookie());
        assertEquals(upload.status(), refused.statusCode(), refused.body());
        String html = refused.body();
        String picker = tag(html, "<input type=\"file\"");
        assertTrue(picker.contains("aria-invalid=\"true\""), picker);
        assertTrue(picker.contains("aria-describedby=\"upload-help err-file\""), picker);
        assertTrue(html.contains("<ul class=\"field-errors error\" id=\"err-file\">"), html);
        assertTrue(html.contains("<a href=\"#file\">"), "the summary links to it: " + html);
      }
      // a file that was read, whose fields are at fault, leaves the picker unmarked
      HttpResponse<String> fields = client.send("POST", "/admin/documents/upload",
          "multipart/form-data; boundary=" + Uploads.BOUNDARY,
          Uploads.multipart(session.csrf(), "velden.md", ("---\nid: file-fields\ntitle: T\n"
              + "type: practice\nlanguage: nl\nyear: 1850\n---\n\nTekst.\n")
              .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
          "Cookie", session.cookie());
      assertEquals(422, fields.statusCode(), fields.body());
      String picker = tag(fields.body(), "<input type=\"file\"");
      assertFalse(picker.contains("aria-invalid"), picker);
      assertTrue(picker.contains("aria-describedby=\"upload-help\""), picker);
      assertFalse(fields.body().contains("id=\"err-file\""), fields.body());
    });
  }

  private static void assertInvalid(String html, String start) {
    String tag = tag(html, start);
    assertTrue(tag.contains("aria-invalid=\"true\""), tag);
  }

  /** The start tag that begins with {@code start}. */
  private static String tag(String html, String start) {
    int at = html.indexOf(start);
    assertTrue(at >= 0, start + " in " + html);
    return html.substring(at, html.indexOf('>', at) + 1);
  }

  private static List<String> tags(String html, String start) {
    Matcher matcher = Pattern.compile(Pattern.quote(start) + "[^>]*>").matcher(html);
    return matcher.results().map(m -> m.group()).toList();
  }
}
