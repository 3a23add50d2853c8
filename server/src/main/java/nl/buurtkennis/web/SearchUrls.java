package nl.buurtkennis.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.buurtkennis.search.SearchRequest;
import nl.buurtkennis.search.SortOrder;

/** Links to variations of a search, so that every state of the page is a shareable URL. */
public final class SearchUrls {
  private final SearchRequest request;

  public SearchUrls(SearchRequest request) {
    this.request = request;
  }

  /** The search itself: {@code /} for every document in Dutch, with no dangling {@code ?}. */
  public String current() {
    return link(build(request.page(), request.lang(), null, null, false));
  }

  /** The same search with another query text, from the first page. */
  public String query(String query) {
    return new SearchUrls(new SearchRequest(query, request.filters(), request.yearFrom(),
        request.yearTo(), 1, request.size(), request.sort(), request.lang())).current();
  }

  /**
   * The search's page {@code page}, always with a {@code ?} (callers cut the query string off
   * after it); a link is {@link #link} of it.
   */
  public String page(int page) {
    return build(page, request.lang(), null, null, false);
  }

  /** The same search with its labels in {@code lang}: {@code /} for every document in Dutch. */
  public String language(String lang) {
    return link(build(request.page(), lang, null, null, false));
  }

  /** The search without one selected value of one facet. */
  public String without(String dim, String value) {
    return link(build(1, request.lang(), dim, value, false));
  }

  public String withoutYears() {
    return link(build(1, request.lang(), null, null, true));
  }

  /** {@code url} without a {@code ?} that nothing follows. */
  static String link(String url) {
    return url.endsWith("?") ? url.substring(0, url.length() - 1) : url;
  }

  /** The search with {@code value} of {@code dim} added to the selection. */
  public String with(String dim, String value) {
    String base = build(1, request.lang(), null, null, false);
    return base + (base.endsWith("?") ? "" : "&") + encode(dim) + "=" + encode(value);
  }

  /** The current search as the query string of another endpoint (export, feed, API). */
  public String queryString() {
    String url = build(request.page(), request.lang(), null, null, false);
    return url.substring(url.indexOf('?') + 1);
  }

  private String build(int page, String lang, String removeDim, String removeValue,
      boolean dropYears) {
    List<String> parts = new ArrayList<>();
    if (!request.query().isEmpty()) {
      parts.add("q=" + encode(request.query()));
    }
    for (Map.Entry<String, List<String>> filter : request.filters().entrySet()) {
      for (String value : filter.getValue()) {
        if (!(filter.getKey().equals(removeDim) && value.equals(removeValue))) {
          parts.add(encode(filter.getKey()) + "=" + encode(value));
        }
      }
    }
    if (!dropYears && request.yearFrom() != null) {
      parts.add("year_from=" + request.yearFrom());
    }
    if (!dropYears && request.yearTo() != null) {
      parts.add("year_to=" + request.yearTo());
    }
    if (request.sort() != SortOrder.RELEVANCE) {
      parts.add("sort=" + request.sort().id());
    }
    if (request.size() != SearchRequest.DEFAULT_SIZE) {
      parts.add("size=" + request.size());
    }
    if (page != 1) {
      parts.add("page=" + page);
    }
    if (!lang.equals("nl")) {
      parts.add("lang=" + lang);
    }
    return "/?" + String.join("&", parts);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
