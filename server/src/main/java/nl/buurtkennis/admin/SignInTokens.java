package nl.buurtkennis.admin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The CSRF tokens of the sign-in form, before there is a session: checked by double submit (the
 * form's field must equal the cookie), and each signed with a key only this server process knows
 * (HMAC-SHA256). A double submit alone takes any pair that matches, an empty one too; a cookie
 * planted by someone else (a sibling site, a script on plain HTTP) could then pass. A signed
 * token passes only when this server issued it. The key is made at start-up, so a sign-in page
 * opened before a restart is refused, as sessions end at a restart too: sign in again.
 */
final class SignInTokens {
  private static final String ALGORITHM = "HmacSHA256";
  /** A random part and its signature, each 32 bytes in URL-safe Base64 without padding. */
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}\\.[A-Za-z0-9_-]{43}");

  private final SecretKeySpec key;

  SignInTokens() {
    this(Secrets.randomBytes(32));
  }

  SignInTokens(byte[] key) {
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
  }

  /** A new token: 256 random bits and their signature. */
  String issue() {
    String nonce = Secrets.randomToken();
    return nonce + "." + signature(nonce);
  }

  /**
   * Whether a sign-in form may be tried: the posted token equals the cookie's, and the cookie's is
   * one this server issued (of its shape, with a valid signature). Comparisons take the same time
   * whatever the input.
   */
  boolean accepts(String posted, String cookie) {
    if (posted == null || cookie == null || !SHAPE.matcher(cookie).matches()) {
      return false;
    }
    int dot = cookie.indexOf('.');
    boolean signed = Secrets.equal(cookie.substring(dot + 1), signature(cookie.substring(0, dot)));
    return Secrets.equal(posted, cookie) & signed;
  }

  private String signature(String nonce) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return Base64.getUrlEncoder().withoutPadding()
          .encodeToString(mac.doFinal(nonce.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
    }
  }
}
