package nl.buurtkennis.web;

import io.javalin.http.Context;
import java.util.Optional;
import nl.buurtkennis.export.SiteUrls;

/**
 * Where the absolute links of citations, exports and the feed point: the site's configured public
 * address, or, when none is configured, the scheme and {@code Host} header of the request. A
 * request's {@code Host} is whatever its sender wrote, so only a configured address keeps a
 * citation from pointing at another site.
 */
public final class SiteAddress {
  private final SiteUrls configured;

  private SiteAddress(SiteUrls configured) {
    this.configured = configured;
  }

  /** Links at {@code publicSite} when there is one, otherwise at the host each request names. */
  public static SiteAddress of(Optional<SiteUrls> publicSite) {
    return new SiteAddress(publicSite.orElse(null));
  }

  /** Links at the host each request names. */
  public static SiteAddress fromRequests() {
    return new SiteAddress(null);
  }

  /** The site's absolute links for a request. */
  SiteUrls of(Context ctx) {
    if (configured != null) {
      return configured;
    }
    String host = ctx.host();
    String scheme = ctx.scheme();
    // HTTP/1.0 requests may come without Host; the links must still be absolute, and reach this
    // server on the port the request came in on.
    String authority = host == null || host.isBlank() ? "localhost" + port(scheme, ctx) : host;
    return new SiteUrls(scheme + "://" + authority);
  }

  /** {@code :port} of the connection the request came in on, or nothing for the scheme's own. */
  private static String port(String scheme, Context ctx) {
    int port = ctx.req().getLocalPort();
    boolean schemes = port == 80 && "http".equals(scheme) || port == 443 && "https".equals(scheme);
    return port <= 0 || schemes ? "" : ":" + port;
  }
}
