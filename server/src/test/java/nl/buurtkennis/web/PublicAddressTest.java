package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import nl.buurtkennis.admin.Admin;
import nl.buurtkennis.export.SiteUrls;
import nl.buurtkennis.search.SearchService;
import nl.buurtkennis.search.TestIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every absolute link (citations on the document page, the RIS, BibTeX and CSV exports, the Atom
 * feed) starts with the configured public address, whatever {@code Host} a request sends; without
 * one, the request's {@code Host} is used, as before.
 */
class PublicAddressTest {
  private static final String PUBLIC = "https://buurtkennis.example.org/kennis";
  /** Every route that writes absolute links. */
  private static final List<String> ROUTES = List.of("/api/export?format=ris&q=bewoners",
      "/api/export?format=bibtex&q=bewoners", "/api/export?format=csv&q=bewoners",
      "/feed?q=bewoners", "/api/documents/nl-preventie/cite?format=ris",
      "/api/documents/nl-preventie/cite?format=bibtex",
      "/api/documents/nl-preventie/cite?format=text", "/documents/nl-preventie",
      "/documents/nl-preventie?lang=en");

  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  private static Javalin app(SiteAddress site) {
    SearchService search = fixture.service();
    return WebApp.create(search, Admin.off(search), SearchGate.defaults(), site, () -> { });
  }

  @Test
  void aConfiguredAddressIsUsedWhateverHostIsSent() {
    SiteAddress site = SiteAddress.of(Optional.of(SiteUrls.parse(PUBLIC + "/")));
    JavalinTest.test(app(site), (server, client) -> {
      for (String route : ROUTES) {
        RawHttp.Answer answer = getWithHost(server.port(), route, "evil.example");
        assertEquals(200, answer.status(), route);
        assertTrue(answer.body().contains(PUBLIC + "/documents/nl-preventie"),
            route + ": " + answer.body());
        assertFalse(answer.body().contains("evil.example"), route + ": " + answer.body());
      }
      assertTrue(getWithHost(server.port(), "/api/export?format=ris&q=bewoners", "evil.example")
          .body().contains("UR  - " + PUBLIC + "/documents/"));
      assertTrue(getWithHost(server.port(), "/feed?q=bewoners", "evil.example").body()
          .contains("href=\"" + PUBLIC + "/feed?q=bewoners\""), "the feed's own link");
    });
  }

  /** Without a configured address, links follow the request's Host: README names the risk. */
  @Test
  void withoutOneTheRequestsHostIsUsed() {
    JavalinTest.test(app(SiteAddress.fromRequests()), (server, client) -> {
      RawHttp.Answer ris = getWithHost(server.port(), "/api/export?format=ris&q=bewoners",
          "other.example:8080");
      assertTrue(ris.body().contains("UR  - http://other.example:8080/documents/"), ris.body());
    });
  }

  /** An HTTP/1.0 request without Host gets links at this server, port included. */
  @Test
  void withoutHostTheLinksNameTheServersPort() {
    JavalinTest.test(app(SiteAddress.fromRequests()), (server, client) -> {
      RawHttp.Answer ris = RawHttp.send(server.port(),
          "GET /api/documents/nl-preventie/cite?format=ris HTTP/1.0\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      assertEquals(200, ris.status(), ris.body());
      assertTrue(ris.body().contains("UR  - http://localhost:" + server.port()
          + "/documents/nl-preventie"), ris.body());
    });
  }

  @Test
  void onlyAnHttpAddressWithAHostIsAccepted() {
    assertEquals("http://localhost:7070", SiteUrls.parse(" http://localhost:7070/ ").base());
    assertEquals("https://example.org/sub", SiteUrls.parse("https://example.org/sub").base());
    for (String wrong : List.of("", "example.org", "ftp://example.org", "https://",
        "https://example.org/?x=1", "https://example.org/#top", "https://user@example.org",
        "javascript:alert(1)", "https://exa mple.org")) {
      assertThrows(IllegalArgumentException.class, () -> SiteUrls.parse(wrong), wrong);
    }
  }

  private static RawHttp.Answer getWithHost(int port, String target, String host)
      throws IOException {
    return RawHttp.send(port, ("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\n"
        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
  }
}
