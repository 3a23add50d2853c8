package nl.buurtkennis.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.buurtkennis.search.SearchRequest;
import nl.buurtkennis.search.SortOrder;

/**
 * What the search form held when the page refused its search, read as it was given and without
 * the checks that refused it: the page shows it again, so that correcting the one field at fault
 * and searching again keeps everything else.
 *
 * @param filters every facet's values as given (stripped, each once), the one at fault included:
 *     the page shows them as ticked boxes, which can be unticked
 * @param yearFrom the year as typed (the first one given), or ""
 * @param sort the order asked for, or relevance when it names none
 * @param size the page size asked for when it is one the search takes, else the default: the form
 *     sends it unseen, so a bad one is left out rather than sent again
 */
record EnteredSearch(String query, Map<String, List<String>> filters, String yearFrom,
    String yearTo, SortOrder sort, int size) {
  private static final Pattern SIZE = Pattern.compile("[0-9]{1,3}");
  private static final Pattern YEAR = Pattern.compile("[0-9]{1,4}");

  static EnteredSearch of(Map<String, List<String>> raw) {
    // read as every route reads them: a control character is a space, never shown
    Map<String, List<String>> params = new LinkedHashMap<>();
    raw.forEach((name, values) -> params.put(name,
        values.stream().map(SpaceLikeCharacters::asSpaces).toList()));
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String dim : SearchParams.FILTER_PARAMS) {
      List<String> values = params.getOrDefault(dim, List.of()).stream()
          .map(FilterValue::normalised).filter(value -> !value.isEmpty()).distinct().toList();
      if (!values.isEmpty()) {
        filters.put(dim, values);
      }
    }
    String sortId = first(params, "sort").toLowerCase(Locale.ROOT);
    String size = first(params, "size");
    int pageSize = SIZE.matcher(size).matches() ? Integer.parseInt(size) : 0;
    return new EnteredSearch(RequestErrors.query(params.getOrDefault("q", List.of()).stream()
            .findFirst().orElse(null)), filters,
        first(params, "year_from"), first(params, "year_to"),
        SortOrder.of(sortId).orElse(SortOrder.RELEVANCE),
        pageSize >= 1 && pageSize <= SearchRequest.MAX_SIZE ? pageSize
            : SearchRequest.DEFAULT_SIZE);
  }

  /**
   * The search as the page's links read it (the link to the page in the other language): the
   * years where they are numbers, so that the other language shows the same refusal.
   */
  SearchRequest request(String lang) {
    return new SearchRequest(query, filters, year(yearFrom), year(yearTo), 1, size, sort, lang);
  }

  private static Integer year(String typed) {
    return YEAR.matcher(typed).matches() ? Integer.valueOf(typed) : null;
  }

  /** The first value of a parameter given, stripped, cut to what a value may be; or "". */
  private static String first(Map<String, List<String>> params, String name) {
    String value = params.getOrDefault(name, List.of()).stream().map(String::strip)
        .filter(v -> !v.isEmpty()).findFirst().orElse("");
    return Characters.cut(value, QueryLimits.MAX_VALUE_CHARS);
  }
}
