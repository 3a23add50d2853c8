package nl.buurtkennis.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtkennis.analysis.ComposedText;

/**
 * A validated search: free text, facet selections (values of one facet OR-ed, facets AND-ed), a
 * year range, a page and an order.
 *
 * @param filters selected values per facet dimension, in the order they were given
 * @param yearFrom first year to include, or null
 * @param yearTo last year to include, or null
 * @param page 1-based page number
 * @param lang the language of labels: "nl" or "en"
 * @param explain whether each hit says why it ranks where it does
 */
public record SearchRequest(String query, Map<String, List<String>> filters, Integer yearFrom,
    Integer yearTo, int page, int size, SortOrder sort, String lang, boolean explain) {
  public static final int DEFAULT_SIZE = 10;
  public static final int MAX_SIZE = 100;

  public SearchRequest {
    // As a word is meant: an accent typed apart (macOS, copied PDFs) joined to its letter, and
    // soft hyphens and zero-width spaces left out.
    query = query == null ? "" : ComposedText.of(query);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    filters.forEach((dim, values) -> {
      if (!values.isEmpty()) {
        copy.put(dim, List.copyOf(values));
      }
    });
    filters = java.util.Collections.unmodifiableMap(copy);
  }

  public SearchRequest(String query, Map<String, List<String>> filters, Integer yearFrom,
      Integer yearTo, int page, int size, SortOrder sort, String lang) {
    this(query, filters, yearFrom, yearTo, page, size, sort, lang, false);
  }

  /** All documents, first page, default order, Dutch labels. */
  public static SearchRequest all() {
    return new SearchRequest("", Map.of(), null, null, 1, DEFAULT_SIZE, SortOrder.RELEVANCE, "nl");
  }

  public List<String> selected(String dim) {
    return filters.getOrDefault(dim, List.of());
  }

  public boolean hasYearRange() {
    return yearFrom != null || yearTo != null;
  }
}
