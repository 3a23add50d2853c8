package nl.buurtkennis.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.buurtkennis.search.EvidenceMap;
import nl.buurtkennis.search.InvalidRequestException;
import nl.buurtkennis.search.SearchRequest;
import nl.buurtkennis.search.SearchResponse;
import nl.buurtkennis.search.SearchService;
import nl.buurtkennis.taxonomy.Taxonomy;

/**
 * The evidence map as JSON ({@code GET /api/map}) and as a page ({@code GET /map}). Both read the
 * search parameters of {@code /api/search} plus {@code rows} and {@code cols}, the two facets to
 * cross (form × benefit by default).
 */
final class MapController {
  /** The map reads the search's result set and the two facets to cross. */
  static final Set<String> PARAMS =
      SearchParams.names(SearchParams.RESULT_SET, List.of("rows", "cols"));
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
    RequestParams params = RequestParams.of(ctx.queryParamMap(), PARAMS);
    SearchRequest request = search.resolved(SearchParams.parse(params));
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
    Messages msg = Messages.of(Language.lenient(ctx.queryParam("lang")));
    String rows = dimension(SpaceLikeCharacters.asSpaces(ctx.queryParam("rows")),
        EvidenceMap.DEFAULT_ROWS);
    String cols = dimension(SpaceLikeCharacters.asSpaces(ctx.queryParam("cols")),
        EvidenceMap.DEFAULT_COLS);
    SearchRequest request;
    EvidenceMap.Matrix matrix;
    SearchResponse mapped;
    try {
      RequestParams params = RequestParams.of(ctx.queryParamMap(), PARAMS);
      request = search.resolved(SearchParams.parse(params));
      matrix = map.compute(request, rows, cols);
      mapped = search.search(mapped(request, rows, cols));
    } catch (InvalidRequestException e) {
      // The page still renders, with the form as entered, so that the request can be put right.
      ctx.status(400);
      Taxonomy taxonomy = search.taxonomy();
      templates.render(ctx, "map.jte", MapPage.error(msg, taxonomy,
          EnteredSearch.of(ctx.queryParamMap()), valid(rows, EvidenceMap.DEFAULT_ROWS),
          valid(cols, EvidenceMap.DEFAULT_COLS), e, RequestErrors.describe(msg, taxonomy, e)));
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

  private static String rows(RequestParams params) {
    return dimension(params.single("rows", ""), EvidenceMap.DEFAULT_ROWS);
  }

  private static String cols(RequestParams params) {
    return dimension(params.single("cols", ""), EvidenceMap.DEFAULT_COLS);
  }

  /** The facet a value names; absent or blank means the default. */
  private static String dimension(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  private static String valid(String dim, String fallback) {
    return EvidenceMap.DIMENSIONS.contains(dim) ? dim : fallback;
  }
}
