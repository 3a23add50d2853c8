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
    String text = text(msg, e);
    return label == null ? text : msg.format("error.request.parameter", label, text);
  }

  /**
   * The error for the page, naming the field at fault by its label in the page's language
   * ("Van", "Vorm"), where the API names the parameter ({@code year_from}, {@code form}).
   */
  static String describe(Messages msg, Taxonomy taxonomy, InvalidRequestException e) {
    String text = text(msg, e);
    return e.parameter() == null ? text
        : msg.format("error.parameter", field(msg, taxonomy, e.parameter()), text);
  }

  /**
   * What is wrong, in the page's language: the message of the error's code for its parameter
   * ({@code error.unknown_facet_value.place}: a place is no word of the vocabulary), else of its
   * code; the API's English message for a code without one.
   */
  private static String text(Messages msg, InvalidRequestException e) {
    String key = "error." + e.code();
    String own = key + "." + e.parameter();
    if (e.parameter() != null && msg.has(own)) {
      return msg.format(own, QueryLimits.arguments(e.code()));
    }
    return msg.has(key) ? msg.format(key, QueryLimits.arguments(e.code())) : e.getMessage();
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
    return Characters.cut(raw, QueryLimits.MAX_QUERY_CHARS);
  }
}
