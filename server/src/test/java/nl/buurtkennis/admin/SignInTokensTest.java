package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sign-in form's double submit takes only a token this server issued: not an empty one, not
 * one of another shape, not one of the right shape signed with another key, whatever cookie and
 * field are sent together.
 */
class SignInTokensTest {
  @RegisterExtension
  static final AdminTestApp fixture = new AdminTestApp();

  @Test
  void onlyATokenThisServerSignedPassesEvenWhenCookieAndFieldMatch() {
    SignInTokens tokens = new SignInTokens();
    String issued = tokens.issue();
    assertTrue(tokens.accepts(issued, issued));
    assertNotEquals(issued, tokens.issue(), "each token is new");

    assertFalse(tokens.accepts("", ""));
    assertFalse(tokens.accepts("a", "a"));
    assertFalse(tokens.accepts(null, issued));
    assertFalse(tokens.accepts(issued, null));
    assertFalse(tokens.accepts(issued + "x", issued), "the field must equal the cookie");
    String random = Secrets.randomToken();
    assertFalse(tokens.accepts(random, random), "a random token of the old shape");
    String otherKeys = new SignInTokens().issue();
    assertFalse(tokens.accepts(otherKeys, otherKeys), "signed with another key");
    String nonce = issued.substring(0, issued.indexOf('.'));
    String forged = nonce + "." + Secrets.randomToken();
    assertFalse(tokens.accepts(forged, forged), "a signature made up");

    byte[] key = new byte[32];
    Arrays.fill(key, (byte) 7);
    String fixedKeys = new SignInTokens(key).issue();
    assertTrue(new SignInTokens(key.clone()).accepts(fixedKeys, fixedKeys),
        "the signature is the key's, not the instance's");
  }

  @Test
  void aSignInWithAPlantedCookieAndFieldIsRefusedWithoutASession() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      String password = AdminTestApp.Client.encode(AdminTestApp.PASSWORD);
      String random = Secrets.randomToken();
      String otherServers = new SignInTokens().issue();
      for (String planted : new String[] {"", "a", random, otherServers}) {
        HttpResponse<String> refused = client.form("/admin/sign-in", "csrf="
            + AdminTestApp.Client.encode(planted) + "&password=" + password,
            "Cookie", SessionCookies.SIGN_IN + "=" + planted);
        assertEquals(403, refused.statusCode(), "planted '" + planted + "'");
        assertTrue(refused.headers().allValues("Set-Cookie").stream()
            .noneMatch(c -> c.startsWith(SessionCookies.SESSION + "=")), planted);
      }
      // the token the sign-in page issues, in its cookie and its field, still signs in
      HttpResponse<String> page = client.get("/admin/sign-in");
      String issued = AdminTestApp.Client.cookie(page, SessionCookies.SIGN_IN);
      assertEquals(issued, AdminTestApp.Client.csrf(page.body()));
      HttpResponse<String> signedIn = client.form("/admin/sign-in", "csrf="
          + AdminTestApp.Client.encode(issued) + "&password=" + password,
          "Cookie", SessionCookies.SIGN_IN + "=" + issued);
      assertEquals(303, signedIn.statusCode(), signedIn.body());
    });
  }
}
