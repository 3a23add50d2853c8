package nl.buurtkennis.admin;

/**
 * Stops a request to a console page or the admin API that may not go through; mapped to a JSON
 * error for the API, and to a page or a redirect to the sign-in page for the console.
 */
final class AdminDenied extends RuntimeException {
  enum Kind {
    API_OFF, API_UNAUTHORIZED, API_LOCKED, CONSOLE_OFF, SIGN_IN_FIRST, CSRF, LOCKED, TOO_LARGE,
    BAD_FORM
  }

  private final Kind kind;
  private final long waitSeconds;

  AdminDenied(Kind kind, long waitSeconds) {
    super(kind.name(), null, false, false);
    this.kind = kind;
    this.waitSeconds = waitSeconds;
  }

  AdminDenied(Kind kind) {
    this(kind, 0);
  }

  Kind kind() {
    return kind;
  }

  long waitSeconds() {
    return waitSeconds;
  }
}
