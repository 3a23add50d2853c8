package nl.buurtkennis.web;

import nl.buurtkennis.search.InvalidRequestException;

/** A refused search in the words of the page: the API's error, translated where it can be. */
final class RequestErrors {
  private RequestErrors() {}

  static String describe(Messages msg, InvalidRequestException e) {
    String key = "error." + e.code();
    String text = msg.has(key) ? msg.format(key, QueryLimits.arguments(e.code())) : e.getMessage();
    return e.parameter() == null ? text : msg.format("error.parameter", e.parameter(), text);
  }

  /** What the page shows in its search box after an error: the query, cut to the limit. */
  static String query(String raw) {
    if (raw == null) {
      return "";
    }
    return raw.length() <= QueryLimits.MAX_QUERY_CHARS ? raw
        : raw.substring(0, QueryLimits.MAX_QUERY_CHARS);
  }
}
