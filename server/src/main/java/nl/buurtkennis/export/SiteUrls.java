package nl.buurtkennis.export;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Absolute URLs on this site. Exports leave the site (a spreadsheet, a reference manager, a feed
 * reader), where a relative link means nothing.
 *
 * @param base scheme and authority, such as {@code http://localhost:7070}, without a trailing slash
 */
public record SiteUrls(String base) {
  public SiteUrls {
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
  }

  /**
   * The site at a configured public address: {@code http} or {@code https}, a host, optionally a
   * port and a path the site is served under ({@code https://example.org/buurtkennis}); no query,
   * fragment or user.
   *
   * @throws IllegalArgumentException saying what is wrong with {@code address}
   */
  public static SiteUrls parse(String address) {
    URI uri;
    try {
      uri = new URI(address.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: " + e.getMessage());
    }
    String scheme = uri.getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
      throw new IllegalArgumentException("it must start with http:// or https://");
    }
    if (uri.getHost() == null || uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException("it must name a host (and no user)");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException("it may not have a query (?) or fragment (#)");
    }
    return new SiteUrls(uri.toASCIIString());
  }

  /** The page of document {@code id}, without a language: the same document in either language. */
  public String document(String id) {
    return base + "/documents/" + encode(id);
  }

  /**
   * The page of document {@code id} in {@code lang}: the language-neutral page for Dutch, which it
   * shows by default, and the page with {@code lang=en} for English.
   */
  public String document(String id, String lang) {
    return document(id) + ("en".equals(lang) ? "?lang=en" : "");
  }

  /** The search page for {@code queryString} (without its '?', may be empty). */
  public String search(String queryString) {
    return base + "/" + (queryString.isEmpty() ? "" : "?" + queryString);
  }

  /** The Atom feed of the search for {@code queryString} (without its '?', may be empty). */
  public String feed(String queryString) {
    return base + "/feed" + (queryString.isEmpty() ? "" : "?" + queryString);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
