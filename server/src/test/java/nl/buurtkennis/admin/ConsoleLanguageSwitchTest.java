package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The console's link to the other language is the page asked for in that language, every other
 * parameter kept, its error pages included; a page that answers a posted form, which no address
 * shows again, links to the console page of what it was about, titled by it.
 */
class ConsoleLanguageSwitchTest {
  private static final Pattern LANGUAGE_LINK =
      Pattern.compile("<a class=\"lang\" href=\"([^\"]*)\"");

  @RegisterExtension
  static final AdminTestApp fixture = new AdminTestApp();

  @Test
  void aPageAskedForSwitchesWithItsParametersKept() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Session session = new AdminTestApp.Client(server).signIn();
      String[][] switches = {
          {"/admin/documents?q=bemid", "/admin/documents?q=bemid&lang=en"},
          {"/admin/documents?lang=en&q=bemid", "/admin/documents?q=bemid"},
          {"/admin/documents", "/admin/documents?lang=en"},
          {"/admin?reindex=busy&lang=en", "/admin?reindex=busy"},
          {"/admin/documents/nope/edit", "/admin/documents/nope/edit?lang=en"},
          {"/admin/documents/nope/delete?lang=en", "/admin/documents/nope/delete"},
          {"/admin/documents/nope/delete?lang=en&x=1", "/admin/documents/nope/delete?x=1"}};
      for (String[] pair : switches) {
        HttpResponse<String> page = session.get(pair[0]);
        assertEquals(pair[1], languageLink(page), pair[0] + " (" + page.statusCode() + ")");
        HttpResponse<String> there = session.get(pair[1]);
        assertEquals(page.statusCode(), there.statusCode(), "the same page: " + pair[1]);
      }
      // a lang the console does not speak is told in English when it starts with en; in Dutch,
      // the page asked for is the one without it
      HttpResponse<String> refused = session.get("/admin/documents?q=x&lang=english");
      assertEquals(400, refused.statusCode());
      assertEquals("/admin/documents?q=x", languageLink(refused));
      // an address that names no console page is not repeated: the console's start instead
      assertEquals("/admin", languageLink(session.get("/admin/no-such-page?lang=en")));
    });
  }

  @Test
  void theSavedPageNamesTheDocumentAndSwitchesToItsEditForm() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Session session = new AdminTestApp.Client(server).signIn();
      HttpResponse<String> saved = session.form("/admin/documents", "csrf=" + session.csrf()
          + AdminTestApp.documentFields(null, "net-opgeslagen", "Net opgeslagen", "Tekst.\n"));
      assertEquals(200, saved.statusCode(), saved.body());
      assertTrue(saved.body().contains("<title>Document net-opgeslagen opgeslagen · Buurtkennis"
          + "</title>"), saved.body());
      assertEquals("/admin/documents/net-opgeslagen/edit?lang=en", languageLink(saved));

      HttpResponse<String> english = session.form("/admin/documents/net-opgeslagen/edit?lang=en",
          "csrf=" + session.csrf() + AdminTestApp.documentFields(AdminTestApp.formVersion(
              session.get("/admin/documents/net-opgeslagen/edit")
                  .body()), "net-opgeslagen", "Net opgeslagen", "Andere tekst.\n"));
      assertEquals(200, english.statusCode(), english.body());
      assertTrue(english.body().contains("<title>Document net-opgeslagen saved · Buurtkennis"
          + "</title>"), english.body());
      assertEquals("/admin/documents/net-opgeslagen/edit", languageLink(english));
    });
  }

  @Test
  void aRefusedPostLinksToWhereItsPageLeads() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Session session = new AdminTestApp.Client(server).signIn();
      HttpResponse<String> forged = session.form("/admin/reindex?lang=en", "csrf=forged");
      assertEquals(403, forged.statusCode(), forged.body());
      assertEquals("/admin", languageLink(forged), "back to the console, in Dutch");
    });
  }

  private static String languageLink(HttpResponse<String> page) {
    Matcher link = LANGUAGE_LINK.matcher(page.body());
    assertTrue(link.find(), page.body());
    return link.group(1).replace("&amp;", "&");
  }
}
