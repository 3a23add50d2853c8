package nl.buurtkennis.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.buurtkennis.export.CsvDelimiter;
import nl.buurtkennis.export.ExportFormat;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.search.InvalidRequestException;
import nl.buurtkennis.search.SearchRequest;
import nl.buurtkennis.search.SearchResponse;
import nl.buurtkennis.search.SearchResponse.FacetValue;
import nl.buurtkennis.search.SearchResponse.Hit;
import nl.buurtkennis.search.SortOrder;
import nl.buurtkennis.taxonomy.Facet;
import nl.buurtkennis.taxonomy.Taxonomy;

/** Everything the search page shows, prepared so that the template only lays it out. */
public record SearchPage(Messages msg, SearchRequest request, SearchResponse response,
    List<FacetGroup> facets, List<ActiveFilter> activeFilters, List<HitView> hits,
    List<PageLink> pages, List<SortOption> sortOptions, String otherLanguageUrl, String error,
    String suggestionUrl, Fault fault, List<YearInput> years, String undatedNotice,
    List<EvidenceHint> evidenceHints) {
  /** The id of the error message, which the fields at fault name as their description. */
  public static final String ERROR_ID = "search-error";

  /** The id of a facet's group in the sidebar, which a link can jump to. */
  public static String facetAnchor(String dim) {
    return "facet-" + dim;
  }

  /**
   * What a refused search is refused for: the parameter at fault, the error's code and, for a
   * parameter that takes several values, the value at fault (null: all of them).
   */
  public record Fault(String parameter, String code, String value) {
    static Fault of(InvalidRequestException e) {
      return new Fault(e.parameter(), e.code(), e.value() == null ? null : e.value().strip());
    }

    boolean concerns(String field) {
      return field.equals(parameter) || "year_range_reversed".equals(code)
          && (field.equals("year_from") || field.equals("year_to"));
    }

    /** Whether a refused search (a fault, not null) was refused for {@code field}. */
    static boolean concerns(Fault fault, String field) {
      return fault != null && fault.concerns(field);
    }

    /** {@code "true"} for a field at {@code fault}; otherwise null (no attribute). */
    static String ariaInvalid(Fault fault, String field) {
      return concerns(fault, field) ? "true" : null;
    }

    /** The error message's id for a field at {@code fault}; otherwise null (no attribute). */
    static String describedBy(Fault fault, String field) {
      return concerns(fault, field) ? ERROR_ID : null;
    }
  }

  /**
   * A facet in the sidebar.
   *
   * @param definitions what its shown values mean, for those the taxonomy defines; empty for a
   *     facet outside the taxonomy (places)
   * @param vocabularyUrl the facet's section of the vocabulary page, or null outside the taxonomy
   */
  public record FacetGroup(String dim, String label, String help, List<FacetOption> options,
      List<Definition> definitions, String vocabularyUrl) {}

  /**
   * A value in the sidebar, with its checkbox state.
   *
   * @param count how many documents selecting it finds; null on a refused search, which counts
   *     nothing
   * @param children the narrower values shown under it, as a list in its item: assistive
   *     technology announces the nesting, which indentation alone does not
   * @param invalid whether the search was refused for this value
   */
  public record FacetOption(String dim, String value, String label, Long count,
      boolean selected, String inputId, List<FacetOption> children, boolean invalid) {

    FacetOption withChildren(List<FacetOption> narrower) {
      return new FacetOption(dim, value, label, count, selected, inputId, narrower, invalid);
    }

    /** {@code "true"} for the value a search is refused for; otherwise null (no attribute). */
    public String ariaInvalid() {
      return invalid ? "true" : null;
    }

    /** The error message's id for the value at fault; otherwise null (no attribute). */
    public String describedBy() {
      return invalid ? ERROR_ID : null;
    }
  }

  /**
   * A facet value's meaning, shown as text in its group: a title tooltip reaches neither the
   * keyboard nor touch, and screen readers read it inconsistently.
   */
  public record Definition(String label, String text) {}

  /** A selected value, with the link that removes it. */
  public record ActiveFilter(String facetLabel, String label, String removeUrl) {}

  /** A hit with the labels and links the page needs. */
  public record HitView(Hit hit, String url, String typeLabel, String evidenceLabel,
      String languageLabel, List<String> tags) {}

  public record PageLink(String label, String url, boolean current) {}

  public record SortOption(String id, String label, boolean selected) {}

  /**
   * The page's title: that it shows search results, for which query and how many filters, on
   * which page, or that there are none; "Search" without query or filters; or the error.
   */
  public String title() {
    if (error != null) {
      return SearchTitles.error(msg, msg.get("search.error.title"));
    }
    boolean found = response.total() > 0;
    if (!found && response.partial()) {
      return SearchTitles.outOfTime(msg, request.query(), activeFilters.size());
    }
    return SearchTitles.results(msg, request.query(), activeFilters.size(), request.page(),
        found, found && !hasResults());
  }

  /**
   * The language of the example of search tip {@code tip} when it is not the page's (the English
   * page's examples of exclusion and alternatives are Dutch searches); otherwise null.
   */
  public String tipLanguage(String tip) {
    String lang = msg.get("search.tips." + tip + ".lang");
    return lang.equals(msg.lang()) ? null : lang;
  }

  /**
   * The heading over the results: how many there are, or, for a search that ran out of time
   * before it found any, that it did not finish (not that there are none).
   */
  public String resultsHeading() {
    return outOfTimeEmpty() ? msg.get("results.partial.heading")
        : msg.format("results.count", response.total());
  }

  /**
   * The notice of a search that ran out of time: the results found until then, or, when it found
   * none, that it took too long and should be tried again; null for a whole search.
   */
  public String partialNotice() {
    if (!response.partial()) {
      return null;
    }
    return msg.get(outOfTimeEmpty() ? "search.partial.none" : "search.partial");
  }

  /**
   * Whether the search ran out of time before it found anything: nothing says there are no
   * documents, so the page does not say so either.
   */
  public boolean outOfTimeEmpty() {
    return response.partial() && response.total() == 0;
  }

  /** Why the search found nothing, when its query says why; otherwise null. */
  public TypedText noResultsReason() {
    return NoResultsReason.of(msg, response);
  }

  /** That no document holds the query's words that match nothing, naming them; or null. */
  public TypedText unmatchedText() {
    if (response.unmatched().isEmpty()) {
      return null;
    }
    return msg.formatTyped(response.total() > 0 ? "unmatched.some" : "unmatched.none",
        new TypedText.TypedWords(response.unmatched()));
  }

  /**
   * "No documents found", suggesting other words, and removing a filter only when one is set (a
   * facet value or a year).
   */
  public String noneFound() {
    boolean filtered = !request.filters().isEmpty() || request.yearFrom() != null
        || request.yearTo() != null;
    return msg.get(filtered ? "results.none" : "results.none.unfiltered");
  }

  public boolean hasResults() {
    return response != null && !response.hits().isEmpty();
  }

  /**
   * The search's query string (without '?') for the export and feed links, without page and
   * size: those hold every page of the search, and read neither.
   */
  public String exportQuery() {
    return new SearchUrls(new SearchRequest(request.query(), request.filters(),
        request.yearFrom(), request.yearTo(), 1, SearchRequest.DEFAULT_SIZE, request.sort(),
        request.lang())).queryString();
  }

  /**
   * The export of this search in {@code format}, with no dangling {@code &}. The Dutch page's CSV
   * is separated by semicolons: Excel with Dutch regional settings, where a comma is the decimal
   * sign, opens a comma-separated file with each row in one column.
   */
  public String exportUrl(String format) {
    String query = exportQuery();
    String delimiter = ExportFormat.CSV.id().equals(format)
        && Language.DUTCH.equals(request.lang()) ? "&delimiter=" + CsvDelimiter.SEMICOLON.id() : "";
    return "/api/export?format=" + format + delimiter + (query.isEmpty() ? "" : "&" + query);
  }

  /** The Atom feed of this search, with no dangling {@code ?}. */
  public String feedUrl() {
    String query = exportQuery();
    return "/feed" + (query.isEmpty() ? "" : "?" + query);
  }

  /**
   * The page of a search that ran.
   *
   * @param undated how many documents the search finds without its year range whose source has
   *     no year, which the range leaves out (0 without a range, or when that is not known)
   * @param evidenceHints what the words that found nothing name of the strength of evidence
   */
  static SearchPage of(Messages msg, Taxonomy taxonomy, SearchRequest request,
      SearchResponse response, long undated, List<EvidenceHint> evidenceHints) {
    SearchUrls urls = new SearchUrls(request);
    String lang = msg.lang();
    List<FacetGroup> groups = new ArrayList<>();
    List<ActiveFilter> active = new ArrayList<>();
    for (Map.Entry<String, List<FacetValue>> entry : response.facets().entrySet()) {
      String dim = entry.getKey();
      Facet facet = taxonomy.facet(dim).orElse(null);
      String label = facet != null ? facet.label().in(lang) : msg.get("facet." + dim);
      String help = facet != null ? facet.definition().in(lang) : "";
      List<FacetOption> options = new ArrayList<>();
      List<Definition> definitions = new ArrayList<>();
      Set<String> shown = entry.getValue().stream().map(FacetValue::id)
          .collect(Collectors.toSet());
      Map<String, String> parents = new HashMap<>();
      for (FacetValue value : entry.getValue()) {
        if (facet != null) {
          shownParent(facet, value.id(), shown).ifPresent(p -> parents.put(value.id(), p));
        }
        String definition = facet == null ? "" : facet.concept(value.id())
            .map(c -> c.definition().in(lang)).orElse("");
        if (!definition.isBlank()) {
          definitions.add(new Definition(value.label(), definition));
        }
        options.add(new FacetOption(dim, value.id(), value.label(), value.count(),
            value.selected(), "f-" + dim + "-" + options.size(), List.of(), false));
        if (value.selected() && !dim.equals(IndexSchema.YEAR_DIM)) {
          active.add(new ActiveFilter(label, value.label(), urls.without(dim, value.id())));
        }
      }
      if (!options.isEmpty() && !dim.equals(IndexSchema.YEAR_DIM)) {
        String vocabularyUrl = facet == null ? null : "/vocabulary"
            + ("en".equals(lang) ? "?lang=en" : "") + "#" + SearchUrls.encode(dim);
        groups.add(new FacetGroup(dim, label, help, under(null, options, parents), definitions,
            vocabularyUrl));
      }
    }
    if (request.hasYearRange()) {
      String from = request.yearFrom() == null ? "…" : request.yearFrom().toString();
      String to = request.yearTo() == null ? "…" : request.yearTo().toString();
      active.add(new ActiveFilter(msg.get("facet.year"), from + "–" + to, urls.withoutYears()));
    }
    String search = urls.queryString();
    List<HitView> hits = response.hits().stream()
        .map(hit -> hitView(hit, taxonomy, lang, search)).toList();
    List<SortOption> sorts = java.util.Arrays.stream(SortOrder.values())
        .map(s -> new SortOption(s.id(), msg.get("sort." + s.id()), s == request.sort())).toList();
    String suggestionUrl = response.suggestion() == null ? null
        : urls.query(response.suggestion().query());
    return new SearchPage(msg, request, response, groups, active, hits,
        pages(msg, request, response, urls), sorts, urls.language("en".equals(lang) ? "nl" : "en"),
        null, suggestionUrl, null, YearInput.of(msg, request.yearFrom(), request.yearTo()),
        undated > 0 ? msg.format("years.undated.leftout", undated) : null,
        evidenceHints);
  }

  /** Whether the search was refused for {@code field} (a parameter: {@code year_to}, {@code q}). */
  public boolean invalid(String field) {
    return Fault.concerns(fault, field);
  }

  /** {@code "true"} for a field the search was refused for; otherwise null (no attribute). */
  public String ariaInvalid(String field) {
    return Fault.ariaInvalid(fault, field);
  }

  /** The error message's id for a field the search was refused for; otherwise null. */
  public String describedBy(String field) {
    return Fault.describedBy(fault, field);
  }

  /**
   * The nearest broader concept of {@code conceptId} that the sidebar shows too; none for a top
   * concept, or for one selected while none of its broader ones has a hit, which then shows at the
   * top rather than not at all.
   */
  private static Optional<String> shownParent(Facet facet, String conceptId, Set<String> shown) {
    List<String> path = facet.path(conceptId);
    for (int i = path.size() - 2; i >= 0; i--) {
      if (shown.contains(path.get(i))) {
        return Optional.of(path.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * The options whose shown parent is {@code parent} (null: the top), in their order, each with
   * the options under it in turn.
   */
  private static List<FacetOption> under(String parent, List<FacetOption> options,
      Map<String, String> parents) {
    return options.stream()
        .filter(option -> Objects.equals(parents.get(option.value()), parent))
        .map(option -> option.withChildren(under(option.value(), options, parents)))
        .toList();
  }

  /**
   * The page of a refused search: the error, and the form as it was entered (the query, every
   * selected value as a ticked box, the years as typed, the order), its field at fault marked,
   * so that correcting that one and searching again keeps the rest. Nothing is counted.
   */
  static SearchPage error(Messages msg, Taxonomy taxonomy, EnteredSearch entered,
      InvalidRequestException e, String message) {
    String lang = msg.lang();
    SearchRequest fallback = entered.request(lang);
    Fault fault = Fault.of(e);
    List<SortOption> sorts = java.util.Arrays.stream(SortOrder.values())
        .map(s -> new SortOption(s.id(), msg.get("sort." + s.id()), s == fallback.sort()))
        .toList();
    return new SearchPage(msg, fallback, null, enteredFacets(msg, taxonomy, entered, fault),
        List.of(), List.of(), List.of(), sorts,
        new SearchUrls(fallback).language("en".equals(lang) ? "nl" : "en"), message, null, fault,
        YearInput.of(msg, entered.yearFrom(), entered.yearTo(), fault), null, List.of());
  }

  /**
   * The values a refused search selected, as ticked boxes by their labels, not counted: one
   * group per facet, the box of the value at {@code fault} marked.
   */
  static List<FacetGroup> enteredFacets(Messages msg, Taxonomy taxonomy, EnteredSearch entered,
      Fault fault) {
    String lang = msg.lang();
    List<FacetGroup> groups = new ArrayList<>();
    entered.filters().forEach((dim, values) -> {
      Facet facet = taxonomy.facet(dim).orElse(null);
      String label = facet != null ? facet.label().in(lang) : msg.get("facet." + dim);
      String help = facet != null ? facet.definition().in(lang) : "";
      List<FacetOption> options = new ArrayList<>();
      for (String value : values) {
        String valueLabel = facet == null ? value
            : facet.concept(value).map(c -> c.label().in(lang)).orElse(value);
        boolean invalid = Fault.concerns(fault, dim)
            && (fault.value() == null || fault.value().equals(value));
        options.add(new FacetOption(dim, value, valueLabel, null, true,
            "f-" + dim + "-" + options.size(), List.of(), invalid));
      }
      groups.add(new FacetGroup(dim, label, help, options, List.of(), null));
    });
    return groups;
  }

  /**
   * @param search the search's query string, which the document page's "back to search" link
   *     returns to
   */
  private static HitView hitView(Hit hit, Taxonomy taxonomy, String lang, String search) {
    List<String> parameters = new ArrayList<>();
    if ("en".equals(lang)) {
      parameters.add("lang=en");
    }
    if (!search.isEmpty() && search.length() <= PageController.MAX_BACK_CHARS) {
      parameters.add("search=" + SearchUrls.encode(search));
    }
    String url = "/documents/" + SearchUrls.encode(hit.id())
        + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters))
        + (hit.anchor() == null ? "" : "#" + hit.anchor());
    List<String> tags = new ArrayList<>();
    hit.forms().forEach(id -> tags.add(label(taxonomy, "form", id, lang)));
    hit.issues().forEach(id -> tags.add(label(taxonomy, "issue", id, lang)));
    hit.benefits().forEach(id -> tags.add(label(taxonomy, "benefit", id, lang)));
    return new HitView(hit, url, label(taxonomy, "type", hit.type(), lang),
        hit.evidence() == null ? null : label(taxonomy, "evidence", hit.evidence(), lang),
        label(taxonomy, "language", hit.language(), lang), tags);
  }

  static String label(Taxonomy taxonomy, String dim, String id, String lang) {
    return taxonomy.facet(dim).flatMap(f -> f.concept(id)).map(c -> c.label().in(lang)).orElse(id);
  }

  /** The last page that holds results (at least 1). */
  public int lastPage() {
    return lastPage(request, response);
  }

  private static int lastPage(SearchRequest request, SearchResponse response) {
    return (int) Math.max(1, Math.min(SearchParams.MAX_RESULT_WINDOW / request.size(),
        (response.total() + request.size() - 1) / request.size()));
  }

  /**
   * Links to the pages around the current one; from a page beyond the last, "previous" leads to
   * the last page.
   */
  private static List<PageLink> pages(Messages msg, SearchRequest request, SearchResponse response,
      SearchUrls urls) {
    int last = lastPage(request, response);
    int current = request.page();
    List<PageLink> links = new ArrayList<>();
    if (last <= 1 && current <= 1) {
      return links;
    }
    if (current > 1) {
      links.add(new PageLink(msg.get("page.previous"),
          SearchUrls.link(urls.page(Math.min(current - 1, last))), false));
    }
    for (int p = Math.max(1, Math.min(current, last) - 4); p <= Math.min(last, current + 4); p++) {
      links.add(new PageLink(Integer.toString(p), SearchUrls.link(urls.page(p)), p == current));
    }
    if (current < last) {
      links.add(new PageLink(msg.get("page.next"), SearchUrls.link(urls.page(current + 1)),
          false));
    }
    return links;
  }
}
