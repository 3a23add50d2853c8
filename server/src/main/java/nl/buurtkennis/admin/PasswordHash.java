package nl.buurtkennis.admin;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.spec.KeySpec;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The console password, kept only as a salted PBKDF2-HMAC-SHA256 hash: once derived, the plain
 * password is dropped, so a heap dump does not give it away.
 *
 * <p>Deriving it (210,000 rounds) costs a cold JVM 0.3–3 s of CPU, which at start would be taken
 * from opening the index and starting the web stack on a machine of two cores. So it is derived
 * by {@link #prepare()}, which the server calls once it answers, or at the first login attempt
 * if that comes first; until then the password's characters are held as the process's
 * environment holds them anyway.
 */
final class PasswordHash {
  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int ITERATIONS = 210_000;
  private static final int BITS = 256;

  private final byte[] salt;
  /** The password until its hash is derived, then null (and its characters overwritten). */
  private char[] password;
  private byte[] hash;

  private PasswordHash(byte[] salt, char[] password) {
    this.salt = salt;
    this.password = password;
  }

  static PasswordHash of(String password) {
    return new PasswordHash(Secrets.randomBytes(16), password.toCharArray());
  }

  /** Derives the hash now, if it is not yet, and drops the plain password. */
  void prepare() {
    hash();
  }

  private synchronized byte[] hash() {
    if (hash == null) {
      hash = derive(password, salt);
      Arrays.fill(password, '\0');
      password = null;
    }
    return hash;
  }

  /** Whether {@code attempt} is the password; the comparison takes constant time. */
  boolean matches(String attempt) {
    return attempt != null
        && MessageDigest.isEqual(hash(), derive(attempt.toCharArray(), salt));
  }

  private static byte[] derive(char[] password, byte[] salt) {
    KeySpec spec = new PBEKeySpec(password, salt, ITERATIONS, BITS);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java 17 runtime has " + ALGORITHM, e);
    }
  }
}
