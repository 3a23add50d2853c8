package nl.buurtkennis.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.export.AtomFeed;
import nl.buurtkennis.export.Citation;
import nl.buurtkennis.export.CsvDelimiter;
import nl.buurtkennis.export.ExportEntry;
import nl.buurtkennis.export.ExportFormat;
import nl.buurtkennis.export.SiteUrls;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.search.InvalidRequestException;
import nl.buurtkennis.search.SearchRequest;
import nl.buurtkennis.search.SearchService;
import nl.buurtkennis.search.SortOrder;
import nl.buurtkennis.taxonomy.Taxonomy;

/**
 * Exports of a search ({@code GET /api/export}), the citation of one document ({@code GET
 * /api/documents/{id}/cite}) and a search as an Atom feed ({@code GET /feed}). All read the search
 * parameters of {@code /api/search}; a bad one is a 400 naming it.
 */
final class ExportController {
  /** The most documents one export holds: the result window of the search itself. */
  static final int MAX_EXPORT = SearchParams.MAX_RESULT_WINDOW;
  static final int MAX_FEED_ENTRIES = 50;
  private static final Set<String> EXPORT_PARAMS =
      SearchParams.names(SearchParams.RESULT_SET, List.of("format"));
  /** Read, and checked, for a CSV export only. */
  private static final Set<String> CSV_PARAMS = Set.of("delimiter");
  private static final Set<String> CITE_PARAMS = Set.of("format", "lang");

  private final SearchService search;
  private final SiteAddress address;
  private final Clock clock;

  ExportController(SearchService search, SiteAddress address) {
    this(search, address, Clock.systemUTC());
  }

  /**
   * @param clock gives the moment whose date in the Netherlands names downloads and is the access
   *     date of their citations
   */
  ExportController(SearchService search, SiteAddress address, Clock clock) {
    this.search = search;
    this.address = address;
    this.clock = clock;
  }

  /**
   * The whole result set (every page, up to {@link #MAX_EXPORT}) as CSV, RIS or BibTeX; a CSV's
   * cells separated as {@code delimiter} asks.
   */
  void export(Context ctx) {
    RequestParams params = RequestParams.of(ctx.queryParamMap(), EXPORT_PARAMS);
    params.language(); // checked first, as on every route
    ExportFormat format = ExportFormat.of(formatId(params))
        .orElseThrow(() -> new InvalidRequestException("format", "invalid_format",
            "format must be csv, ris or bibtex", null, List.of("csv, ris", "bibtex")));
    CsvDelimiter delimiter = format == ExportFormat.CSV ? delimiter(ctx) : CsvDelimiter.COMMA;
    SearchRequest request = search.resolved(SearchParams.parse(params));
    SiteUrls site = address.of(ctx);
    List<ExportEntry> entries = entries(search.allDocuments(request, MAX_EXPORT), request.lang(),
        site);
    String body = format.write(entries, site.search(queryString(request)),
        CitationWords.of(request.lang()), delimiter);
    download(ctx, format.mediaType(), body,
        "buurtkennis-" + CitationWords.today(clock) + "." + format.extension());
  }

  /**
   * The {@code delimiter} a CSV export asks for, a comma when none; a 400 for another value.
   * Read for CSV only: RIS and BibTeX have no cells to separate and leave it aside, unchecked.
   */
  private static CsvDelimiter delimiter(Context ctx) {
    String id = RequestParams.of(ctx.queryParamMap(), CSV_PARAMS)
        .single("delimiter", CsvDelimiter.COMMA.id()).strip();
    return CsvDelimiter.of(id)
        .orElseThrow(() -> new InvalidRequestException("delimiter", "invalid_delimiter",
            "delimiter must be comma or semicolon", id, List.of("comma", "semicolon")));
  }

  /** One document as RIS, BibTeX or a plain-text citation; 404 for an unknown id. */
  void cite(Context ctx) {
    RequestParams params = RequestParams.of(ctx.queryParamMap(), CITE_PARAMS);
    String lang = params.language();
    String formatId = formatId(params);
    boolean text = "text".equals(formatId);
    ExportFormat format = text ? null : ExportFormat.of(formatId)
        .filter(f -> f != ExportFormat.CSV)
        .orElseThrow(() -> new InvalidRequestException("format", "invalid_format",
            "format must be ris, bibtex or text", null, List.of("ris, bibtex", "text")));
    String id = ctx.pathParam("id");
    CorpusDocument doc = search.document(id)
        .orElseThrow(() -> new NotFoundException(id));
    ExportEntry entry = ExportEntry.of(doc, search.taxonomy(), CitationWords.of(lang), address.of(ctx),
        CitationWords.today(clock));
    if (text) {
      ctx.contentType("text/plain; charset=utf-8");
      ctx.result(Citation.of(entry).text().getBytes(StandardCharsets.UTF_8));
      return;
    }
    download(ctx, format.mediaType(), format.write(List.of(entry), null, CitationWords.of(lang)),
        "buurtkennis-" + doc.id() + "." + format.extension());
  }

  /**
   * The search as an Atom feed of its first {@link #MAX_FEED_ENTRIES} documents, newest first
   * unless the request names another order.
   */
  void feed(Context ctx) {
    RequestParams params = RequestParams.of(ctx.queryParamMap(), SearchParams.RESULT_SET);
    SearchRequest asked = search.resolved(SearchParams.parse(params));
    SearchRequest request = withSort(asked, params.has("sort") ? asked.sort() : SortOrder.NEWEST);
    Messages msg = Messages.of(request.lang());
    SiteUrls site = address.of(ctx);
    List<ExportEntry> entries = entries(search.allDocuments(request, MAX_FEED_ENTRIES),
        request.lang(), site);
    List<AtomFeed.Entry> feedEntries = entries.stream().map(AtomFeed.Entry::of).toList();
    Instant updated = updated(feedEntries);
    // the feed changes with its entries and with the index they come from (a document removed)
    Instant lastModified = feedEntries.stream().map(AtomFeed.Entry::updated)
        .reduce(updated, (a, b) -> a.isAfter(b) ? a : b);
    if (FeedFreshness.notModified(ctx, lastModified)) {
      ctx.status(304);
      return;
    }
    AtomFeed.Head head = new AtomFeed.Head("Buurtkennis: " + describe(request, msg),
        site.feed(feedQueryString(request)), site.search(queryString(request)),
        updated, request.lang());
    ctx.contentType("application/atom+xml; charset=utf-8");
    ctx.result(AtomFeed.write(head, feedEntries).getBytes(StandardCharsets.UTF_8));
  }

  private List<ExportEntry> entries(List<CorpusDocument> documents, String lang, SiteUrls site) {
    Taxonomy taxonomy = search.taxonomy();
    LocalDate today = CitationWords.today(clock);
    return documents.stream()
        .map(doc -> ExportEntry.of(doc, taxonomy, CitationWords.of(lang), site, today)).toList();
  }

  /** The search's query string without a page: an export or a feed holds every page. */
  private static String queryString(SearchRequest request) {
    String url = new SearchUrls(request).page(1);
    return url.substring(url.indexOf('?') + 1);
  }

  /**
   * The feed's own query string, one per feed: newest first is the feed's default and is left out,
   * while any other order is named (even relevance, which the search page leaves out).
   */
  private static String feedQueryString(SearchRequest request) {
    String query = queryString(withSort(request, SortOrder.RELEVANCE));
    if (request.sort() == SortOrder.NEWEST) {
      return query;
    }
    return query + (query.isEmpty() ? "" : "&") + "sort=" + request.sort().id();
  }

  private static SearchRequest withSort(SearchRequest request, SortOrder sort) {
    return new SearchRequest(request.query(), request.filters(), request.yearFrom(),
        request.yearTo(), 1, request.size(), sort, request.lang());
  }

  /** The query and the filters in words: {@code “buurt” · Vorm: Toezicht · Jaar: 2014–…}. */
  private String describe(SearchRequest request, Messages msg) {
    Taxonomy taxonomy = search.taxonomy();
    List<String> parts = new ArrayList<>();
    if (!request.query().isBlank()) {
      parts.add("“" + request.query().strip() + "”");
    }
    request.filters().forEach((dim, values) -> {
      String facet = taxonomy.facet(dim).map(f -> f.label().in(msg.lang()))
          .orElseGet(() -> msg.get("facet." + dim));
      parts.add(facet + ": " + String.join(", ", values.stream()
          .map(value -> SearchPage.label(taxonomy, dim, value, msg.lang())).toList()));
    });
    if (request.hasYearRange()) {
      parts.add(msg.get("facet." + IndexSchema.YEAR_DIM) + ": "
          + (request.yearFrom() == null ? "…" : request.yearFrom()) + "–"
          + (request.yearTo() == null ? "…" : request.yearTo()));
    }
    return parts.isEmpty() ? msg.get("feed.everything") : String.join(" · ", parts);
  }

  /**
   * When the index was built; should its commit not say, the newest entry's date, so that
   * {@code updated} is never earlier than an entry's; for a feed without entries, now.
   */
  private Instant updated(List<AtomFeed.Entry> entries) {
    try {
      return Instant.parse(search.builtAt()).truncatedTo(ChronoUnit.SECONDS);
    } catch (DateTimeParseException e) {
      return entries.stream().map(AtomFeed.Entry::updated).max(Instant::compareTo)
          .orElseGet(clock::instant).truncatedTo(ChronoUnit.SECONDS);
    }
  }

  private static void download(Context ctx, String mediaType, String body, String fileName) {
    ctx.contentType(mediaType);
    ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    ctx.result(body.getBytes(StandardCharsets.UTF_8));
  }

  /** The format's word without the space around it (a control character is a space). */
  private static String formatId(RequestParams params) {
    return params.single("format", "").strip();
  }
}
