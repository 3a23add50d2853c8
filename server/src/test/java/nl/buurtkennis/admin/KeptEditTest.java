package nl.buurtkennis.admin;

import static nl.buurtkennis.admin.AdminTestApp.documentFields;
import static nl.buurtkennis.admin.AdminTestApp.formVersion;
import static nl.buurtkennis.admin.AdminTestApp.param;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a librarian typed into the edit form of a document survives an ended session or a stale
 * form token, as the add form's does: it comes back as the edit form of that same document, with
 * the version it was opened on, never saved on its own.
 */
class KeptEditTest {
  private static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\" name=\"([a-z_]+)\" value=\"([^\"]*)\">");

  @RegisterExtension
  static final AdminTestApp fixture = new AdminTestApp();



  /** The edit form's fields as typed (without a CSRF token), on the version of {@code page}. */
  private static String typed(String page, String id, String title, String body) {
    return documentFields(formVersion(page), id, title, body);
  }

  /** The hidden inputs of a sign-in page, as a form body to post back. */
  private static String hiddenInputs(String page) {
    StringBuilder body = new StringBuilder();
    Matcher hidden = HIDDEN.matcher(ConsoleForms.signInForm(page));
    while (hidden.find()) {
      body.append('&').append(hidden.group(1)).append('=').append(AdminTestApp.Client.encode(
          hidden.group(2).replace("&#10;", "\n").replace("&#13;", "\r").replace("&#34;", "\"")
              .replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
              .replace("&amp;", "&")));
    }
    return body.toString();
  }

  private static String create(AdminTestApp.Client client, String id) {
    HttpResponse<String> created = client.api("POST", "/api/admin/documents",
        TempCorpus.doc(id, "", "Tekst van " + id + ".\n"));
    assertEquals(201, created.statusCode(), created.body());
    return id;
  }

  private static Path file(String id) {
    return fixture.corpus.dir().resolve("documents/practices/" + id + ".md");
  }

  /**
   * Posts the sign-in form with a sign-in page's hidden inputs and {@code password}, with the
   * sign-in cookie set by {@code first}, the page that asked to sign in.
   */
  private static HttpResponse<String> signIn(AdminTestApp.Client client,
      HttpResponse<String> first, String page, String password, String lq) {
    return client.form("/admin/sign-in" + lq, "password=" + AdminTestApp.Client.encode(password)
        + hiddenInputs(page), "Cookie", SessionCookies.SIGN_IN + "="
        + AdminTestApp.Client.cookie(first, SessionCookies.SIGN_IN));
  }

  @Test
  void anEditPostedAfterTheSessionEndedComesBackAsThatDocumentsEditFormNotSaved()
      throws Exception {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      String id = create(client, "lang-bewerkt");
      create(client, "ander-document");
      String edit = "/admin/documents/" + id + "/edit";
      String opened = session.get(edit).body();
      String onDisk = Files.readString(file(id));
      String openedVersion = formVersion(opened);
      assertFalse(openedVersion.isEmpty(), opened);

      // the session has ended: the form is posted without it
      HttpResponse<String> ended = client.form(edit + "?lang=en", "csrf=from-an-ended-session"
          + typed(opened, id, "Na de lunch <&>", "Een uur werk.\nTwee regels.\n"));
      assertEquals(403, ended.statusCode());
      String page = ended.body();
      assertTrue(page.contains("id=\"password\""), "the sign-in form: " + page);
      assertTrue(page.contains("You are not signed in"), page);
      assertTrue(page.contains("<input type=\"hidden\" name=\"kept\" value=\"" + edit + "\">"),
          page);
      assertTrue(page.contains("<input type=\"hidden\" name=\"version\" value=\"" + openedVersion
          + "\">"), page);
      assertTrue(page.contains("name=\"title\" value=\"Na de lunch &lt;&amp;>\""), page);

      // a wrong password keeps it all
      HttpResponse<String> wrong = signIn(client, ended, page, "not the password", "?lang=en");
      assertEquals(401, wrong.statusCode());
      assertEquals(hiddenInputs(page).replaceAll("&csrf=[^&]*", ""),
          hiddenInputs(wrong.body()).replaceAll("&csrf=[^&]*", ""), wrong.body());

      HttpResponse<String> signedIn = signIn(client, ended, wrong.body(), AdminTestApp.PASSWORD, "?lang=en");
      assertEquals(200, signedIn.statusCode(), signedIn.body());
      String form = signedIn.body();
      assertTrue(form.contains("action=\"" + edit + "?lang=en\""), "this document's edit form: "
          + form);
      assertTrue(form.contains("id=\"f-id\" name=\"id\" value=\"lang-bewerkt\" readonly"), form);
      assertTrue(form.contains("value=\"Na de lunch &lt;&amp;>\""), "what was typed: " + form);
      assertTrue(form.contains(">Een uur werk.\nTwee regels.\n</textarea>"), form);
      assertEquals(openedVersion, formVersion(form), "the version it was opened on");
      assertTrue(form.contains("nothing has been saved"), form);
      assertEquals(onDisk, Files.readString(file(id)), "not saved by signing in");

      // saved by hand with the new session's token, it replaces this document
      String cookie = SessionCookies.SESSION + "="
          + AdminTestApp.Client.cookie(signedIn, SessionCookies.SESSION);
      HttpResponse<String> saved = client.form(edit, "csrf=" + AdminTestApp.Client.csrf(form)
          + typed(form, id, "Na de lunch", "Een uur werk.\n"), "Cookie", cookie);
      assertEquals(200, saved.statusCode(), saved.body());
      assertTrue(Files.readString(file(id)).contains("\"Na de lunch\""));
      assertTrue(Files.readString(file("ander-document")).contains("ander-document"));
    });
  }

  @Test
  void aKeptEditOfADocumentChangedMeanwhileIsRefusedAsAConflict() throws Exception {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      String id = create(client, "intussen-gewijzigd");
      String edit = "/admin/documents/" + id + "/edit";
      String opened = session.get(edit).body();
      HttpResponse<String> ended = client.form(edit, "csrf=from-an-ended-session"
          + typed(opened, id, "Mijn titel", "Mijn tekst.\n"));
      assertEquals(403, ended.statusCode());

      // someone else changes the document while the first librarian signs in again
      HttpResponse<String> changed = client.api("PUT", "/api/admin/documents/" + id,
          TempCorpus.doc(id, "", "De tekst van een ander.\n"));
      assertEquals(200, changed.statusCode(), changed.body());
      String afterOther = Files.readString(file(id));

      HttpResponse<String> signedIn = signIn(client, ended, ended.body(), AdminTestApp.PASSWORD, "");
      assertEquals(200, signedIn.statusCode(), signedIn.body());
      String form = signedIn.body();
      assertTrue(form.contains(">Mijn tekst.\n</textarea>"), "what was typed, not the file: "
          + form);
      assertEquals(formVersion(opened), formVersion(form));
      String cookie = SessionCookies.SESSION + "="
          + AdminTestApp.Client.cookie(signedIn, SessionCookies.SESSION);
      HttpResponse<String> save = client.form(edit, "csrf=" + AdminTestApp.Client.csrf(form)
          + typed(form, id, "Mijn titel", "Mijn tekst.\n"), "Cookie", cookie);
      assertEquals(409, save.statusCode(), save.body());
      assertTrue(save.body().contains("id=\"err-outdated\""), save.body());
      assertEquals(afterOther, Files.readString(file(id)), "the other change stays");
    });
  }

  @Test
  void anEditPostedWithAStaleTokenComesBackFilledInAsPostedNotSaved() throws Exception {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      String id = create(client, "verlopen-token");
      String edit = "/admin/documents/" + id + "/edit";
      String opened = session.get(edit).body();
      String onDisk = Files.readString(file(id));

      HttpResponse<String> stale = session.form(edit, "csrf=stale-token"
          + typed(opened, id, "Getypte titel", "Getypte tekst.\n"));
      assertEquals(403, stale.statusCode());
      String html = stale.body();
      assertTrue(html.contains("action=\"" + edit + "\""), "this document's edit form: " + html);
      assertTrue(html.contains("value=\"Getypte titel\""), html);
      assertTrue(html.contains(">Getypte tekst.\n</textarea>"), html);
      assertEquals(formVersion(opened), formVersion(html));
      assertEquals(session.csrf(), AdminTestApp.Client.csrf(html), "a token that works");
      assertTrue(html.contains("niet opgeslagen"), html);
      assertTrue(html.contains("<title>Fout: "), "the title says the form was refused: " + html);
      assertEquals(onDisk, Files.readString(file(id)), "never saved on a stale token");
    });
  }

  @Test
  void aForgedKeptFormIsNotFollowed() throws Exception {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      String id = create(client, "niet-volgen");
      String onDisk = Files.readString(file(id));
      for (String forged : List.of("https://evil.example/admin/documents/niet-volgen/edit",
          "//evil.example/admin/documents/niet-volgen/edit", "/admin/documents/Niet-Volgen/edit",
          "/admin/documents/niet%2Dvolgen/edit", "/admin/documents/../niet-volgen/edit",
          "/admin/documents/niet-volgen/edit/../../x/edit", "/admin/documents/niet-volgen/delete",
          "/admin/documents/niet-volgen/edit?lang=en", "/admin/documents/x/edit",
          "/admin/reindex", "")) {
        HttpResponse<String> page = client.get("/admin/sign-in");
        HttpResponse<String> signedIn = client.form("/admin/sign-in", "csrf="
            + AdminTestApp.Client.csrf(page.body()) + "&password="
            + AdminTestApp.Client.encode(AdminTestApp.PASSWORD) + param("kept", forged)
            + param("id", id) + param("title", "Vervalst") + param("body", "Vervalst.\n"),
            "Cookie", SessionCookies.SIGN_IN + "="
                + AdminTestApp.Client.cookie(page, SessionCookies.SIGN_IN));
        assertEquals(303, signedIn.statusCode(), forged + ": " + signedIn.body());
        assertEquals("/admin", signedIn.headers().firstValue("Location").orElse(""), forged);
        assertNull(KeptForm.form(Map.of(KeptForm.MARKER, List.of(forged))), forged);
      }
      assertEquals(onDisk, Files.readString(file(id)));

      // an edit path with an id of another syntax is not kept either
      HttpResponse<String> ended = client.form("/admin/documents/Niet-Volgen/edit",
          "csrf=x" + param("id", id) + param("title", "Vervalst"));
      assertEquals(403, ended.statusCode());
      assertFalse(ended.body().contains("name=\"kept\""), ended.body());
      assertFalse(ended.body().contains("name=\"title\""), ended.body());

      assertEquals("/admin/documents/niet-volgen/edit",
          KeptForm.form(Map.of(KeptForm.MARKER, List.of("/admin/documents/niet-volgen/edit"))));
      assertEquals(KeptForm.ADD, KeptForm.form(Map.of(KeptForm.MARKER, List.of("document"))));
      assertNull(KeptForm.form(Map.of(KeptForm.MARKER, List.of("/admin/documents/niet-volgen/edit",
          "/admin/documents/x/edit"))), "two values: neither is guessed");
    });
  }
}
