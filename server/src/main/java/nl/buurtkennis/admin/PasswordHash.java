package nl.buurtkennis.admin;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.spec.KeySpec;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The console password, kept only as a salted PBKDF2-HMAC-SHA256 hash: the plain password is
 * never stored, so a heap dump does not give it away.
 */
final class PasswordHash {
  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int ITERATIONS = 210_000;
  private static final int BITS = 256;

  private final byte[] salt;
  private final byte[] hash;

  private PasswordHash(byte[] salt, byte[] hash) {
    this.salt = salt;
    this.hash = hash;
  }

  static PasswordHash of(String password) {
    byte[] salt = Secrets.randomBytes(16);
    return new PasswordHash(salt, derive(password, salt));
  }

  /** Whether {@code attempt} is the password; the comparison takes constant time. */
  boolean matches(String attempt) {
    return attempt != null && MessageDigest.isEqual(hash, derive(attempt, salt));
  }

  private static byte[] derive(String password, byte[] salt) {
    KeySpec spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, BITS);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java 17 runtime has " + ALGORITHM, e);
    }
  }
}
