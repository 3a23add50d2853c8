package nl.buurtkennis.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.search.InvalidRequestException;
import nl.buurtkennis.search.SearchRequest;
import nl.buurtkennis.search.SortOrder;

/**
 * Reads a {@link SearchRequest} from query parameters, shared by the API and the page so that one
 * URL means the same search in both. Every bad value is rejected naming its parameter.
 */
public final class SearchParams {
  public static final int MAX_QUERY_CHARS = QueryLimits.MAX_QUERY_CHARS;
  public static final int MAX_RESULT_WINDOW = QueryLimits.MAX_RESULT_WINDOW;
  public static final List<String> FILTER_PARAMS = List.of("form", "issue", "benefit", "condition",
      "police_task", "evidence", "type", "language", IndexSchema.PLACE_DIM);
  private static final int MIN_YEAR = 0;
  private static final int MAX_YEAR = 9999;

  private SearchParams() {}

  public static SearchRequest parse(Map<String, List<String>> params) {
    QueryLimits.check(params);
    String query = emptyWhenInvisible(single(params, "q", ""));
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String dim : FILTER_PARAMS) {
      List<String> values = params.getOrDefault(dim, List.of()).stream()
          .map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
      if (!values.isEmpty()) {
        filters.put(dim, values);
      }
    }
    Integer yearFrom = year(params, "year_from");
    Integer yearTo = year(params, "year_to");
    if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
      throw new InvalidRequestException("year_to", "year_range_reversed",
          "year_from (" + yearFrom + ") is later than year_to (" + yearTo + ")");
    }
    int page = integer(params, "page", 1, 1, MAX_RESULT_WINDOW);
    int size = integer(params, "size", SearchRequest.DEFAULT_SIZE, 1, SearchRequest.MAX_SIZE);
    if ((long) page * size > MAX_RESULT_WINDOW) {
      throw new InvalidRequestException("page", "result_window_exceeded",
          "page × size may not exceed " + MAX_RESULT_WINDOW + "; narrow the search instead");
    }
    String sortId = single(params, "sort", SortOrder.RELEVANCE.id());
    SortOrder sort = SortOrder.of(sortId).orElseThrow(() -> new InvalidRequestException("sort",
        "invalid_sort", "sort must be relevance, newest or oldest"));
    String lang = language(params);
    String explain = single(params, "explain", "false");
    if (!explain.equals("true") && !explain.equals("false")) {
      throw new InvalidRequestException("explain", "invalid_explain", "explain must be true or false");
    }
    return new SearchRequest(query, filters, yearFrom, yearTo, page, size, sort, lang,
        explain.equals("true"));
  }

  /** The language of labels: {@code nl} unless {@code lang=en}. */
  public static String language(Map<String, List<String>> params) {
    if (params.getOrDefault("lang", List.of()).size() > 1) {
      throw new InvalidRequestException("lang", "repeated_parameter",
          "lang may be given only once");
    }
    String lang = single(params, "lang", "nl");
    if (!lang.equals("nl") && !lang.equals("en")) {
      throw new InvalidRequestException("lang", "invalid_lang", "lang must be nl or en");
    }
    return lang;
  }

  /**
   * A query of only spaces, no-break spaces, zero-width or other invisible characters (pasted
   * from a document or a chat) asks for everything, as an empty one does.
   */
  private static String emptyWhenInvisible(String query) {
    boolean invisible = query.codePoints().allMatch(c -> Character.isWhitespace(c)
        || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
        || Character.getType(c) == Character.CONTROL);
    return invisible ? "" : query;
  }

  private static String single(Map<String, List<String>> params, String name, String fallback) {
    List<String> values = params.getOrDefault(name, List.of());
    return values.isEmpty() ? fallback : values.get(0);
  }

  private static Integer year(Map<String, List<String>> params, String name) {
    String value = single(params, name, "").strip();
    if (value.isEmpty()) {
      return null;
    }
    return integer(params, name, 0, MIN_YEAR, MAX_YEAR);
  }

  private static int integer(Map<String, List<String>> params, String name, int fallback, int min,
      int max) {
    String value = single(params, name, "").strip();
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidRequestException(name, "invalid_" + name,
        name + " must be a whole number from " + min + " to " + max);
  }
}
