package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a librarian typed survives an ended session or a stale form token; nothing is saved. */
class KeptThroughSignInTest {
  @RegisterExtension
  static final AdminTestApp fixture = new AdminTestApp();

  private static final String TYPED = "&id=kept-draft&title=Lang+getypt&type=practice"
      + "&language=nl&year=2015&summary=Een+uur+werk&forms=mediation"
      + "&body=%23%23+Kop%0A%0ARegel+een%0ARegel+twee";

  @Test
  void aStaleTokenBringsTheFormBackFilledInWithAFreshTokenAndSavesNothing() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      HttpResponse<String> stale = client.form("/admin/documents", "csrf=stale-token" + TYPED,
          "Cookie", session.cookie());
      assertEquals(403, stale.statusCode());
      String html = stale.body();
      assertTrue(html.contains("value=\"Lang getypt\""), html);
      assertTrue(html.contains(">## Kop\n\nRegel een\nRegel twee</textarea>"), html);
      assertTrue(html.contains("value=\"mediation\" checked"), html);
      assertEquals(session.csrf(), AdminTestApp.Client.csrf(html), "a token that works");
      assertTrue(html.contains("niet opgeslagen"), html);
      assertTrue(fixture.search.document("kept-draft").isEmpty(), "never saved on a stale token");
    });
  }

  @Test
  void withoutASessionTheSignInCarriesTheFormAndBringsItBackFilledInNotSaved() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      HttpResponse<String> ended = client.form("/admin/documents?lang=en",
          "csrf=from-an-ended-session" + TYPED);
      assertEquals(403, ended.statusCode());
      String page = ended.body();
      assertTrue(page.contains("id=\"password\""), "the sign-in form: " + page);
      assertTrue(page.contains("<input type=\"hidden\" name=\"title\" value=\"Lang getypt\">"),
          page);
      assertTrue(page.contains("action=\"/admin/sign-in?lang=en\""), page);
      String signInCookie = AdminTestApp.Client.cookie(ended, SessionCookies.SIGN_IN);
      StringBuilder body = new StringBuilder("password=" + AdminTestApp.Client.encode(
          AdminTestApp.PASSWORD));
      Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([a-z_]+)\" value=\"([^\"]*)\">")
          .matcher(page);
      while (hidden.find()) {
        body.append('&').append(hidden.group(1)).append('=').append(AdminTestApp.Client.encode(
            hidden.group(2).replace("&#10;", "\n").replace("&#34;", "\"").replace("&amp;", "&")));
      }
      HttpResponse<String> signedIn = client.form("/admin/sign-in?lang=en", body.toString(),
          "Cookie", SessionCookies.SIGN_IN + "=" + signInCookie);
      assertEquals(200, signedIn.statusCode(), signedIn.body());
      String form = signedIn.body();
      assertTrue(form.contains("value=\"Lang getypt\""), form);
      assertTrue(form.contains(">## Kop\n\nRegel een\nRegel twee</textarea>"), form);
      assertTrue(form.contains("nothing has been saved"), form);
      assertFalse(AdminTestApp.Client.csrf(form).isEmpty());
      assertTrue(fixture.search.document("kept-draft").isEmpty(), "not saved by signing in");
    });
  }

  @Test
  void signingInReturnsToTheConsolePageAskedForAndNowhereElse() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      HttpResponse<String> asked = client.get("/admin/documents/new?lang=en");
      assertEquals(303, asked.statusCode());
      String signInUrl = asked.headers().firstValue("Location").orElseThrow();
      HttpResponse<String> page = client.get(signInUrl);
      assertTrue(page.body().contains(
          "<input type=\"hidden\" name=\"next\" value=\"/admin/documents/new?lang=en\">"),
          page.body());
      HttpResponse<String> signedIn = client.form("/admin/sign-in?lang=en", "csrf="
          + AdminTestApp.Client.csrf(page.body()) + "&password="
          + AdminTestApp.Client.encode(AdminTestApp.PASSWORD)
          + "&next=%2Fadmin%2Fdocuments%2Fnew%3Flang%3Den", "Cookie", SessionCookies.SIGN_IN + "="
          + AdminTestApp.Client.cookie(page, SessionCookies.SIGN_IN));
      assertEquals(303, signedIn.statusCode());
      assertEquals("/admin/documents/new?lang=en",
          signedIn.headers().firstValue("Location").orElse(""));

      for (String elsewhere : new String[] {"https://evil.example/admin", "//evil.example/admin",
          "/admin/../../x", "/admin\\@evil", "/adminx", "/search", "/admin/sign-in"}) {
        assertNull(KeptForm.safeNext(elsewhere), elsewhere);
      }
      assertEquals("/admin?lang=en", KeptForm.safeNext("/admin?lang=en"));
    });
  }

  @Test
  void aConsoleAddressTooLongToComeBackToLeadsToTheSignInWithoutIt() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      // within the 32 KiB Jetty reads, but more than it writes as the Location of a redirect
      String longPath = "/admin/" + "a".repeat(20_000);
      HttpResponse<String> asked = client.get(longPath);
      assertEquals(303, asked.statusCode(), asked.body());
      assertEquals("/admin/sign-in", asked.headers().firstValue("Location").orElse(""));

      HttpResponse<String> page = client.get("/admin/sign-in?next=" + longPath);
      assertEquals(200, page.statusCode());
      assertFalse(page.body().contains("name=\"next\""), "nothing to come back to");
      HttpResponse<String> signedIn = client.form("/admin/sign-in", "csrf="
          + AdminTestApp.Client.csrf(page.body()) + "&password="
          + AdminTestApp.Client.encode(AdminTestApp.PASSWORD) + "&next=" + longPath,
          "Cookie", SessionCookies.SIGN_IN + "="
              + AdminTestApp.Client.cookie(page, SessionCookies.SIGN_IN));
      assertEquals(303, signedIn.statusCode(), signedIn.body());
      assertEquals("/admin", signedIn.headers().firstValue("Location").orElse(""));

      String longest = "/admin/documents/" + "a".repeat(80) + "/delete?lang=en";
      assertEquals(longest, KeptForm.safeNext(longest), "any console page is come back to");
      assertNull(KeptForm.safeNext("/admin/" + "a".repeat(KeptForm.MAX_NEXT_CHARS)));
    });
  }

  @Test
  void aConsoleAddressInOtherCapitalsIsComeBackToAfterSigningInLikeAnyOther() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      for (String path : new String[] {"/Admin/documents", "/ADMIN", "/aDmIn/documents/new",
          "/Admin/documents?lang=en"}) {
        String lq = path.endsWith("?lang=en") ? "?lang=en" : "";
        HttpResponse<String> asked = client.get(path);
        assertEquals(303, asked.statusCode(), path);
        assertEquals("/admin/sign-in" + lq + (lq.isEmpty() ? "?" : "&") + "next="
            + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8),
            asked.headers().firstValue("Location").orElse(""), path);
        HttpResponse<String> page = client.get(asked.headers().firstValue("Location").get());
        HttpResponse<String> signedIn = client.form("/admin/sign-in" + lq, "csrf="
            + AdminTestApp.Client.csrf(page.body()) + "&password="
            + AdminTestApp.Client.encode(AdminTestApp.PASSWORD) + "&next="
            + AdminTestApp.Client.encode(path), "Cookie", SessionCookies.SIGN_IN + "="
                + AdminTestApp.Client.cookie(page, SessionCookies.SIGN_IN));
        assertEquals(303, signedIn.statusCode(), path);
        assertEquals(path, signedIn.headers().firstValue("Location").orElse(""), path);
        // what a librarian finds there: the router is case-sensitive, as on the public pages
        HttpResponse<String> there = client.get(path, "Cookie", session.cookie());
        assertEquals(404, there.statusCode(), path);
        assertTrue(there.body().contains(lq.isEmpty()
            ? "De console heeft geen pagina op dit adres." : "The console has no page at this "
            + "address."), path + there.body());
      }
      // the sign-in page is only where it is; in other capitals it is one more console address
      for (String path : new String[] {"/ADMIN/SIGN-IN", "/Admin/sign-in", "/admin/Sign-In"}) {
        HttpResponse<String> asked = client.get(path);
        assertEquals(303, asked.statusCode(), path);
        assertEquals("/admin/sign-in", asked.headers().firstValue("Location").orElse(""), path);
      }
      for (String elsewhere : new String[] {"//evil.example/ADMIN", "/ADMINx", "/Administration",
          "https://evil.example/Admin", "/ADMIN\\@evil", "/ADMIN/../../x", "/ADMIN/SIGN-IN",
          "/Admin/sign-in?lang=en"}) {
        assertNull(KeptForm.safeNext(elsewhere), elsewhere);
      }
    });
  }
}
