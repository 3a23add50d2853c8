package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The console's titles tell its pages apart (WCAG 2.4.2): a refused form and a wrong password
 * start with "Fout:" / "Error:", a form filled from an uploaded file names it, a narrowed list
 * says what it is narrowed to.
 */
class ConsoleTitlesTest {
  @RegisterExtension
  static final AdminTestApp fixture = new AdminTestApp();

  private static final String REFUSED = "&id=refused-title&title=Geweigerd&type=practice"
      + "&language=nl&year=2015&summary=&forms=mediation&body=Tekst";

  @Test
  void aRefusedFormAndAnUploadedFileAreToldApartFromTheEmptyForm() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      assertEquals("Document toevoegen", title(session.get("/admin/documents/new")));
      HttpResponse<String> refused = session.form("/admin/documents",
          "csrf=" + session.csrf() + REFUSED);
      assertEquals(422, refused.statusCode());
      assertEquals("Fout: Document toevoegen", title(refused));
      HttpResponse<String> english = session.form("/admin/documents?lang=en",
          "csrf=" + session.csrf() + REFUSED);
      assertEquals("Error: Add a document", title(english));

      HttpResponse<String> draft = upload(session, "", "kladje.md",
          "Alleen tekst, geen front matter.\n");
      assertEquals(200, draft.statusCode(), draft.body());
      assertEquals("Document toevoegen uit kladje.md", title(draft));
      HttpResponse<String> broken = upload(session, "?lang=en", "<b>kapot.md",
          "---\ntitle: \"Test\nid: test-doc\nyear: 2020\nforms: [contact\n---\n\nSome text.\n");
      assertEquals(422, broken.statusCode(), broken.body());
      assertEquals("Error: Add a document from &lt;b&gt;kapot.md", title(broken));
    });
  }

  @Test
  void aWrongPasswordIsToldApartFromTheSignInPage() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      for (String lang : new String[] {"", "?lang=en"}) {
        HttpResponse<String> page = client.get("/admin/sign-in" + lang);
        String title = lang.isEmpty() ? "Aanmelden voor beheer" : "Sign in to the console";
        assertEquals(title, title(page));
        HttpResponse<String> wrong = client.form("/admin/sign-in" + lang, "csrf="
            + AdminTestApp.Client.csrf(page.body()) + "&password=wrong-password", "Cookie",
            SessionCookies.SIGN_IN + "=" + AdminTestApp.Client.cookie(page,
                SessionCookies.SIGN_IN));
        assertEquals(401, wrong.statusCode());
        assertEquals((lang.isEmpty() ? "Fout: " : "Error: ") + title, title(wrong));
      }
    });
  }

  @Test
  void aForgedSignInIsTitledAsRefusedAsAWrongPasswordIs() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      for (String lang : new String[] {"", "?lang=en"}) {
        String refused = lang.isEmpty() ? "Fout: Geen toegang" : "Error: No access";
        String heading = lang.isEmpty() ? "<h1>Geen toegang</h1>" : "<h1>No access</h1>";
        // no sign-in cookie to match the form's token: a form from another site
        HttpResponse<String> forged = client.form("/admin/sign-in" + lang,
            "csrf=forged-token&password=" + AdminTestApp.Client.encode(AdminTestApp.PASSWORD));
        assertEquals(403, forged.statusCode(), forged.body());
        assertEquals(refused, title(forged));
        assertTrue(forged.body().contains(heading), "the heading stays the heading: "
            + forged.body());
        HttpResponse<String> missing = client.form("/admin/sign-in" + lang, "password=x",
            "Cookie", SessionCookies.SIGN_IN + "=some-token");
        assertEquals(403, missing.statusCode(), missing.body());
        assertEquals(refused, title(missing));
      }
    });
  }

  @Test
  void aForgedConsoleFormIsTitledAsRefused() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      HttpResponse<String> forged = session.form("/admin/reindex?lang=en", "csrf=forged-token");
      assertEquals(403, forged.statusCode(), forged.body());
      assertEquals("Error: No access", title(forged));
      assertTrue(forged.body().contains("<h1>No access</h1>"), forged.body());
    });
  }

  @Test
  void aNarrowedListOfDocumentsSaysWhatItIsNarrowedTo() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      assertEquals("Documenten", title(session.get("/admin/documents")));
      String narrowed = title(session.get("/admin/documents?q=bemiddeling"));
      assertTrue(narrowed.matches("Documenten met „bemiddeling” \\(\\d+\\)"), narrowed);
      assertEquals("No documents with “&lt;zebra&gt;”", title(session.get(
          "/admin/documents?q=%3Czebra%3E&lang=en")));
    });
  }

  private static HttpResponse<String> upload(AdminTestApp.Session session, String lang,
      String fileName, String text) throws IOException {
    return session.client().send("POST", "/admin/documents/upload" + lang,
        "multipart/form-data; boundary=" + Uploads.BOUNDARY,
        Uploads.multipart(session.csrf(), fileName, text.getBytes(StandardCharsets.UTF_8)),
        "Cookie", session.cookie());
  }

  /** The page's title without the site's name. */
  private static String title(HttpResponse<String> page) {
    Matcher title = Pattern.compile("<title>(.*) · Buurtkennis</title>").matcher(page.body());
    assertTrue(title.find(), page.body());
    return title.group(1);
  }
}
