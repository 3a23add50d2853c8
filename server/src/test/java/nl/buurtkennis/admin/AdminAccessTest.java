package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.buurtkennis.web.WebApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Who gets in: every admin route, without credentials, with wrong ones, and the session rules. */
class AdminAccessTest {
  @RegisterExtension
  static final AdminTestApp fixture = new AdminTestApp();

  /** The method and path of every admin route the app really serves, read from its router. */
  /** The admin routes the app serves, without the HEAD twin of each GET route. */
  static Set<String> servedAdminRoutes(Javalin app) {
    return servedAdminRoutes(app, method -> method != HandlerType.HEAD);
  }

  private static Set<String> servedAdminRoutes(Javalin app, Predicate<HandlerType> method) {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(ParsedEndpoint -> ParsedEndpoint.endpoint)
        .filter(e -> e.method.isHttpMethod() && method.test(e.method))
        .filter(e -> e.path.startsWith("/admin") || e.path.startsWith("/api/admin"))
        .map(e -> e.method.name() + " " + e.path)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void theRouteTableIsWhatTheAppServes() {
    Admin admin = fixture.admin(AdminTestApp.SETTINGS);
    Javalin app = fixture.app(admin);
    Set<String> table = admin.routes().stream().map(r -> r.method().name() + " " + r.path())
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(table, servedAdminRoutes(app));
    assertTrue(table.size() >= 13, table.toString());
    assertEquals(table.stream().filter(route -> route.startsWith("GET "))
        .map(route -> route.replace("GET ", "HEAD ")).collect(Collectors.toSet()),
        servedAdminRoutes(app, method -> method == HandlerType.HEAD),
        "every GET route answers HEAD too");
  }

  @Test
  void everyAdminRouteRefusesARequestWithoutCredentials() {
    Javalin app = fixture.app();
    Set<String> routes = servedAdminRoutes(app);
    JavalinTest.test(app, (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      for (String route : routes) {
        String method = route.split(" ")[0];
        String path = route.split(" ")[1].replace("{id}", "nl-preventie");
        HttpResponse<String> response = client.send(method, path,
            "application/x-www-form-urlencoded", method.equals("GET") ? null : new byte[0]);
        int code = response.statusCode();
        if (path.startsWith("/api/admin")) {
          assertEquals(401, code, route);
          assertTrue(response.headers().firstValue("WWW-Authenticate").isPresent(), route);
          assertTrue(response.body().contains("\"error\":\"unauthorized\""), route);
        } else if (route.equals("GET /admin/sign-in")) {
          assertEquals(200, code, route);
        } else if (method.equals("GET")) {
          assertEquals(303, code, route);
          assertTrue(response.headers().firstValue("Location").orElse("")
              .startsWith("/admin/sign-in"), route);
        } else {
          assertEquals(403, code, route);
        }
      }
      // wrong token, and disguised paths, are refused as well
      assertEquals(401, client.send("GET", "/api/admin/status", null, null,
          "Authorization", "Bearer wrong-token-of-some-length").statusCode());
      assertEquals(401, client.send("GET", "/api/admin/status", null, null,
          "Authorization", "Basic " + AdminTestApp.TOKEN).statusCode());
      assertEquals(401, client.get("/api/%61dmin/status").statusCode());
      assertEquals(303, client.get("/%61dmin").statusCode());
      assertEquals(303, client.get("/admin/no-such-page").statusCode());
    });
  }

  @Test
  void withNoSecretsSetEveryAdminRouteIsOffAndSaysHowToTurnItOn() {
    Javalin app = WebApp.create(fixture.search);
    Set<String> routes = servedAdminRoutes(app);
    assertFalse(routes.isEmpty());
    JavalinTest.test(app, (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      for (String route : routes) {
        String method = route.split(" ")[0];
        String path = route.split(" ")[1].replace("{id}", "nl-preventie");
        HttpResponse<String> response = client.send(method, path,
            "application/x-www-form-urlencoded", method.equals("GET") ? null : new byte[0],
            "Authorization", "Bearer " + AdminTestApp.TOKEN);
        assertEquals(403, response.statusCode(), route);
        if (path.startsWith("/api/admin")) {
          assertTrue(response.body().contains("admin_api_off"), route);
          assertTrue(response.body().contains(AdminSettings.TOKEN_VARIABLE), route);
        } else {
          assertTrue(response.body().contains(AdminSettings.PASSWORD_VARIABLE), route);
        }
      }
      assertTrue(client.get("/admin?lang=en").body().contains("The console is off"));
    });
  }

  @Test
  void signInSetsAStrictHttpOnlySessionCookieAndSignOutEndsIt() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      HttpResponse<String> page = client.get("/admin/sign-in");
      String preCookie = AdminTestApp.Client.setCookie(page, SessionCookies.SIGN_IN);
      assertTrue(preCookie.contains("HttpOnly") && preCookie.contains("SameSite=Strict"));
      HttpResponse<String> signedIn = client.form("/admin/sign-in", "csrf="
          + AdminTestApp.Client.csrf(page.body()) + "&password="
          + AdminTestApp.Client.encode(AdminTestApp.PASSWORD), "Cookie", SessionCookies.SIGN_IN
          + "=" + AdminTestApp.Client.cookie(page, SessionCookies.SIGN_IN));
      assertEquals(303, signedIn.statusCode());
      String cookie = AdminTestApp.Client.setCookie(signedIn, SessionCookies.SESSION);
      assertTrue(cookie.contains("; HttpOnly"), cookie);
      assertTrue(cookie.contains("; SameSite=Strict"), cookie);
      assertTrue(cookie.contains("; Path=/admin"), cookie);
      assertFalse(cookie.contains("Secure"), "plain HTTP: " + cookie);
      String sessionId = AdminTestApp.Client.cookie(signedIn, SessionCookies.SESSION);
      assertTrue(sessionId.length() >= 40, sessionId);

      String sessionCookie = SessionCookies.SESSION + "=" + sessionId;
      HttpResponse<String> health = client.get("/admin", "Cookie", sessionCookie);
      assertEquals(200, health.statusCode());
      assertEquals("no-store", health.headers().firstValue("Cache-Control").orElse(""));
      String csrf = AdminTestApp.Client.csrf(health.body());
      assertEquals(303, client.form("/admin/sign-out", "csrf=" + csrf, "Cookie", sessionCookie)
          .statusCode());
      assertEquals(303, client.get("/admin", "Cookie", sessionCookie).statusCode());
    });
  }

  @Test
  void behindHttpsTheCookieIsSecure() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      HttpResponse<String> page = client.get("/admin/sign-in", "X-Forwarded-Proto", "https");
      assertTrue(AdminTestApp.Client.setCookie(page, SessionCookies.SIGN_IN).contains("; Secure"));
    });
  }

  @Test
  void aWrongPasswordIsRefusedAndRepeatedFailuresLockTheClientOut() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      HttpResponse<String> page = client.get("/admin/sign-in");
      String csrf = AdminTestApp.Client.csrf(page.body());
      String cookie = SessionCookies.SIGN_IN + "="
          + AdminTestApp.Client.cookie(page, SessionCookies.SIGN_IN);
      for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS; i++) {
        HttpResponse<String> wrong = client.form("/admin/sign-in", "csrf=" + csrf
            + "&password=not-the-password", "Cookie", cookie);
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.body().contains("Dit wachtwoord klopt niet"), wrong.body());
        assertTrue(wrong.headers().allValues("Set-Cookie").stream()
            .noneMatch(c -> c.startsWith(SessionCookies.SESSION)));
      }
      HttpResponse<String> locked = client.form("/admin/sign-in", "csrf=" + csrf
          + "&password=" + AdminTestApp.Client.encode(AdminTestApp.PASSWORD), "Cookie", cookie);
      assertEquals(429, locked.statusCode(), "even the right password waits out the lockout");
      assertTrue(locked.headers().firstValue("Retry-After").isPresent());
    });
  }

  @Test
  void aPostWithoutTheSessionsCsrfTokenIsRefused() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      assertEquals(403, session.form("/admin/reindex", "")
          .statusCode());
      assertEquals(403, session.form("/admin/reindex", "csrf=forged")
          .statusCode());
      assertEquals(403, session.form("/admin/documents", "id=x&title=y").statusCode());
      // sign-in itself: without the pre-session cookie the form is refused
      HttpResponse<String> page = client.get("/admin/sign-in");
      assertEquals(403, client.form("/admin/sign-in", "csrf=" + AdminTestApp.Client.csrf(
          page.body()) + "&password=" + AdminTestApp.PASSWORD).statusCode());
      assertEquals(303, session.form("/admin/reindex", "csrf=" + session.csrf()).statusCode());
    });
  }

  @Test
  void repeatedWrongTokensLockTheApiClientOut() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS; i++) {
        assertEquals(401, client.send("GET", "/api/admin/status", null, null,
            "Authorization", "Bearer guess-number-" + i).statusCode());
      }
      assertEquals(429, client.api("GET", "/api/admin/status", null).statusCode());
    });
  }

  @Test
  void theRouteTableCoversEveryMethodItNames() {
    Admin admin = Admin.off(fixture.search);
    assertTrue(admin.routes().stream().allMatch(r -> r.method().isHttpMethod()
        && r.method() != HandlerType.HEAD));
  }

  @Test
  void wrongPasswordsLockTheClientOutOfTheApiToo() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      HttpResponse<String> page = client.get("/admin/sign-in");
      String csrf = AdminTestApp.Client.csrf(page.body());
      String cookie = SessionCookies.SIGN_IN + "="
          + AdminTestApp.Client.cookie(page, SessionCookies.SIGN_IN);
      for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS; i++) {
        assertEquals(401, client.form("/admin/sign-in", "csrf=" + csrf
            + "&password=not-the-password", "Cookie", cookie).statusCode());
      }
      HttpResponse<String> api = client.api("GET", "/api/admin/status", null);
      assertEquals(429, api.statusCode(), "the right token waits out the lockout");
      assertTrue(api.headers().firstValue("Retry-After").isPresent());
    });
  }

  @Test
  void wrongTokensLockTheClientOutOfTheConsoleToo() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS; i++) {
        assertEquals(401, client.send("GET", "/api/admin/status", null, null,
            "Authorization", "Bearer guess-number-" + i).statusCode());
      }
      HttpResponse<String> page = client.get("/admin/sign-in");
      HttpResponse<String> locked = client.form("/admin/sign-in", "csrf="
          + AdminTestApp.Client.csrf(page.body()) + "&password="
          + AdminTestApp.Client.encode(AdminTestApp.PASSWORD), "Cookie", SessionCookies.SIGN_IN
          + "=" + AdminTestApp.Client.cookie(page, SessionCookies.SIGN_IN));
      assertEquals(429, locked.statusCode(), "the right password waits out the lockout");
    });
  }
}
