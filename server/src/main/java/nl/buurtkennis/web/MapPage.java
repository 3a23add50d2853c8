package nl.buurtkennis.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.buurtkennis.search.EvidenceMap;
import nl.buurtkennis.search.EvidenceMap.Heading;
import nl.buurtkennis.search.EvidenceMap.Matrix;
import nl.buurtkennis.search.InvalidRequestException;
import nl.buurtkennis.search.SearchRequest;
import nl.buurtkennis.search.SearchResponse;
import nl.buurtkennis.search.SortOrder;
import nl.buurtkennis.taxonomy.Taxonomy;
import nl.buurtkennis.web.SearchPage.FacetGroup;
import nl.buurtkennis.web.SearchPage.Fault;

/**
 * Everything the evidence map page shows, prepared so that the template only lays it out: the
 * table with a shade and a link per cell, the views to switch between, the form that narrows the
 * map, and a text alternative that names the gaps and the strongest cells.
 *
 * @param hidden the parameters the narrowing form passes on unchanged (filters, years, order;
 *     on a refused map only the order, the others being shown)
 * @param noMatch what the page says instead of the map when the search matches no document;
 *     null when it matches some
 * @param fault what a refused map is refused for; null for a map
 * @param entered on a refused map, the values selected, as ticked boxes; otherwise empty
 * @param years on a refused map, the years as typed; otherwise empty (the form passes them on
 *     unseen)
 */
public record MapPage(Messages msg, SearchRequest request, String rowDim, String colDim,
    TypedText caption, List<Choice> dimensions, List<ViewLink> views, List<Param> hidden,
    List<String> filters, String replacedNote, List<Column> columns, List<Row> rows,
    List<LegendEntry> legend, Summary summary, String searchUrl, String otherLanguageUrl,
    NoMatch noMatch, String error, Fault fault, List<FacetGroup> entered,
    List<YearInput> years) {

  /** The views the page offers as links: the two questions the map is mostly asked. */
  static final List<List<String>> VIEWS = List.of(List.of("form", "benefit"),
      List.of("form", "issue"));
  /** Shades of a cell with documents: 1 (fewest) to this (the most of the map). */
  static final int SHADES = 4;
  static final int STRONGEST = 5;

  /** A facet that can be chosen as rows or columns. */
  public record Choice(String id, String label) {}

  public record ViewLink(String label, String url, boolean current) {}

  /** A parameter carried as a hidden field of the narrowing form. */
  public record Param(String name, String value) {}

  /**
   * A column heading; {@code depth} above 0 marks a narrower concept, which the layout shows by
   * weight and indent alone.
   *
   * @param partOf the broader concept it is part of, said in words for assistive technology
   *     ("(onderdeel van Gevoelens)"); null at the top of its facet
   */
  public record Column(String label, int depth, String partOf) {}

  /** A row: its heading as a {@link Column}'s, and its cells. */
  public record Row(String label, int depth, String partOf, List<Cell> cells) {}

  /**
   * One cell.
   *
   * @param url the search page for the cell's linked search
   * @param shade 0 for a gap, otherwise 1 to {@link #SHADES} relative to the largest count
   * @param description what the cell says, in words, for assistive technology
   */
  public record Cell(long count, String url, int shade, String description) {
    public boolean gap() {
      return count == 0;
    }
  }

  /** A shade and the counts it stands for. */
  public record LegendEntry(int shade, String label) {}

  /** A cell named in the text alternative, with its link. */
  public record CellLink(String text, String url) {}

  /** The gaps of one row, in words. */
  public record GapRow(String row, String gaps) {}

  /**
   * Instead of a map of zeros, which would read as gaps in the evidence: why the search matches
   * nothing, and the map of the search "did you mean" proposes, if any.
   *
   * @param reasons sentences, the last saying that there is no map to show
   * @param suggestionUrl the map of the corrected search, or null when there is none
   * @param suggestionLang the language of the corrected search's words, or null when they tell
   *     none ({@link SearchResponse.Suggestion#lang})
   */
  public record NoMatch(List<TypedText> reasons, String suggestion, String suggestionUrl,
      long suggestionTotal, String suggestionLang, String suggestionLabel) {}

  /** The text alternative of the table. */
  public record Summary(String gapCount, List<GapRow> gaps, List<CellLink> strongest) {}

  /**
   * @param mapped the search the map counts (the request without selections in its own facets),
   *     one hit at most: whether it matches anything, and if not, why
   */
  static MapPage of(Messages msg, Taxonomy taxonomy, SearchRequest request, Matrix matrix,
      SearchResponse mapped) {
    String lang = msg.lang();
    String rowDim = matrix.rows().dim();
    String colDim = matrix.cols().dim();
    long max = matrix.max();
    List<Column> columns = matrix.cols().values().stream()
        .map(c -> new Column(c.label(), c.depth(), partOf(msg, matrix.cols(), c))).toList();
    List<Row> rows = new ArrayList<>();
    List<Heading> rowHeadings = matrix.rows().values();
    List<Heading> colHeadings = matrix.cols().values();
    for (int r = 0; r < rowHeadings.size(); r++) {
      List<Cell> cells = new ArrayList<>();
      for (int c = 0; c < colHeadings.size(); c++) {
        long count = matrix.count(r, c);
        cells.add(new Cell(count, cellUrl(request, matrix, r, c), shade(count, max),
            msg.format("map.cell", rowHeadings.get(r).label(), colHeadings.get(c).label(),
                count)));
      }
      rows.add(new Row(rowHeadings.get(r).label(), rowHeadings.get(r).depth(),
          partOf(msg, matrix.rows(), rowHeadings.get(r)), cells));
    }
    String rowsLabel = matrix.rows().label();
    String colsLabel = matrix.cols().label();
    TypedText caption = request.query().isBlank()
        ? msg.formatTyped("map.caption", rowsLabel, colsLabel)
        : msg.formatTyped("map.caption.query", rowsLabel, colsLabel,
            new TypedText.Typed(request.query()));
    boolean replaced = request.filters().containsKey(rowDim)
        || request.filters().containsKey(colDim);
    return new MapPage(msg, request, rowDim, colDim, caption, choices(taxonomy, lang),
        views(taxonomy, request, rowDim, colDim), hidden(request),
        filters(msg, taxonomy, request, rowDim, colDim),
        replaced ? msg.format("map.filters.replaced", rowsLabel, colsLabel) : null, columns, rows,
        legend(msg, max), summary(msg, request, matrix), searchUrl(request),
        url(request, rowDim, colDim, "en".equals(lang) ? "nl" : "en"),
        noMatch(msg, request, mapped, rowDim, colDim), null, null, List.of(), List.of());
  }

  /**
   * The page's title: the map, of which query with how many filters, by which rows and columns
   * (so that two views of one search are told apart), or that the search matches nothing; or the
   * error.
   */
  public String title() {
    if (error != null) {
      return SearchTitles.error(msg, msg.get("map.title"));
    }
    return SearchTitles.map(msg, request.query(), filterCount(request, rowDim, colDim),
        labelOf(rowDim),
        labelOf(colDim), noMatch == null);
  }

  /**
   * The filters the map applies: the values selected outside its rows and columns (which replace
   * a selection of their own dimension), and a year range as one.
   */
  private static int filterCount(SearchRequest request, String rowDim, String colDim) {
    long values = request.filters().entrySet().stream()
        .filter(e -> !e.getKey().equals(rowDim) && !e.getKey().equals(colDim))
        .mapToLong(e -> e.getValue().size()).sum();
    return (int) values + (request.hasYearRange() ? 1 : 0);
  }

  private String labelOf(String dim) {
    return dimensions.stream().filter(choice -> choice.id().equals(dim)).map(Choice::label)
        .findFirst().orElse(dim);
  }

  /** {@code "true"} for a field the map was refused for; otherwise null (no attribute). */
  public String ariaInvalid(String field) {
    return Fault.ariaInvalid(fault, field);
  }

  /** The error message's id for a field the map was refused for; otherwise null. */
  public String describedBy(String field) {
    return Fault.describedBy(fault, field);
  }

  private static NoMatch noMatch(Messages msg, SearchRequest request, SearchResponse mapped,
      String rowDim, String colDim) {
    if (mapped.total() > 0 || mapped.partial()) {
      return null; // out of time, it may have found nothing yet: that is no reason to say none
    }
    List<TypedText> reasons = new ArrayList<>();
    TypedText reason = NoResultsReason.of(msg, mapped);
    if (reason != null) {
      reasons.add(reason);
    } else if (!mapped.unmatched().isEmpty()) {
      reasons.add(msg.formatTyped("unmatched.none", new TypedText.TypedWords(mapped.unmatched())));
    }
    boolean filtered = filterCount(request, rowDim, colDim) > 0;
    // the filters are named only where there are any, the words only where some were typed
    String none = request.query().isBlank() ? (filtered ? "map.none.filters" : "map.none.empty")
        : filtered ? "map.none" : "map.none.query";
    reasons.add(msg.formatTyped(none));
    SearchResponse.Suggestion suggestion = mapped.suggestion();
    if (suggestion == null) {
      return new NoMatch(reasons, null, null, 0, null, null);
    }
    SearchRequest corrected = new SearchRequest(suggestion.query(), request.filters(),
        request.yearFrom(), request.yearTo(), 1, request.size(), request.sort(), request.lang());
    return new NoMatch(reasons, suggestion.query(),
        url(corrected, rowDim, colDim, request.lang()), suggestion.total(), suggestion.lang(),
        suggestion.labelKey());
  }

  /**
   * The page without a map: the message that says what to put right, and the form as it was
   * entered (the words, the rows and columns, every selected value as a ticked box, the years as
   * typed), its field at fault marked, so that correcting that one keeps the rest. The order,
   * which the form passes on unseen, is left out when it is at fault.
   *
   * @param rowDim the rows asked for when the map takes them, else the default (as {@code colDim})
   */
  static MapPage error(Messages msg, Taxonomy taxonomy, EnteredSearch entered, String rowDim,
      String colDim, InvalidRequestException e, String message) {
    String lang = msg.lang();
    SearchRequest fallback = entered.request(lang);
    Fault fault = Fault.of(e);
    List<Param> hidden = fallback.sort() == SortOrder.RELEVANCE ? List.of()
        : List.of(new Param("sort", fallback.sort().id()));
    return new MapPage(msg, fallback, rowDim, colDim, null, choices(taxonomy, lang),
        views(taxonomy, fallback, rowDim, colDim), hidden, List.of(), null, List.of(),
        List.of(), List.of(), null, searchUrl(fallback),
        url(fallback, rowDim, colDim, "en".equals(lang) ? "nl" : "en"), null, message, fault,
        SearchPage.enteredFacets(msg, taxonomy, entered, fault),
        YearInput.of(msg, entered.yearFrom(), entered.yearTo(), fault));
  }

  /** The map (default view) of the search {@code request}: where the search page links to. */
  public static String url(SearchRequest request) {
    String query = new SearchUrls(firstPage(request)).queryString();
    return "/map" + (query.isEmpty() ? "" : "?" + query);
  }

  /** The map of {@code request} over {@code rowDim} × {@code colDim}, labels in {@code lang}. */
  static String url(SearchRequest request, String rowDim, String colDim, String lang) {
    String query = queryString(new SearchUrls(firstPage(request)).language(lang));
    return "/map?rows=" + SearchUrls.encode(rowDim) + "&cols=" + SearchUrls.encode(colDim)
        + (query.isEmpty() ? "" : "&" + query);
  }

  /**
   * "(onderdeel van Gevoelens)" / "(part of Feelings)" for a narrower concept's heading, naming
   * its broader concept on the axis; null for a concept at the top of its facet.
   */
  private static String partOf(Messages msg, EvidenceMap.Axis axis, Heading heading) {
    if (heading.parent() == null) {
      return null;
    }
    return axis.values().stream().filter(h -> h.id().equals(heading.parent())).findFirst()
        .map(parent -> msg.format("map.partof", parent.label())).orElse(null);
  }

  /**
   * The shade of a count: 0 for none, otherwise its share of the largest count in {@link #SHADES}
   * steps, rounded up so that a single document is never shaded as a gap.
   */
  static int shade(long count, long max) {
    if (count <= 0 || max <= 0) {
      return 0;
    }
    return (int) Math.min(SHADES, (count * SHADES + max - 1) / max);
  }

  private static String cellUrl(SearchRequest request, Matrix matrix, int r, int c) {
    return new SearchUrls(EvidenceMap.cellRequest(request, matrix.rows().dim(),
        matrix.rows().values().get(r).id(), matrix.cols().dim(),
        matrix.cols().values().get(c).id())).current();
  }

  private static List<Choice> choices(Taxonomy taxonomy, String lang) {
    return EvidenceMap.DIMENSIONS.stream()
        .map(dim -> new Choice(dim, taxonomy.require(dim).label().in(lang))).toList();
  }

  private static List<ViewLink> views(Taxonomy taxonomy, SearchRequest request, String rowDim,
      String colDim) {
    String lang = request.lang();
    return VIEWS.stream().map(view -> new ViewLink(
        taxonomy.require(view.get(0)).label().in(lang) + " × "
            + taxonomy.require(view.get(1)).label().in(lang),
        url(request, view.get(0), view.get(1), lang),
        view.get(0).equals(rowDim) && view.get(1).equals(colDim))).toList();
  }

  /** Filters, years, order and page size: everything of the search but its words and language. */
  private static List<Param> hidden(SearchRequest request) {
    List<Param> params = new ArrayList<>();
    request.filters().forEach((dim, values) -> values.forEach(v -> params.add(new Param(dim, v))));
    if (request.yearFrom() != null) {
      params.add(new Param("year_from", request.yearFrom().toString()));
    }
    if (request.yearTo() != null) {
      params.add(new Param("year_to", request.yearTo().toString()));
    }
    if (request.sort() != SortOrder.RELEVANCE) {
      params.add(new Param("sort", request.sort().id()));
    }
    if (request.size() != SearchRequest.DEFAULT_SIZE) {
      params.add(new Param("size", Integer.toString(request.size())));
    }
    return params;
  }

  /** The filters that narrow every cell, in words; those on the map's own facets do not. */
  private static List<String> filters(Messages msg, Taxonomy taxonomy, SearchRequest request,
      String rowDim, String colDim) {
    String lang = msg.lang();
    List<String> filters = new ArrayList<>();
    request.filters().forEach((dim, values) -> {
      if (!dim.equals(rowDim) && !dim.equals(colDim)) {
        String label = taxonomy.facet(dim).map(f -> f.label().in(lang))
            .orElseGet(() -> msg.get("facet." + dim));
        filters.add(label + ": " + String.join(", ", values.stream()
            .map(v -> SearchPage.label(taxonomy, dim, v, lang)).toList()));
      }
    });
    if (request.hasYearRange()) {
      String from = request.yearFrom() == null ? "…" : request.yearFrom().toString();
      String to = request.yearTo() == null ? "…" : request.yearTo().toString();
      filters.add(msg.get("facet.year") + ": " + from + "–" + to);
    }
    return filters;
  }

  /** The count ranges of the shades that occur with this maximum, after the gap. */
  private static List<LegendEntry> legend(Messages msg, long max) {
    List<LegendEntry> legend = new ArrayList<>();
    legend.add(new LegendEntry(0, msg.get("map.legend.gap")));
    for (int shade = 1; shade <= SHADES; shade++) {
      long low = (shade - 1) * max / SHADES + 1;
      long high = shade * max / SHADES;
      if (low <= high) {
        legend.add(new LegendEntry(shade, low == high ? msg.format("map.legend.one", low)
            : msg.format("map.legend.range", low, high)));
      }
    }
    return legend;
  }

  private static Summary summary(Messages msg, SearchRequest request, Matrix matrix) {
    List<Heading> rows = matrix.rows().values();
    List<Heading> cols = matrix.cols().values();
    long gapCount = 0;
    List<GapRow> gaps = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      Map<String, Long> byId = new LinkedHashMap<>();
      for (int c = 0; c < cols.size(); c++) {
        byId.put(cols.get(c).id(), matrix.count(r, c));
      }
      long rowGaps = byId.values().stream().filter(n -> n == 0).count();
      gapCount += rowGaps;
      if (rowGaps == cols.size()) {
        gaps.add(new GapRow(rows.get(r).label(), msg.get("map.gaps.all")));
      } else if (rowGaps > 0) {
        gaps.add(new GapRow(rows.get(r).label(), String.join(", ", gapLabels(msg, cols, byId))));
      }
    }
    String count = gapCount == 0 ? msg.get("map.gaps.none")
        : msg.format("map.gaps.count", gapCount, (long) rows.size() * cols.size());
    return new Summary(count, gaps, strongest(msg, request, matrix));
  }

  /**
   * The columns without documents in one row. A broader concept without documents has none under
   * it either, so it is named once for its whole branch.
   */
  private static List<String> gapLabels(Messages msg, List<Heading> cols, Map<String, Long> byId) {
    Set<String> parents = new HashSet<>();
    cols.forEach(c -> {
      if (c.parent() != null) {
        parents.add(c.parent());
      }
    });
    List<String> labels = new ArrayList<>();
    for (Heading col : cols) {
      boolean coveredByParent = col.parent() != null && byId.getOrDefault(col.parent(), 1L) == 0;
      if (byId.get(col.id()) == 0 && !coveredByParent) {
        labels.add(parents.contains(col.id()) ? msg.format("map.gaps.branch", col.label())
            : col.label());
      }
    }
    return labels;
  }

  /** The cells with the most documents, in taxonomy order among equals. */
  private static List<CellLink> strongest(Messages msg, SearchRequest request, Matrix matrix) {
    List<int[]> cells = new ArrayList<>();
    for (int r = 0; r < matrix.rows().values().size(); r++) {
      for (int c = 0; c < matrix.cols().values().size(); c++) {
        if (matrix.count(r, c) > 0) {
          cells.add(new int[] {r, c});
        }
      }
    }
    cells.sort(Comparator.comparingLong((int[] cell) -> matrix.count(cell[0], cell[1]))
        .reversed());
    return cells.stream().limit(STRONGEST).map(cell -> new CellLink(msg.format("map.cell",
        matrix.rows().values().get(cell[0]).label(), matrix.cols().values().get(cell[1]).label(),
        matrix.count(cell[0], cell[1])), cellUrl(request, matrix, cell[0], cell[1]))).toList();
  }

  /** The search page of {@code request}, from its first page; plain "/" for every document. */
  private static String searchUrl(SearchRequest request) {
    return new SearchUrls(firstPage(request)).current();
  }

  /** The search without page and size, which the map does not read. */
  private static SearchRequest firstPage(SearchRequest request) {
    return new SearchRequest(request.query(), request.filters(), request.yearFrom(),
        request.yearTo(), 1, SearchRequest.DEFAULT_SIZE, request.sort(), request.lang());
  }

  /** The query string of {@code url}, empty when it has none. */
  private static String queryString(String url) {
    int query = url.indexOf('?');
    return query < 0 ? "" : url.substring(query + 1);
  }
}
