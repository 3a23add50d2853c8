package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The console's refusals lead back: a form refused for its CSRF token or its size, signed in,
 * comes with the console's menu and a link back to the console, and a sign-in locked out with a
 * link to the sign-in page. A method an address does not answer is a 405 with {@code Allow},
 * whatever the token.
 */
class ConsoleErrorPagesTest {
  @RegisterExtension
  static final AdminTestApp fixture = new AdminTestApp();

  @Test
  void aFormRefusedForItsTokenLeadsBackToTheConsole() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      String boundary = "b0undary";
      byte[] upload = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\";"
          + " filename=\"x.md\"\r\nContent-Type: text/markdown\r\n\r\n# x\r\n--" + boundary
          + "--\r\n").getBytes(StandardCharsets.UTF_8);
      for (String lang : List.of("", "?lang=en")) {
        HttpResponse<String> refused = client.send("POST", "/admin/documents/upload" + lang,
            "multipart/form-data; boundary=" + boundary, upload, "Cookie", session.cookie());
        assertEquals(403, refused.statusCode(), refused.body());
        String page = refused.body();
        assertTrue(page.contains(lang.isEmpty() ? "CSRF-controle" : "CSRF check"), page);
        assertTrue(page.contains("class=\"admin-nav\""), "the console's menu: " + page);
        assertTrue(page.contains("<a href=\"/admin" + lang + "\">"
            + (lang.isEmpty() ? "Terug naar de console" : "Back to the console") + "</a>"), page);
      }
      HttpResponse<String> reindex = session.form("/admin/reindex", "csrf=wrong");
      assertEquals(403, reindex.statusCode());
      assertTrue(reindex.body().contains("Terug naar de console"), reindex.body());
    });
  }

  @Test
  void aSignInLockedOutLeadsToTheSignInPage() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      HttpResponse<String> page = client.get("/admin/sign-in?lang=en");
      String csrf = AdminTestApp.Client.csrf(page.body());
      String cookie = SessionCookies.SIGN_IN + "="
          + AdminTestApp.Client.cookie(page, SessionCookies.SIGN_IN);
      HttpResponse<String> forged = client.form("/admin/sign-in?lang=en", "csrf=forged"
          + "&password=x", "Cookie", cookie);
      assertEquals(403, forged.statusCode());
      assertTrue(forged.body().contains("<a href=\"/admin/sign-in?lang=en\">To the sign-in page"
          + "</a>"), forged.body());
      HttpResponse<String> locked = null;
      for (int i = 0; i <= SignInThrottle.FREE_ATTEMPTS; i++) {
        locked = client.form("/admin/sign-in?lang=en", "csrf=" + csrf
            + "&password=not-the-password", "Cookie", cookie);
      }
      assertEquals(429, locked.statusCode());
      assertTrue(locked.body().contains("Too many failed attempts"), locked.body());
      assertTrue(locked.body().contains("<a href=\"/admin/sign-in?lang=en\">To the sign-in page"
          + "</a>"), locked.body());
      assertFalse(locked.body().contains("class=\"admin-nav\""), "not signed in: no menu");
    });
  }

  @Test
  void aMethodAnAddressDoesNotAnswerIsA405WhateverTheToken() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      for (String path : List.of("/admin", "/admin/documents/new", "/admin/documents",
          "/admin/reindex", "/admin/documents/nl-budget/edit")) {
        for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS")) {
          for (String body : List.of("", "csrf=" + session.csrf())) {
            HttpResponse<String> answer = client.send(method, path,
                "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8),
                "Cookie", session.cookie());
            String what = method + " " + path + (body.isEmpty() ? "" : " with the token");
            assertEquals(405, answer.statusCode(), what + ": " + answer.body());
            String allow = answer.headers().firstValue("Allow").orElse("");
            assertFalse(allow.isEmpty(), what);
            assertFalse(allow.contains(method), what + ": " + allow);
            assertTrue(answer.body().contains("Terug naar de console"), what);
          }
        }
      }
      HttpResponse<String> post = session.form("/admin", "");
      assertEquals(405, post.statusCode(), "no token needed to learn /admin takes no form");
      assertTrue(Pattern.compile("GET").matcher(post.headers().firstValue("Allow").orElse(""))
          .find(), post.headers().map().toString());
      // an address that answers the method still needs the token
      assertEquals(403, session.form("/admin/documents", "")
          .statusCode());
      // and without a session, every address leads to the sign-in page first
      HttpResponse<String> stranger = client.send("PUT", "/admin", null, null);
      assertTrue(stranger.statusCode() != 405, "a stranger learns no methods: "
          + stranger.statusCode());
    });
  }

  @Test
  void aControlCharacterInAConsoleParameterIsASpace() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      HttpResponse<String> list = session.get("/admin/documents?q=Budget%00voor%01");
      assertEquals(200, list.statusCode());
      assertFalse(Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]")
          .matcher(list.body()).find(), list.body());
      assertTrue(list.body().contains("name=\"q\" value=\"Budget voor\""), list.body());
    });
  }
}
