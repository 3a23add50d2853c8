package nl.buurtkennis.web;

/**
 * Finds the parameter of a query string whose percent-escapes are malformed ({@code %zz}, a lone
 * {@code %}) or do not spell UTF-8, or that holds raw bytes (not percent-encoded) that are not
 * UTF-8. The web stack drops the first kind without a word, so {@code q=privacy%zz} would search
 * for everything, and reads the second as U+FFFD, so {@code q=politie\xE9} searched for
 * {@code politie\uFFFD}.
 */
final class QueryStringEncoding {
  /**
   * What Jetty reads a raw byte of the request line that is not UTF-8 as: the query string comes
   * decoded, so the bytes themselves are gone. A raw U+FFFD (the bytes {@code EF BF BD}) is
   * refused with them; percent-encoded ({@code %EF%BF%BD}) it is well formed.
   */
  static final char REPLACEMENT = '\uFFFD';

  private QueryStringEncoding() {}

  /** A badly encoded parameter; its name is null where the name itself is badly encoded. */
  record Malformed(String name) {}

  /** The first badly encoded parameter, or null when every one is well formed. */
  static Malformed firstMalformed(String queryString) {
    if (queryString == null
        || queryString.indexOf('%') < 0 && queryString.indexOf(REPLACEMENT) < 0) {
      return null;
    }
    for (String pair : queryString.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      if (!wellFormed(name)) {
        return new Malformed(null);
      }
      if (equals >= 0 && !wellFormed(pair.substring(equals + 1))) {
        return new Malformed(PercentDecoding.strict(name));
      }
    }
    return null;
  }

  private static boolean wellFormed(String encoded) {
    if (encoded.indexOf(REPLACEMENT) >= 0) {
      return false;
    }
    try {
      PercentDecoding.strict(encoded);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
