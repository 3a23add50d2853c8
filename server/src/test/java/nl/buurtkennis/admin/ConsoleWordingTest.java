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
      assertEquals(303, client.form("/admin/sign-out", "csrf=" + session.csrf(), "Cookie",
          session.cookie()).statusCode());
      String dutch = client.form("/admin/documents", "csrf=" + session.csrf() + TYPED,
          "Cookie", session.cookie()).body();
      assertTrue(dutch.contains("U bent niet meer aangemeld: u hebt zich afgemeld"), dutch);
      assertFalse(dutch.contains("Uw sessie is verlopen"), dutch);
      String english = client.form("/admin/documents?lang=en", "csrf=" + session.csrf() + TYPED,
          "Cookie", session.cookie()).body();
      assertTrue(english.contains("You are no longer signed in: you signed out"), english);
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
      String confirm = client.get("/admin/documents/gone-meanwhile/delete?lang=en", "Cookie",
          session.cookie()).body();
      String version = AdminTestApp.formVersion(confirm);
      assertFalse(version.isEmpty(), confirm);
      assertEquals(200, client.api("DELETE", "/api/admin/documents/gone-meanwhile", null)
          .statusCode());

      HttpResponse<String> gone = client.form("/admin/documents/gone-meanwhile/delete?lang=en",
          "csrf=" + session.csrf() + AdminTestApp.param("version", version),
          "Cookie", session.cookie());
      assertEquals(409, gone.statusCode());
      String page = gone.body();
      assertTrue(page.contains("Document gone-meanwhile has already been removed"), page);
      assertTrue(page.contains("href=\"/admin/documents?lang=en\""), page);
      assertFalse(page.contains("This page does not exist"), page);

      HttpResponse<String> dutch = client.form("/admin/documents/gone-meanwhile/delete",
          "csrf=" + session.csrf() + AdminTestApp.param("version", version),
          "Cookie", session.cookie());
      assertEquals(409, dutch.statusCode());
      assertTrue(dutch.body().contains("Document gone-meanwhile is al verwijderd"), dutch.body());
      assertTrue(dutch.body().contains("href=\"/admin/documents\""), dutch.body());
    });
  }

  @Test
  void aConsolePageForAnUnknownDocumentIsTheConsolesOwnNotTheGeneric404() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      HttpResponse<String> edit = client.get("/admin/documents/never-was/edit?lang=en", "Cookie",
          session.cookie());
      assertEquals(404, edit.statusCode());
      assertTrue(edit.body().contains("No document has id never-was"), edit.body());
      assertTrue(edit.body().contains("href=\"/admin/documents?lang=en\""), edit.body());
    });
  }
}
