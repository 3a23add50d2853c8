package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
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
}
