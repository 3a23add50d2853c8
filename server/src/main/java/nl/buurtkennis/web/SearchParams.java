package nl.buurtkennis.web;

import java.math.BigInteger;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
  /** What a search reads; {@code /api/search} and the search page read them all. */
  public static final Set<String> SEARCH = names(List.of("q", "year_from", "year_to", "page",
      "size", "sort", "lang", "explain"), FILTER_PARAMS);
  /**
   * What a route that reads the whole result set (export, feed, map) reads of a search:
   * {@code page}, {@code size} and {@code explain} do nothing there, so they are not read, nor
   * checked.
   */
  public static final Set<String> RESULT_SET = names(List.of("q", "year_from", "year_to", "sort",
      "lang"), FILTER_PARAMS);
  /**
   * The years a filter takes: any of four digits, wider than the documents' years (1950 to this
   * year, {@link nl.buurtkennis.corpus.DocumentParser#MIN_YEAR}), so that a link or script
   * asking for another range is no error; a range outside the documents' finds nothing.
   */
  static final int MIN_YEAR = 0;
  static final int MAX_YEAR = 9999;
  private static final Pattern ASCII_DIGITS = Pattern.compile("[0-9]+");
  private static final Pattern MORE_THAN_ONE_SPACE = Pattern.compile(" {2,}");

  private SearchParams() {}

  public static SearchRequest parse(Map<String, List<String>> params) {
    return parse(RequestParams.of(params, SEARCH));
  }

  /** The parameters a route reads: a search's ({@code search}) and its own. */
  public static Set<String> names(Collection<String> search, Collection<String> own) {
    Set<String> names = new LinkedHashSet<>(search);
    names.addAll(own);
    return Set.copyOf(names);
  }

  public static SearchRequest parse(RequestParams params) {
    // lang first, so that every other error can be told in the language asked for
    String lang = params.language();
    String query = emptyWhenInvisible(spacedOnce(params.single("q", "")));
    QueryLimits.checkQuery(query);
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String dim : FILTER_PARAMS) {
      List<String> values = params.asMap().getOrDefault(dim, List.of()).stream()
          .map(FilterValue::normalised).filter(value -> !value.isEmpty()).distinct().toList();
      if (!values.isEmpty()) {
        filters.put(dim, values);
      }
    }
    Integer yearFrom = year(params, "year_from");
    Integer yearTo = year(params, "year_to");
    if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
      throw new InvalidRequestException("year_to", "year_range_reversed",
          "year_from (" + yearFrom + ") is later than year_to (" + yearTo + ")", null,
          List.of(yearFrom, yearTo));
    }
    int page = page(params);
    int size = integer(params, "size", SearchRequest.DEFAULT_SIZE, 1, SearchRequest.MAX_SIZE);
    if ((long) page * size > MAX_RESULT_WINDOW) {
      throw new InvalidRequestException("page", "result_window_exceeded",
          "page × size may not exceed " + MAX_RESULT_WINDOW + "; narrow the search instead");
    }
    // Like lang, the words of sort and explain are read whatever their case (NEWEST, TRUE).
    String sortId = params.single("sort", SortOrder.RELEVANCE.id()).strip()
        .toLowerCase(Locale.ROOT);
    SortOrder sort = SortOrder.of(sortId).orElseThrow(() -> new InvalidRequestException("sort",
        "invalid_sort", "sort must be relevance, newest or oldest"));
    String explain = params.single("explain", "false").strip().toLowerCase(Locale.ROOT);
    if (!explain.equals("true") && !explain.equals("false")) {
      throw new InvalidRequestException("explain", "invalid_explain", "explain must be true or false");
    }
    return new SearchRequest(query, filters, yearFrom, yearTo, page, size, sort, lang,
        explain.equals("true"));
  }

  /** The language of labels: {@code nl} unless {@code lang} names English (a 400 for another). */
  public static String language(Map<String, List<String>> params) {
    return RequestParams.of(params, Set.of("lang")).language();
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

  /**
   * The query with its runs of spaces one space and none around it, as the search reads it
   * (spaces only separate words): {@code q=%00%00politie} is {@code politie} wherever the query is
   * repeated, in the answer's {@code query} and in every link, feed id and export naming the
   * search, so that one search has one address.
   */
  private static String spacedOnce(String query) {
    return MORE_THAN_ONE_SPACE.matcher(query.strip()).replaceAll(" ");
  }

  private static Integer year(RequestParams params, String name) {
    return params.has(name) ? integer(params, name, 0, MIN_YEAR, MAX_YEAR) : null;
  }

  /**
   * The page asked for: a whole number from 1, read whatever its size. One past the result window
   * (however far, beyond an {@code int} too) is no malformed number: it is refused as every page
   * too far is, by {@code page × size}, so that the limit named is always the real one. It comes
   * back as the first page past the window.
   */
  private static int page(RequestParams params) {
    String value = params.single("page", "").strip();
    if (value.isEmpty()) {
      return 1;
    }
    if (ASCII_DIGITS.matcher(value).matches()) {
      BigInteger number = new BigInteger(value);
      if (number.signum() > 0) {
        return number.min(BigInteger.valueOf(MAX_RESULT_WINDOW + 1)).intValueExact();
      }
    }
    throw invalid("page", 1, MAX_RESULT_WINDOW);
  }

  private static int integer(RequestParams params, String name, int fallback, int min, int max) {
    String value = params.single(name, "").strip();
    if (value.isEmpty()) {
      return fallback;
    }
    // Integer.parseInt also reads a sign and any Unicode digit (full-width "２", Arabic-Indic
    // "٢"); a number here is ASCII digits only, as the form's number inputs send it.
    if (ASCII_DIGITS.matcher(value).matches()) {
      try {
        int number = Integer.parseInt(value);
        if (number >= min && number <= max) {
          return number;
        }
      } catch (NumberFormatException tooLong) {
        // reported below
      }
    }
    throw invalid(name, min, max);
  }

  private static InvalidRequestException invalid(String name, int min, int max) {
    return new InvalidRequestException(name, "invalid_" + name,
        name + " must be a whole number from " + min + " to " + max, null, List.of(min, max));
  }
}
