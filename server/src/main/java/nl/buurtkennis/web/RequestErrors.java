package nl.buurtkennis.web;

import nl.buurtkennis.search.InvalidRequestException;
import nl.buurtkennis.taxonomy.Taxonomy;

/** A refused search in the words of the page: the API's error, translated where it can be. */
public final class RequestErrors {
  private RequestErrors() {}

  /**
   * The error of a page other than a search, which is no search ("Invalid request"): what is
   * wrong in its address, naming the parameter at fault by {@code label}, what it means to a
   * reader of the page; null for an error of no parameter.
   */
  public static String inAddress(Messages msg, InvalidRequestException e, String label) {
    String key = "error." + e.code();
    String text = msg.has(key) ? msg.format(key, QueryLimits.arguments(e.code())) : e.getMessage();
    return label == null ? text : msg.format("error.request.parameter", label, text);
  }

  /**
   * The error for the page, naming the field at fault by its label in the page's language
   * ("Van", "Vorm"), where the API names the parameter ({@code year_from}, {@code form}).
   */
  static String describe(Messages msg, Taxonomy taxonomy, InvalidRequestException e) {
    String key = "error." + e.code();
    String text = msg.has(key) ? msg.format(key, QueryLimits.arguments(e.code())) : e.getMessage();
    return e.parameter() == null ? text
        : msg.format("error.parameter", field(msg, taxonomy, e.parameter()), text);
  }

  /** The label of the field a parameter is set with; the parameter itself when it has none. */
  static String field(Messages msg, Taxonomy taxonomy, String parameter) {
    if (msg.has("field." + parameter)) {
      return msg.get("field." + parameter);
    }
    return taxonomy.facet(parameter).map(facet -> facet.label().in(msg.lang()))
        .orElseGet(() -> msg.has("facet." + parameter) ? msg.get("facet." + parameter)
            : parameter);
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
