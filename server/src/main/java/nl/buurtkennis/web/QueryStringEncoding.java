package nl.buurtkennis.web;

/**
 * Finds the parameter of a query string whose percent-escapes are malformed ({@code %zz}, a lone
 * {@code %}) or do not spell UTF-8. The web stack drops such a parameter without a word, so
 * {@code q=privacy%zz} would search for everything.
 */
final class QueryStringEncoding {
  private QueryStringEncoding() {}

  /** A badly encoded parameter; its name is null where the name itself is badly encoded. */
  record Malformed(String name) {}

  /** The first badly encoded parameter, or null when every one is well formed. */
  static Malformed firstMalformed(String queryString) {
    if (queryString == null || queryString.indexOf('%') < 0) {
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
    try {
      PercentDecoding.strict(encoded);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
