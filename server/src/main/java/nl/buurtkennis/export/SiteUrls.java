package nl.buurtkennis.export;

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
