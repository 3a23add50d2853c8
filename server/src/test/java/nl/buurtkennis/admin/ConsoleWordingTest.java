package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import nl.buurtkennis.testing.TempCorpus;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the console says is true of what happened, in the page's language. */
class ConsoleWordingTest {
  @RegisterExtension
  static final AdminTestApp fixture = new AdminTestApp();

  private static final String TYPED = "&id=after-sign-out&title=Getypt&type=practice"
      + "&language=nl&year=2015&summary=Werk&body=Tekst";

  @Test
  void aFormPostedAfterSigningOutDoesNotSayTheSessionTimedOut() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      assertEquals(303, session.form("/admin/sign-out", "csrf=" + session.csrf()).statusCode());
      String dutch = session.form("/admin/documents", "csrf=" + session.csrf() + TYPED).body();
      assertTrue(dutch.contains("U bent niet aangemeld: u hebt zich afgemeld"), dutch);
      assertFalse(dutch.contains("Uw sessie is verlopen"), dutch);
      String english = session.form("/admin/documents?lang=en", "csrf=" + session.csrf() + TYPED).body();
      assertTrue(english.contains("You are not signed in: you signed out"), english);
      assertFalse(english.contains("Your session has ended"), english);
    });
  }

  @Test
  void confirmingTheRemovalOfADocumentSomeoneElseRemovedSaysSoOnAConsolePage() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      assertEquals(201, client.api("POST", "/api/admin/documents",
          TempCorpus.doc("gone-meanwhile", "", "Tekst.\n")).statusCode());
      String confirm = session.get("/admin/documents/gone-meanwhile/delete?lang=en").body();
      String version = AdminTestApp.formVersion(confirm);
      assertFalse(version.isEmpty(), confirm);
      assertEquals(200, client.api("DELETE", "/api/admin/documents/gone-meanwhile", null)
          .statusCode());

      HttpResponse<String> gone = session.form("/admin/documents/gone-meanwhile/delete?lang=en",
          "csrf=" + session.csrf() + AdminTestApp.param("version", version));
      assertEquals(409, gone.statusCode());
      String page = gone.body();
      assertTrue(page.contains("Document gone-meanwhile was already deleted since this page was"
          + " opened"), page);
      assertFalse(page.contains("someone else"), "it may have been the same librarian: " + page);
      assertTrue(page.contains("href=\"/admin/documents?lang=en\""), page);
      assertFalse(page.contains("This page does not exist"), page);

      HttpResponse<String> dutch = session.form("/admin/documents/gone-meanwhile/delete",
          "csrf=" + session.csrf() + AdminTestApp.param("version", version));
      assertEquals(409, dutch.statusCode());
      assertTrue(dutch.body().contains("Document gone-meanwhile is al verwijderd"), dutch.body());
      assertFalse(dutch.body().contains("iemand anders"), dutch.body());
      assertTrue(dutch.body().contains("href=\"/admin/documents\""), dutch.body());
    });
  }

  @Test
  void confirmingARemovalTwiceSaysTheSecondTimeThatItIsGoneWithoutBlamingAnyone() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      assertEquals(201, client.api("POST", "/api/admin/documents",
          TempCorpus.doc("dubbelklik", "", "Tekst.\n")).statusCode());
      String confirm = session.get("/admin/documents/dubbelklik/delete").body();
      String body = "csrf=" + session.csrf()
          + AdminTestApp.param("version", AdminTestApp.formVersion(confirm));
      assertEquals(303, session.form("/admin/documents/dubbelklik/delete", body).statusCode(), "removed, on to the confirmation");
      HttpResponse<String> second = session.form("/admin/documents/dubbelklik/delete", body);
      assertEquals(409, second.statusCode());
      assertTrue(second.body().contains("Document dubbelklik is al verwijderd sinds deze pagina"
          + " werd geopend (in de console, ook met een eerdere klik op deze knop"), second.body());
      assertFalse(second.body().contains("iemand anders"), second.body());
    });
  }

  @Test
  void aConsoleAddressAskedWithAnotherMethodIsA405ConsolePageThatSaysWhich() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      HttpResponse<String> nl = session.form("/admin/documents/new", "csrf=" + session.csrf());
      assertEquals(405, nl.statusCode());
      assertTrue(nl.body().contains("kan alleen worden geopend"), nl.body());
      assertTrue(nl.body().contains("href=\"/admin\""), nl.body());
      assertFalse(nl.body().contains("zoekvak"), "no search wording in the console");
      HttpResponse<String> en = session.form("/admin/documents/new?lang=en",
          "csrf=" + session.csrf());
      assertEquals(405, en.statusCode());
      assertTrue(en.body().contains("can only be opened"), en.body());
      assertTrue(en.body().contains("href=\"/admin?lang=en\""), en.body());
      HttpResponse<String> opened = session.get("/admin/reindex");
      assertEquals(405, opened.statusCode());
      assertTrue(opened.body().contains("kan niet rechtstreeks worden geopend"), opened.body());
    });
  }

  @Test
  void aConsolePageForAnUnknownDocumentIsTheConsolesOwnNotTheGeneric404() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      HttpResponse<String> edit = session.get("/admin/documents/never-was/edit?lang=en");
      assertEquals(404, edit.statusCode());
      assertTrue(edit.body().contains("No document has id never-was"), edit.body());
      assertTrue(edit.body().contains("href=\"/admin/documents?lang=en\""), edit.body());
    });
  }

  @Test
  void aConsolePageInALanguageItDoesNotSpeakIsA400ConsolePageInBothLanguages() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      for (String path : java.util.List.of("/admin?lang=xx", "/admin/documents?lang=fr",
          "/admin/documents/new?lang=de", "/admin/documents/burgernet/edit?lang=xx",
          "/admin/documents/burgernet/delete?lang=xx", "/admin/sign-in?lang=xx")) {
        HttpResponse<String> page = session.get(path);
        assertEquals(400, page.statusCode(), path);
        String html = page.body();
        assertTrue(html.contains("de taal moet nl (Nederlands) of en (Engels) zijn."),
            path + html);
        assertFalse(html.contains("must be"), "no English on a Dutch page: " + path + html);
        assertTrue(html.contains("<h1>Ongeldig verzoek</h1>"), path + html);
        assertTrue(html.contains("href=\"/admin\">Terug naar de console</a>"), path + html);
        assertFalse(html.contains("Terug naar zoeken"), path + html);
        assertFalse(html.contains("zoekopdracht"), path + html);
      }
      HttpResponse<String> english = session.get("/admin?lang=english");
      assertEquals(400, english.statusCode());
      assertTrue(english.body().contains("the language must be nl (Dutch) or en (English)."),
          english.body());
      assertFalse(english.body().contains("taal moet"), english.body());
      assertTrue(english.body().contains("href=\"/admin?lang=en\">Back to the console</a>"),
          english.body());
      HttpResponse<String> signedOut = client.get("/admin?lang=xx");
      assertEquals(400, signedOut.statusCode(), "refused before the sign-in redirect");
      HttpResponse<String> post = session.form("/admin/reindex?lang=xx",
          "csrf=" + session.csrf());
      assertEquals(400, post.statusCode(), "a form posted to a page of another language");
    });
  }

  @Test
  void languageTagsOfDutchAndEnglishStillWorkOnConsolePages() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      for (String lang : java.util.List.of("EN", "en-GB", "en_US")) {
        HttpResponse<String> page = session.get("/admin/documents?lang=" + lang);
        assertEquals(200, page.statusCode(), lang);
        assertTrue(page.body().contains("<html lang=\"en\">"), lang);
      }
      HttpResponse<String> flemish = session.get("/admin?lang=nl-BE");
      assertEquals(200, flemish.statusCode());
      assertTrue(flemish.body().contains("<html lang=\"nl\">"));
      assertEquals(200, session.get("/admin/sign-in?lang=")
          .statusCode(), "an empty lang is no lang");
    });
  }

  @Test
  void aParameterGivenTwiceOnAConsolePageIsNamedByWhatItMeansNotAsASearch() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      HttpResponse<String> health = session.get("/admin?reindex=started&reindex=x");
      assertEquals(400, health.statusCode());
      assertTrue(health.body().contains("<h1>Ongeldig verzoek</h1>"), health.body());
      assertTrue(health.body().contains("(de melding over het herindexeren): deze parameter mag"
          + " maar een keer voorkomen."), health.body());
      assertTrue(health.body().contains("href=\"/admin\">Terug naar de console</a>"));
      assertFalse(health.body().contains("zoekopdracht"), health.body());
      assertFalse(health.body().contains("Terug naar zoeken"), health.body());

      HttpResponse<String> list = session.get("/admin/documents?removed=a&removed=b&lang=en");
      assertEquals(400, list.statusCode());
      assertTrue(list.body().contains("<h1>Invalid request</h1>"), list.body());
      assertTrue(list.body().contains("(the notice of a removed document): this parameter may be"
          + " given only once."), list.body());
      assertTrue(list.body().contains("href=\"/admin?lang=en\">Back to the console</a>"));
      assertFalse(list.body().contains("Invalid search"), list.body());
      assertFalse(list.body().contains("(removed)"), list.body());

      HttpResponse<String> filter = session.get("/admin/documents?q=a&q=b&lang=en");
      assertTrue(filter.body().contains("(the filter on title, id or file)"), filter.body());

      HttpResponse<String> signIn = client.get("/admin/sign-in?next=%2Fadmin&next=%2Fadmin");
      assertEquals(400, signIn.statusCode());
      assertTrue(signIn.body().contains("(de pagina die na het aanmelden opent)"), signIn.body());
      assertFalse(signIn.body().contains("(next)"), signIn.body());
    });
  }

  @Test
  void aMalformedEscapeInAConsoleAddressIsToldOnAConsolePageNotAsASearch() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      HttpResponse<String> page = session.get("/admin/documents?q=%FF&lang=en");
      assertEquals(400, page.statusCode());
      String html = page.body();
      assertTrue(html.contains("href=\"/admin?lang=en\">Back to the console</a>"), html);
      assertFalse(html.contains("search box"), html);
      assertFalse(html.contains("Back to search"), html);
    });
  }

  @Test
  void aMalformedEscapeInAConsolePathIsToldOnAConsolePageSignedInOrNot() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Session session = new AdminTestApp.Client(server).signIn();
      for (String path : java.util.List.of("/admin/%zz", "/admin/documents/%zz/edit",
          "/admin/documents/%FF", "/admin/a%00b")) {
        for (String cookie : new String[] {session.cookie(), null}) {
          String who = path + (cookie == null ? " signed out" : " signed in");
          Raw dutch = raw(server.port(), path, cookie);
          assertEquals(400, dutch.status(), who);
          assertTrue(dutch.head().contains("cache-control: no-store"), who + dutch.head());
          assertTrue(dutch.body().contains("<html lang=\"nl\">"), who + dutch.body());
          assertTrue(dutch.body().contains("<h1>Ongeldig adres</h1>"), who + dutch.body());
          assertTrue(dutch.body().contains("Open de pagina opnieuw vanuit de console."),
              who + dutch.body());
          assertTrue(dutch.body().contains("href=\"/admin\">Terug naar de console</a>"),
              who + dutch.body());
          assertFalse(dutch.body().contains("zoekvak"), who + dutch.body());
          assertFalse(dutch.body().contains("Terug naar zoeken"), who + dutch.body());
          // what the console's 400 for a malformed parameter shows: nothing but the way back
          assertFalse(dutch.body().contains("admin-nav"), who + dutch.body());
          assertFalse(dutch.body().contains("name=\"csrf\""), who + dutch.body());

          Raw english = raw(server.port(), path + "?lang=en", cookie);
          assertEquals(400, english.status(), who);
          assertTrue(english.body().contains("<html lang=\"en\">"), who + english.body());
          assertTrue(english.body().contains("<h1>Malformed address</h1>"), who + english.body());
          assertTrue(english.body().contains("Open the page again from the console."),
              who + english.body());
          assertTrue(english.body().contains("href=\"/admin?lang=en\">Back to the console</a>"),
              who + english.body());
          assertFalse(english.body().contains("search box"), who + english.body());
        }
      }
      assertEquals(raw(server.port(), "/admin/documents?q=%zz", null).body(),
          raw(server.port(), "/admin/%zz", null).body(),
          "the same page as for a malformed escape in a console page's parameter");
      Raw api = raw(server.port(), "/api/admin/%zz", null);
      assertEquals(400, api.status());
      assertTrue(api.body().contains("\"error\":\"bad_encoding\""), api.body());
    });
  }

  @Test
  void anAddressOrHeadersTooLargeForTheServerAreToldOnAConsolePage() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Session session = new AdminTestApp.Client(server).signIn();
      String tooLong = "a".repeat(40_000);
      String bigHeader = "X-Big: " + "b".repeat(40_000);
      for (String cookie : new String[] {session.cookie(), null}) {
        String who = cookie == null ? " signed out" : " signed in";
        // only the start of an address too long is read: a lang far along it is not seen
        Raw dutch = raw(server.port(), "/admin/" + tooLong + "?lang=en", cookie);
        assertEquals(414, dutch.status(), who);
        assertConsolePage(dutch, "nl", who);
        assertTrue(dutch.body().contains("<h1>Adres te lang</h1>"), who + dutch.body());
        assertTrue(dutch.body().contains("Het adres van deze pagina is te lang voor de server. "
            + "Open de pagina opnieuw vanuit de console."), who + dutch.body());
        assertFalse(dutch.body().contains("zoekvraag"), who + dutch.body());
        assertFalse(dutch.body().contains(tooLong.substring(0, 100)), "no echo" + who);

        Raw english = raw(server.port(), "/ADMIN/documents?lang=en&q=" + tooLong, cookie);
        assertEquals(414, english.status(), who);
        assertConsolePage(english, "en", who);
        assertTrue(english.body().contains("<h1>Address too long</h1>"), who + english.body());
        assertTrue(english.body().contains("The address of this page is too long for the server."
            + " Open the page again from the console."), who + english.body());

        Raw headers = raw(server.port(), "/admin/documents", cookie, bigHeader);
        assertEquals(431, headers.status(), who);
        assertConsolePage(headers, "nl", who);
        assertTrue(headers.body().contains("<h1>Verzoek te groot</h1>"), who + headers.body());
        assertTrue(headers.body().contains("te veel of te grote cookies"), who + headers.body());
        assertFalse(headers.body().contains("b".repeat(100)), "no echo" + who);

        Raw englishHeaders = raw(server.port(), "/admin?lang=en", cookie, bigHeader);
        assertEquals(431, englishHeaders.status(), who);
        assertConsolePage(englishHeaders, "en", who);
        assertTrue(englishHeaders.body().contains("<h1>Request too large</h1>"),
            who + englishHeaders.body());
        assertTrue(englishHeaders.body().contains("too many or too large cookies"),
            who + englishHeaders.body());
      }
      // elsewhere the site's error page and the API's JSON, as before
      Raw page = raw(server.port(), "/vocabulary", null, bigHeader);
      assertEquals(431, page.status());
      assertTrue(page.body().contains("<h1>Verzoek te groot</h1>"), page.body());
      assertTrue(page.body().contains("Terug naar zoeken"), page.body());
      assertFalse(page.body().contains("Terug naar de console"), page.body());
      Raw publicLong = raw(server.port(), "/documents/" + tooLong, null);
      assertEquals(414, publicLong.status());
      assertTrue(publicLong.body().contains("zoekvraag"), publicLong.body());
      for (Raw api : new Raw[] {raw(server.port(), "/api/admin/status", null, bigHeader),
          raw(server.port(), "/api/admin/" + tooLong, null)}) {
        assertTrue(api.status() == 414 || api.status() == 431, "" + api.status());
        assertTrue(api.head().contains("content-type: application/json"), api.head());
      }
    });
  }

  @Test
  void aLongAddressThatMakesTheHeadersTooLargeIsToldAsACauseLikeCookies() throws Exception {
    JavalinTest.test(fixture.app(), (server, http) -> {
      // the tester's request: an address short enough alone (no 414), no cookies, but with the
      // headers curl sends it is over the 32 KiB Jetty reads, so a 431
      String query = "a".repeat(32_700);
      String curl = "User-Agent: curl/8.5.0\r\nAccept: */*";
      Raw dutch = raw(server.port(), "/admin?q=" + query, null, curl);
      assertEquals(431, dutch.status(), dutch.body());
      assertConsolePage(dutch, "nl", "");
      assertTrue(dutch.body().contains("<h1>Verzoek te groot</h1>"), dutch.body());
      assertTrue(dutch.body().contains("Het adres van deze pagina is, samen met wat uw browser "
          + "ermee meestuurde (zoals cookies), te groot voor de server. Is het adres heel lang, "
          + "open de pagina dan opnieuw vanuit de console. Is het dat niet, dan zijn het meestal "
          + "te veel of te grote cookies: verwijder de cookies van deze site, open de console "
          + "opnieuw en meld u opnieuw aan."), dutch.body());
      assertFalse(dutch.body().contains(query.substring(0, 100)), "no echo");

      Raw english = raw(server.port(), "/ADMIN?lang=en&q=" + query, null, curl);
      assertEquals(431, english.status(), english.body());
      assertConsolePage(english, "en", "");
      assertTrue(english.body().contains("<h1>Request too large</h1>"), english.body());
      assertTrue(english.body().contains("The address of this page, together with what your "
          + "browser sent along with it (such as cookies), is too large for the server. If the "
          + "address is very long, open the page again from the console. If it is not, it is "
          + "usually too many or too large cookies: delete the cookies of this site, open the "
          + "console again and sign in again."), english.body());
    });
  }

  @Test
  void headersTooLargeAfterARequestLineSentInPiecesStillGetTheConsolePage() throws Exception {
    JavalinTest.test(fixture.app(), (server, http) -> {
      try (java.net.Socket socket = new java.net.Socket("localhost", server.port())) {
        socket.setSoTimeout(10_000);
        socket.setTcpNoDelay(true);
        java.io.OutputStream out = socket.getOutputStream();
        // as a slow client or a small packet sends it: the path comes after the first bytes
        for (String piece : new String[] {"GE", "T /ad", "min/documents?la",
            "ng=en HTTP/1.1\r\n"}) {
          out.write(piece.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
          out.flush();
          Thread.sleep(150);
        }
        try {
          out.write(("Host: localhost\r\nX-Big: " + "b".repeat(40_000)
              + "\r\nConnection: close\r\n\r\n")
              .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        } catch (java.io.IOException e) {
          // answered and closed before all was read
        }
        String answer = new String(socket.getInputStream().readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(answer.startsWith("HTTP/1.1 431"), answer);
        assertTrue(answer.contains("<h1>Request too large</h1>"), answer);
        assertTrue(answer.contains("href=\"/admin?lang=en\">Back to the console</a>"), answer);
      }
    });
  }

  /**
   * The console's page for a request Jetty refused before any session is looked at: in
   * {@code lang}, the same for everyone, nothing but the way back to the console.
   */
  private static void assertConsolePage(Raw answer, String lang, String who) {
    String html = answer.body();
    assertTrue(answer.head().contains("content-type: text/html;charset=utf-8")
        || answer.head().contains("content-type: text/html; charset=utf-8"), who + answer.head());
    assertTrue(answer.head().contains("cache-control: no-store"), who + answer.head());
    assertTrue(html.contains("<html lang=\"" + lang + "\">"), who + html);
    assertTrue(html.contains("nl".equals(lang)
        ? "href=\"/admin\">Terug naar de console</a>"
        : "href=\"/admin?lang=en\">Back to the console</a>"), who + html);
    assertFalse(html.contains("Terug naar zoeken") || html.contains("Back to search"), who + html);
    assertFalse(html.contains("admin-nav"), who + html);
    assertFalse(html.contains("name=\"csrf\""), who + html);
  }

  @Test
  void anUnknownConsoleAddressIsAConsole404ForALibrarian() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      for (String path : java.util.List.of("/admin/nothing", "/admin/documents/x/unknown",
          "/admin/documents/burgernet/edit/more")) {
        HttpResponse<String> dutch = session.get(path);
        assertEquals(404, dutch.statusCode(), path);
        String html = dutch.body();
        assertTrue(html.contains("<html lang=\"nl\">"), path + html);
        assertTrue(html.contains("<h1>Niet gevonden</h1>"), path + html);
        assertTrue(html.contains("De console heeft geen pagina op dit adres."), path + html);
        assertTrue(html.contains("href=\"/admin\">Terug naar de console</a>"), path + html);
        assertTrue(html.contains("class=\"admin-nav\""), "the console's own menu: " + html);
        assertFalse(html.contains("Terug naar zoeken"), path + html);
        assertEquals("no-store", dutch.headers().firstValue("Cache-Control").orElse(""), path);

        HttpResponse<String> english = session.get(path + "?lang=en");
        assertEquals(404, english.statusCode(), path);
        assertTrue(english.body().contains("<html lang=\"en\">"), path + english.body());
        assertTrue(english.body().contains("The console has no page at this address."),
            path + english.body());
        assertTrue(english.body().contains("href=\"/admin?lang=en\">Back to the console</a>"),
            path + english.body());
        assertFalse(english.body().contains("Back to search"), path + english.body());

        HttpResponse<String> signedOut = client.get(path);
        assertEquals(303, signedOut.statusCode(), "no page to a stranger, found or not: " + path);
        assertTrue(signedOut.headers().firstValue("Location").orElse("")
            .startsWith("/admin/sign-in?next="), path);
      }
      HttpResponse<String> api = client.api("GET", "/api/admin/nothing", null);
      assertEquals(404, api.statusCode());
      assertTrue(api.headers().firstValue("Content-Type").orElse("")
          .startsWith("application/json"), api.body());
      assertTrue(api.body().contains("\"error\":\"not_found\""), api.body());
    });
  }

  /** An answer read off the socket: status, head (lower-cased) and body. */
  private record Raw(int status, String head, String body) {}

  /**
   * A GET written byte for byte, as {@code java.net.http} will not send a malformed escape;
   * with the session's cookie unless it is null.
   */
  private static Raw raw(int port, String target, String cookie) throws java.io.IOException {
    return raw(port, target, cookie, null);
  }

  /** As {@link #raw(int, String, String)}, with one more header line unless it is null. */
  private static Raw raw(int port, String target, String cookie, String header)
      throws java.io.IOException {
    try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      try {
        socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n"
            + (cookie == null ? "" : "Cookie: " + cookie + "\r\n")
            + (header == null ? "" : header + "\r\n") + "Connection: close\r\n\r\n")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      } catch (java.io.IOException e) {
        // the server may answer and close before it has read a request too large (414, 431)
      }
      String answer = new String(socket.getInputStream().readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8);
      int end = answer.indexOf("\r\n\r\n");
      return new Raw(Integer.parseInt(answer.substring(9, 12)),
          answer.substring(0, end).toLowerCase(java.util.Locale.ROOT), answer.substring(end + 4));
    }
  }
}
