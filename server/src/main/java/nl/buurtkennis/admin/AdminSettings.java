package nl.buurtkennis.admin;

import java.util.Map;

/**
 * How the librarians' console and the admin API are secured, read once from the environment.
 * Without {@code BUURTKENNIS_ADMIN_PASSWORD} the console is off; without
 * {@code BUURTKENNIS_ADMIN_TOKEN} the admin API is off. Both secrets are kept only as hashes.
 */
public final class AdminSettings {
  public static final String PASSWORD_VARIABLE = "BUURTKENNIS_ADMIN_PASSWORD";
  public static final String TOKEN_VARIABLE = "BUURTKENNIS_ADMIN_TOKEN";
  /** Shorter secrets are refused: they are guessed too easily. */
  public static final int MIN_SECRET_LENGTH = 12;

  private final PasswordHash password;
  private final byte[] tokenDigest;

  private AdminSettings(PasswordHash password, byte[] tokenDigest) {
    this.password = password;
    this.tokenDigest = tokenDigest;
  }

  /** Console and API both off. */
  public static AdminSettings off() {
    return new AdminSettings(null, null);
  }

  /**
   * Reads the two variables; a secret shorter than {@link #MIN_SECRET_LENGTH} characters is an
   * error, not a silently weak setting.
   */
  public static AdminSettings fromEnvironment(Map<String, String> env) {
    return of(env.get(PASSWORD_VARIABLE), env.get(TOKEN_VARIABLE));
  }

  /** @param password the console password, or null for no console */
  public static AdminSettings of(String password, String token) {
    check(PASSWORD_VARIABLE, password);
    check(TOKEN_VARIABLE, token);
    return new AdminSettings(blank(password) ? null : PasswordHash.of(password),
        blank(token) ? null : Secrets.sha256(token));
  }

  private static void check(String variable, String secret) {
    if (!blank(secret) && secret.length() < MIN_SECRET_LENGTH) {
      throw new IllegalArgumentException(variable + " must be at least " + MIN_SECRET_LENGTH
          + " characters long");
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  public boolean consoleOn() {
    return password != null;
  }

  public boolean apiOn() {
    return tokenDigest != null;
  }

  /**
   * Derives the console password's hash now (see {@link PasswordHash}); the server calls it once
   * it answers, so that a start does not wait for it.
   */
  public void prepare() {
    if (password != null) {
      password.prepare();
    }
  }

  boolean passwordMatches(String attempt) {
    return password != null && password.matches(attempt);
  }

  boolean tokenMatches(String attempt) {
    return tokenDigest != null && attempt != null
        && java.security.MessageDigest.isEqual(tokenDigest, Secrets.sha256(attempt));
  }
}
