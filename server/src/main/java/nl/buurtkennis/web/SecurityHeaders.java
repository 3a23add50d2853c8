package nl.buurtkennis.web;

import java.util.Map;

/**
 * The headers every response carries, pages, API, static files and errors alike. The policy allows
 * scripts, styles and images from the site itself only and no inline script or style, so markup
 * injected into a page could not run; the pages need nothing else (their one script is a file).
 */
public final class SecurityHeaders {
  public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
      + "style-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; "
      + "base-uri 'none'; form-action 'self'";
  public static final Map<String, String> ALL = Map.of(
      "Content-Security-Policy", CONTENT_SECURITY_POLICY,
      "X-Content-Type-Options", "nosniff",
      "X-Frame-Options", "DENY",
      "Referrer-Policy", "strict-origin-when-cross-origin");

  private SecurityHeaders() {}
}
