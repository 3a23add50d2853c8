package nl.buurtkennis.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtkennis.search.EvidenceMap;
import nl.buurtkennis.search.InvalidRequestException;
import nl.buurtkennis.search.SearchRequest;
import nl.buurtkennis.search.SearchResponse;
import nl.buurtkennis.search.SearchService;
import nl.buurtkennis.search.SortOrder;

/**
 * The evidence map as JSON ({@code GET /api/map}) and as a page ({@code GET /map}). Both read the
 * search parameters of {@code /api/search} plus {@code rows} and {@code cols}, the two facets to
 * cross (form × benefit by default).
 */
final class MapController {
  private final SearchService search;
  private final EvidenceMap map;
  private final Templates templates;

  MapController(SearchService search, Templates templates) {
    this.search = search;
    this.map = new EvidenceMap(search);
    this.templates = templates;
  }

  /**
   * Answers {@code {"rows": [ids], "cols": [ids], "counts": [[...]], "rowLabels": [...],
   * "colLabels": [...]}}: ids in taxonomy order, one list of counts per row, labels in
   * {@code lang}.
   */
  void data(Context ctx) {
    Map<String, List<String>> params = ctx.queryParamMap();
    SearchRequest request = SearchParams.parse(params);
    EvidenceMap.Matrix matrix = map.compute(request, rows(params), cols(params));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("rows", matrix.rows().ids());
    body.put("cols", matrix.cols().ids());
    body.put("counts", matrix.counts());
    body.put("rowLabels", matrix.rows().labels());
    body.put("colLabels", matrix.cols().labels());
    ctx.json(body);
  }

  void page(Context ctx) {
    Map<String, List<String>> params = ctx.queryParamMap();
    Messages msg = Messages.of("en".equals(ctx.queryParam("lang")) ? "en" : "nl");
    String rows = rows(params);
    String cols = cols(params);
    SearchRequest request;
    EvidenceMap.Matrix matrix;
    SearchResponse mapped;
    try {
      request = SearchParams.parse(params);
      matrix = map.compute(request, rows, cols);
      mapped = search.search(mapped(request, rows, cols));
    } catch (InvalidRequestException e) {
      // The page still renders, with the form, so that the request can be put right.
      SearchRequest fallback = new SearchRequest(RequestErrors.query(ctx.queryParam("q")),
          Map.of(), null, null, 1,
          SearchRequest.DEFAULT_SIZE, SortOrder.RELEVANCE, msg.lang());
      ctx.status(400);
      templates.render(ctx, "map.jte", MapPage.error(msg, search.taxonomy(), fallback,
          valid(rows, EvidenceMap.DEFAULT_ROWS), valid(cols, EvidenceMap.DEFAULT_COLS),
          RequestErrors.describe(msg, e)));
      return;
    }
    templates.render(ctx, "map.jte", MapPage.of(msg, search.taxonomy(), request, matrix,
        mapped));
  }

  /**
   * What the map counts, as one search: the request without its selections in the map's own
   * facets, which the rows and columns replace. When it matches nothing, every cell is 0 for
   * that reason and not for a gap in the evidence.
   */
  private static SearchRequest mapped(SearchRequest request, String rows, String cols) {
    Map<String, List<String>> filters = new LinkedHashMap<>(request.filters());
    filters.remove(rows);
    filters.remove(cols);
    return new SearchRequest(request.query(), filters, request.yearFrom(), request.yearTo(), 1, 1,
        request.sort(), request.lang());
  }

  private static String rows(Map<String, List<String>> params) {
    return dimension(params, "rows", EvidenceMap.DEFAULT_ROWS);
  }

  private static String cols(Map<String, List<String>> params) {
    return dimension(params, "cols", EvidenceMap.DEFAULT_COLS);
  }

  /** The facet named by {@code name}; absent or blank means the default. */
  private static String dimension(Map<String, List<String>> params, String name, String fallback) {
    List<String> values = params.getOrDefault(name, List.of());
    String value = values.isEmpty() ? "" : values.get(0).strip();
    return value.isEmpty() ? fallback : value;
  }

  private static String valid(String dim, String fallback) {
    return EvidenceMap.DIMENSIONS.contains(dim) ? dim : fallback;
  }
}
