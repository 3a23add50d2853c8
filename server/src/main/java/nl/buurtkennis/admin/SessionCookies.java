package nl.buurtkennis.admin;

import io.javalin.http.Context;

/**
 * The console's cookies, written by hand so that every flag is explicit: {@code HttpOnly} (no
 * script reads them), {@code SameSite=Strict} (no other site's page sends them),
 * {@code Path=/admin} (the public pages never see them) and {@code Secure} when the request came
 * over HTTPS.
 */
final class SessionCookies {
  static final String SESSION = "bk_admin_session";
  /** Holds the CSRF token of the sign-in form, before there is a session ({@link SignInTokens}). */
  static final String SIGN_IN = "bk_admin_signin";

  private SessionCookies() {}

  static void set(Context ctx, String name, String value, long maxAgeSeconds) {
    ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/admin; Max-Age="
        + maxAgeSeconds + "; HttpOnly; SameSite=Strict" + (secure(ctx) ? "; Secure" : ""));
  }

  static void clear(Context ctx, String name) {
    set(ctx, name, "", 0);
  }

  static boolean secure(Context ctx) {
    return "https".equalsIgnoreCase(ctx.scheme())
        || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
  }
}
