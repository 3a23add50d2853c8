package nl.buurtkennis.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtkennis.search.SearchResponse.FacetValue;
import nl.buurtkennis.taxonomy.Concept;
import nl.buurtkennis.taxonomy.Facet;
import nl.buurtkennis.taxonomy.Taxonomy;

/**
 * An evidence map: for two facets of the vocabulary, how many documents the current search finds
 * for every combination of their concepts, so that the combinations without evidence (the gaps)
 * stand out.
 *
 * <p>Cell (r, c) is the {@code total} of the <em>linked search</em> ({@link #cellRequest}): the
 * request's query, year range and filters, with any selection in the row and column facets
 * replaced by r and c. It is computed with one search per row rather than one per cell: with the
 * row facet set to r and the column facet left free, the column facet's counts are exactly the
 * totals that selecting each column value would give.
 */
public final class EvidenceMap {
  /** The facets a map can be drawn over: the controlled concepts that describe the evidence. */
  public static final List<String> DIMENSIONS = List.of("form", "issue", "benefit", "condition",
      "police_task", "evidence");
  public static final String DEFAULT_ROWS = "form";
  public static final String DEFAULT_COLS = "benefit";

  /** The row searches need their facet counts only, so one hit is all they ask for. */
  private static final int ROW_SEARCH_SIZE = 1;

  private final SearchService search;

  public EvidenceMap(SearchService search) {
    this.search = search;
  }

  /** One axis of the map: a facet and every one of its concepts, depth first in taxonomy order. */
  public record Axis(String dim, String label, List<Heading> values) {
    public Axis {
      values = List.copyOf(values);
    }

    public List<String> ids() {
      return values.stream().map(Heading::id).toList();
    }

    public List<String> labels() {
      return values.stream().map(Heading::label).toList();
    }
  }

  /**
   * A row or column heading.
   *
   * @param parent id of the broader concept, or null at the top of its facet
   * @param depth 0 for a top concept
   */
  public record Heading(String id, String label, String parent, int depth) {}

  /**
   * The computed map.
   *
   * @param counts one list per row, one count per column, in the order of {@code rows} and
   *     {@code cols}
   */
  public record Matrix(Axis rows, Axis cols, List<List<Long>> counts) {
    public Matrix {
      counts = counts.stream().map(List::copyOf).toList();
    }

    public long count(int row, int col) {
      return counts.get(row).get(col);
    }

    /** The largest count of any cell, 0 when the search finds nothing. */
    public long max() {
      return counts.stream().flatMap(List::stream).mapToLong(Long::longValue).max().orElse(0);
    }
  }

  /**
   * Computes the map of {@code rowDim} × {@code colDim} for {@code request}, with labels in the
   * request's language.
   *
   * @throws InvalidRequestException naming {@code rows} or {@code cols} when a dimension is not
   *     one of {@link #DIMENSIONS} or both are the same; or naming a filter whose value is unknown
   */
  public Matrix compute(SearchRequest request, String rowDim, String colDim) {
    validate(rowDim, colDim);
    // One taxonomy for all rows: an index switch halfway changes counts, never the shape.
    Taxonomy taxonomy = search.taxonomy();
    for (String dim : List.of(rowDim, colDim)) {
      // The map replaces these selections cell by cell, but an unknown value is still an error.
      request.selected(dim).forEach(value -> SearchService.path(taxonomy, dim, value));
    }
    Axis rows = axis(taxonomy.require(rowDim), request.lang());
    Axis cols = axis(taxonomy.require(colDim), request.lang());
    List<List<Long>> counts = new ArrayList<>();
    for (Heading row : rows.values()) {
      counts.add(rowCounts(request, rowDim, row.id(), colDim, cols));
    }
    return new Matrix(rows, cols, counts);
  }

  /**
   * The search behind cell ({@code rowValue}, {@code colValue}): the request from its first page,
   * with the row facet's selection replaced by {@code rowValue} and the column facet's by
   * {@code colValue}; every other part of the request is kept.
   */
  public static SearchRequest cellRequest(SearchRequest request, String rowDim, String rowValue,
      String colDim, String colValue) {
    Map<String, List<String>> filters = new LinkedHashMap<>(request.filters());
    filters.put(rowDim, List.of(rowValue));
    filters.put(colDim, List.of(colValue));
    return withFilters(request, filters, 1, request.size());
  }

  /** Rejects dimensions a map cannot be drawn over, naming the parameter at fault. */
  public static void validate(String rowDim, String colDim) {
    if (!DIMENSIONS.contains(rowDim)) {
      throw new InvalidRequestException("rows", "invalid_rows",
          "rows must be one of " + String.join(", ", DIMENSIONS), null,
          List.of(String.join(", ", DIMENSIONS)));
    }
    if (!DIMENSIONS.contains(colDim)) {
      throw new InvalidRequestException("cols", "invalid_cols",
          "cols must be one of " + String.join(", ", DIMENSIONS), null,
          List.of(String.join(", ", DIMENSIONS)));
    }
    if (rowDim.equals(colDim)) {
      throw new InvalidRequestException("cols", "same_dimension",
          "rows and cols must be different facets");
    }
  }

  private List<Long> rowCounts(SearchRequest request, String rowDim, String rowValue,
      String colDim, Axis cols) {
    Map<String, List<String>> filters = new LinkedHashMap<>(request.filters());
    filters.put(rowDim, List.of(rowValue));
    // Left free, the column facet counts every column value within this row's hits.
    filters.remove(colDim);
    SearchResponse response = search.search(withFilters(request, filters, 1, ROW_SEARCH_SIZE));
    Map<String, Long> byId = new LinkedHashMap<>();
    for (FacetValue value : response.facets().getOrDefault(colDim, List.of())) {
      byId.put(value.id(), value.count());
    }
    // The facet lists only values with documents; every other column is a gap.
    return cols.ids().stream().map(id -> byId.getOrDefault(id, 0L)).toList();
  }

  private static SearchRequest withFilters(SearchRequest request,
      Map<String, List<String>> filters, int page, int size) {
    return new SearchRequest(request.query(), filters, request.yearFrom(), request.yearTo(), page,
        size, request.sort(), request.lang());
  }

  private static Axis axis(Facet facet, String lang) {
    List<Heading> values = new ArrayList<>();
    for (Concept concept : facet.concepts()) {
      values.add(new Heading(concept.id(), concept.label().in(lang), concept.parentId(),
          facet.depth(concept.id())));
    }
    return new Axis(facet.id(), facet.label().in(lang), values);
  }
}
