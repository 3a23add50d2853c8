package nl.buurtkennis.admin;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.buurtkennis.web.RequestParams;

/**
 * The one gate in front of every console page and admin API route, run before any of them: it
 * denies by default. A path counts as admin when, decoded and with repeated slashes collapsed, it
 * starts with {@code /admin} or {@code /api/admin}, whether or not a route exists for it.
 *
 * <ul>
 *   <li>API: needs {@code Authorization: Bearer <BUURTKENNIS_ADMIN_TOKEN>}; 403 when the API is
 *       off, 401 for a missing or wrong token, 429 after repeated wrong tokens or passwords
 *       from the same address (a missing token is no guess and does not count).
 *   <li>Console: off (403) without a password; otherwise only the sign-in page and its post go
 *       through without a session. Every other method than GET/HEAD needs the session's CSRF
 *       token in the form field {@code csrf}, where a route answers it: a method the address does
 *       not answer is left to the router's 405 (or 404), token or not. A {@code lang} of another language than Dutch or
 *       English is a 400 on every console page, signed in or not.
 * </ul>
 */
final class AdminGuard {
  static final String SESSION_ATTRIBUTE = "adminSession";
  static final String SIGN_IN_PATH = "/admin/sign-in";

  private final AdminSettings settings;
  private final Sessions sessions;
  private final SignInThrottle throttle;
  /** The methods the console's addresses answer, known once the routes are registered. */
  private ConsoleMethods methods;

  AdminGuard(AdminSettings settings, Sessions sessions, SignInThrottle throttle) {
    this.settings = settings;
    this.sessions = sessions;
    this.throttle = throttle;
  }

  /** What the console's addresses answer: a method none answers needs no CSRF token. */
  void answering(ConsoleMethods methods) {
    this.methods = methods;
  }

  void check(Context ctx) {
    String path = normalise(ctx.path());
    if (path.equals("/api/admin") || path.startsWith("/api/admin")) {
      checkToken(ctx);
    } else if (path.startsWith("/admin")) {
      checkSession(ctx, path);
    }
  }

  private void checkToken(Context ctx) {
    if (!settings.apiOn()) {
      throw new AdminDenied(AdminDenied.Kind.API_OFF);
    }
    String client = ctx.ip();
    Optional<java.time.Duration> locked = throttle.lockedFor(client);
    if (locked.isPresent()) {
      throw new AdminDenied(AdminDenied.Kind.API_LOCKED, seconds(locked.get()));
    }
    String header = ctx.header("Authorization");
    String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
        ? header.substring(7).strip() : null;
    if (!settings.tokenMatches(token)) {
      if (token != null) {
        throttle.failed(client, SignInThrottle.Secret.TOKEN);
      }
      throw new AdminDenied(AdminDenied.Kind.API_UNAUTHORIZED);
    }
    throttle.succeeded(client, SignInThrottle.Secret.TOKEN);
  }

  private void checkSession(Context ctx, String path) {
    if (!settings.consoleOn()) {
      throw new AdminDenied(AdminDenied.Kind.CONSOLE_OFF);
    }
    // a page in a language the console does not speak is a 400, as on every public page, before
    // a redirect to the sign-in page would carry it along
    RequestParams.of(ctx.queryParamMap(), Set.of("lang")).language();
    boolean read = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
    // only the sign-in page as the router finds it: in other capitals or with doubled slashes it
    // is one more console address, which needs a session like any other
    if (ctx.path().equals(SIGN_IN_PATH) || ctx.path().equals(SIGN_IN_PATH + "/")) {
      return;
    }
    Optional<Sessions.Session> session = sessions.find(ctx.cookie(SessionCookies.SESSION));
    if (session.isEmpty()) {
      throw new AdminDenied(AdminDenied.Kind.SIGN_IN_FIRST);
    }
    ctx.attribute(SESSION_ATTRIBUTE, session.get());
    // a method the address does not answer runs no handler: the router answers it (405 with
    // Allow, or 404), whatever the token, as it does for a request with a valid one
    if (!read && methods != null && !methods.answers(ctx.method(), ctx.path())) {
      return;
    }
    if (!read && !Secrets.equal(csrfField(ctx), session.get().csrfToken())) {
      throw new AdminDenied(AdminDenied.Kind.CSRF);
    }
  }

  /**
   * The form's CSRF field. Reading it parses the form, so an upload over the size limit is refused
   * here (413), as is a form that cannot be parsed (400), before any handler sees it. A document
   * form over the limit is read apart ({@link OversizedForm}), so that its handler can give it
   * back with what was typed.
   */
  static String csrfField(Context ctx) {
    long length = ctx.req().getContentLengthLong();
    if (length > ConsoleController.MAX_FORM_BYTES) {
      if (KeptForm.formAt(ctx.path()) == null
          || !OversizedForm.readable(length, ctx.contentType())) {
        throw new AdminDenied(AdminDenied.Kind.TOO_LARGE);
      }
      OversizedForm form = oversizedForm(ctx, length);
      ctx.attribute(OversizedForm.ATTRIBUTE, form);
      return form.first("csrf");
    }
    try {
      return ctx.formParam("csrf");
    } catch (Exception e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("max file size") || message.contains("max request size")
            || message.contains("too large") || message.contains("exceeds")) {
          throw new AdminDenied(AdminDenied.Kind.TOO_LARGE);
        }
      }
      throw new AdminDenied(AdminDenied.Kind.BAD_FORM);
    }
  }

  private static OversizedForm oversizedForm(Context ctx, long length) {
    try {
      return OversizedForm.read(ctx.req().getInputStream(), length);
    } catch (java.io.IOException | IllegalArgumentException e) {
      throw new AdminDenied(AdminDenied.Kind.BAD_FORM);
    }
  }

  static long seconds(java.time.Duration duration) {
    return Math.max(1, (duration.toMillis() + 999) / 1000);
  }

  /** Decoded, lower-cased, with runs of '/' collapsed: how a lenient router might read the path. */
  static String normalise(String rawPath) {
    String decoded = rawPath;
    try {
      for (int i = 0; i < 3 && decoded.contains("%"); i++) {
        decoded = URLDecoder.decode(decoded.replace("+", "%2B"), StandardCharsets.UTF_8);
      }
    } catch (IllegalArgumentException e) {
      // a malformed escape: judge the path as it came
    }
    return decoded.replaceAll("/{2,}", "/").toLowerCase(Locale.ROOT);
  }
}
