package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.net.URI;
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
      HttpResponse<String> stale = session.form("/admin/documents", "csrf=stale-token" + TYPED);
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
          .matcher(ConsoleForms.signInForm(page));
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
  void theLanguageSwitchOfASignInThatCarriesAFormCarriesItToo() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      HttpResponse<String> ended = client.form("/admin/documents?lang=en",
          "csrf=from-an-ended-session" + TYPED);
      assertEquals(403, ended.statusCode());
      String page = ended.body();
      assertFalse(page.contains("<a class=\"lang\""), "a link would lose the form: " + page);
      Matcher switchForm = Pattern.compile("<form method=\"post\" action=\"([^\"]*)\" "
          + "class=\"language-switch\">(.*?)</form>", Pattern.DOTALL).matcher(page);
      assertTrue(switchForm.find(), page);
      assertEquals("/admin/sign-in", switchForm.group(1), "the sign-in in Dutch");
      String fields = switchForm.group(2);
      assertTrue(fields.contains("<input type=\"hidden\" name=\"title\" value=\"Lang getypt\">"),
          fields);
      assertTrue(fields.contains("<input type=\"hidden\" name=\"kept\" value=\"document\">"),
          fields);
      assertFalse(fields.contains("password"), "no password goes along");
      assertTrue(fields.contains("<button type=\"submit\" class=\"lang link-button\" lang=\"nl\">"
          + "Nederlands</button>"), fields);

      String signInCookie = SessionCookies.SIGN_IN + "="
          + AdminTestApp.Client.cookie(ended, SessionCookies.SIGN_IN);
      HttpResponse<String> dutch = client.form(switchForm.group(1), hidden(fields), "Cookie",
          signInCookie);
      assertEquals(200, dutch.statusCode(), dutch.body());
      String switched = dutch.body();
      assertTrue(switched.contains("<html lang=\"nl\">"), switched);
      assertTrue(switched.contains("U bent niet aangemeld"), switched);
      String signInForm = ConsoleForms.signInForm(switched);
      assertTrue(signInForm.contains("<input type=\"hidden\" name=\"title\" value=\"Lang getypt\">"),
          signInForm);
      assertTrue(switched.contains("action=\"/admin/sign-in?lang=en\" class=\"language-switch\""),
          "and back to English: " + switched);

      HttpResponse<String> signedIn = client.form("/admin/sign-in", "password="
          + AdminTestApp.Client.encode(AdminTestApp.PASSWORD) + "&" + hidden(signInForm), "Cookie",
          SessionCookies.SIGN_IN + "=" + AdminTestApp.Client.cookie(dutch, SessionCookies.SIGN_IN));
      assertEquals(200, signedIn.statusCode(), signedIn.body());
      assertTrue(signedIn.body().contains(">## Kop\n\nRegel een\nRegel twee</textarea>"),
          signedIn.body());
      assertTrue(signedIn.body().contains("<html lang=\"nl\">"), signedIn.body());
      assertTrue(fixture.search.document("kept-draft").isEmpty(), "not saved by switching");
    });
  }

  @Test
  void theLanguageLinkOfTheSignInPageStillLeadsWhereItWasAskedToInThatLanguage() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      HttpResponse<String> dutch = client.get(
          "/admin/sign-in?next=%2Fadmin%2Fdocuments%2Fnl-preventie%2Fedit");
      Matcher link = Pattern.compile("<a class=\"lang\" href=\"([^\"]*)\"").matcher(dutch.body());
      assertTrue(link.find(), dutch.body());
      String english = link.group(1).replace("&amp;", "&");
      assertEquals("/admin/sign-in?next=%2Fadmin%2Fdocuments%2Fnl-preventie%2Fedit%3Flang%3Den"
          + "&lang=en", english);
      HttpResponse<String> there = client.get(english);
      assertTrue(there.body().contains("<html lang=\"en\">"), there.body());
      assertTrue(there.body().contains("<input type=\"hidden\" name=\"next\" "
          + "value=\"/admin/documents/nl-preventie/edit?lang=en\">"), there.body());
      Matcher back = Pattern.compile("<a class=\"lang\" href=\"([^\"]*)\"").matcher(there.body());
      assertTrue(back.find(), there.body());
      assertEquals("/admin/sign-in?next=%2Fadmin%2Fdocuments%2Fnl-preventie%2Fedit",
          back.group(1).replace("&amp;", "&"));
      Matcher plain = Pattern.compile("<a class=\"lang\" href=\"([^\"]*)\"")
          .matcher(client.get("/admin/sign-in").body());
      assertTrue(plain.find());
      assertEquals("/admin/sign-in?lang=en", plain.group(1));
    });
  }

  /** The hidden inputs of a form, as a form body to post ({@code &name=value} each). */
  private static String hidden(String form) {
    StringBuilder body = new StringBuilder();
    Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([a-z_-]+)\" "
        + "value=\"([^\"]*)\">").matcher(form);
    while (hidden.find()) {
      body.append(body.isEmpty() ? "" : "&").append(hidden.group(1)).append('=')
          .append(AdminTestApp.Client.encode(hidden.group(2).replace("&#10;", "\n")
              .replace("&#34;", "\"").replace("&amp;", "&")));
    }
    return body.toString();
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

  /**
   * A query holds whatever a librarian searched for, as the browser sent it: spaces as {@code +}
   * or {@code %20}, dots, slashes, escapes of non-ASCII letters. The way back is kept for all of
   * them; it is the path that must be a console page, never the query.
   */
  @Test
  void aConsolePageWhoseQueryHoldsAnyCharacterIsComeBackToAfterSigningIn() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      for (String asked : new String[] {"/admin/documents?q=a+b", "/admin/documents?q=a%20b",
          "/admin/documents?q=a.b", "/admin/documents?q=a/b", "/admin/documents?q=%C3%A9",
          "/admin/documents?q=a:b*c~d'e%25&lang=en", "/admin/leftovers/delete?path=documents/x.bak",
          "/admin?x=//evil.example"}) {
        HttpResponse<String> denied = client.get(asked);
        assertEquals(303, denied.statusCode(), asked);
        String signInUrl = denied.headers().firstValue("Location").orElse("");
        assertTrue(signInUrl.contains(KeptForm.NEXT + "="), asked + " -> " + signInUrl);
        HttpResponse<String> page = client.get(signInUrl);
        Matcher next = Pattern.compile("name=\"next\" value=\"([^\"]*)\"").matcher(page.body());
        assertTrue(next.find(), asked + page.body());
        String carried = next.group(1).replace("&#39;", "'").replace("&amp;", "&");
        assertEquals(asked, carried);
        HttpResponse<String> signedIn = client.form("/admin/sign-in", "csrf="
            + AdminTestApp.Client.encode(AdminTestApp.Client.csrf(page.body())) + "&password="
            + AdminTestApp.Client.encode(AdminTestApp.PASSWORD) + "&next="
            + AdminTestApp.Client.encode(carried), "Cookie", SessionCookies.SIGN_IN + "="
                + AdminTestApp.Client.cookie(page, SessionCookies.SIGN_IN));
        assertEquals(303, signedIn.statusCode(), asked);
        assertEquals(asked, signedIn.headers().firstValue("Location").orElse(""), asked);
      }
      // the path is what is checked: nothing that leaves the console, or could bend the header
      for (String elsewhere : new String[] {"/admin/../x?q=a", "/admin/%2e%2e/x", "/admin/a.b",
          "/admin?q=a b", "/admin?q=a\r\nSet-Cookie:x=y", "/admin?q=a\\b", "/admin?q=%zz",
          "/admin?q=\u00e9", "/admin#x", "//evil.example/admin?q=a", "/admin/sign-in?q=a.b"}) {
        assertNull(KeptForm.safeNext(elsewhere), elsewhere);
      }
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
  void aConsoleAddressInOtherCapitalsIsComeBackToUnderTheSessionCookiesPath() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      for (String[] asked : new String[][] {{"/Admin/documents", "/admin/documents"},
          {"/ADMIN", "/admin"}, {"/aDmIn/documents/new", "/admin/documents/new"},
          {"/Admin/documents?lang=en", "/admin/documents?lang=en"},
          {"/ADMIN/Documents", "/admin/Documents"}}) {
        String path = asked[0];
        String back = asked[1];
        String lq = path.endsWith("?lang=en") ? "?lang=en" : "";
        HttpResponse<String> denied = client.get(path);
        assertEquals(303, denied.statusCode(), path);
        assertEquals("/admin/sign-in" + lq + (lq.isEmpty() ? "?" : "&") + "next="
            + java.net.URLEncoder.encode(back, java.nio.charset.StandardCharsets.UTF_8),
            denied.headers().firstValue("Location").orElse(""), path);
        HttpResponse<String> page = client.get(denied.headers().firstValue("Location").get());
        assertTrue(page.body().contains("<input type=\"hidden\" name=\"next\" value=\""
            + back.replace("&", "&amp;") + "\">"), path + page.body());
        // a next as typed, posted by an older page or by hand, comes back in the same way
        HttpResponse<String> signedIn = client.form("/admin/sign-in" + lq, "csrf="
            + AdminTestApp.Client.csrf(page.body()) + "&password="
            + AdminTestApp.Client.encode(AdminTestApp.PASSWORD) + "&next="
            + AdminTestApp.Client.encode(path), "Cookie", SessionCookies.SIGN_IN + "="
                + AdminTestApp.Client.cookie(page, SessionCookies.SIGN_IN));
        assertEquals(303, signedIn.statusCode(), path);
        assertEquals(back, signedIn.headers().firstValue("Location").orElse(""), path);
        assertEquals(back, KeptForm.safeNext(path), path);
      }
      // past the prefix the address is as asked: the router is case-sensitive, as on the public
      // pages, so a signed-in librarian finds the console's 404 there
      HttpResponse<String> there = session.get("/admin/Documents");
      assertEquals(404, there.statusCode());
      assertTrue(there.body().contains("De console heeft geen pagina op dit adres."),
          there.body());
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

  /**
   * As a browser does it: cookies kept by a cookie manager, which sends a cookie only below its
   * path in the same capitals, and redirects followed. Signing in after asking {@code /Admin/…}
   * ends on the console page meant, signed in, not on the sign-in page again.
   */
  @Test
  void aBrowserThatAskedTheConsoleInOtherCapitalsEndsSignedInOnThePageMeant() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder()
          .cookieHandler(new java.net.CookieManager())
          .followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build();
      String origin = "http://localhost:" + server.port();
      for (String[] asked : new String[][] {{"/Admin/documents", "/admin/documents"},
          {"/ADMIN/documents/new?lang=en", "/admin/documents/new?lang=en"}}) {
        HttpResponse<String> signInPage = browser.send(java.net.http.HttpRequest.newBuilder(
            URI.create(origin + asked[0])).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, signInPage.statusCode(), asked[0]);
        assertEquals("/admin/sign-in", signInPage.uri().getPath(), asked[0]);
        Matcher next = Pattern.compile("name=\"next\" value=\"([^\"]*)\"")
            .matcher(signInPage.body());
        assertTrue(next.find(), signInPage.body());
        String lq = asked[0].endsWith("?lang=en") ? "?lang=en" : "";
        HttpResponse<String> landed = browser.send(java.net.http.HttpRequest.newBuilder(
            URI.create(origin + "/admin/sign-in" + lq))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("csrf="
                + AdminTestApp.Client.encode(AdminTestApp.Client.csrf(signInPage.body()))
                + "&password=" + AdminTestApp.Client.encode(AdminTestApp.PASSWORD) + "&next="
                + AdminTestApp.Client.encode(next.group(1).replace("&amp;", "&"))))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, landed.statusCode(), asked[0] + landed.body());
        URI where = landed.uri();
        assertEquals(asked[1], where.getRawPath()
            + (where.getRawQuery() == null ? "" : "?" + where.getRawQuery()), asked[0]);
        assertFalse(landed.body().contains("id=\"password\""), "not the sign-in page again: "
            + landed.body());
        assertTrue(landed.body().contains("class=\"admin-nav\""), "signed in: " + landed.body());
      }
    });
  }
}
