package nl.buurtkennis.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.export.Citation;
import nl.buurtkennis.export.ExportEntry;
import nl.buurtkennis.search.InvalidRequestException;
import nl.buurtkennis.search.SearchRequest;
import nl.buurtkennis.search.SearchResponse;
import nl.buurtkennis.search.SearchService;
import nl.buurtkennis.search.SearchTimeoutException;
import nl.buurtkennis.taxonomy.Taxonomy;

/** The server-rendered pages: the search page and the document page. */
final class PageController {
  /**
   * The longest search (query string) a document page links back to: what the search form sends
   * at most, a query of 1,000 characters that are three UTF-8 bytes each (9,000 characters
   * percent-encoded) with every filter of the sidebar ticked.
   */
  static final int MAX_BACK_CHARS = 12_000;
  /** The document page reads its language and the search it was opened from. */
  private static final Set<String> DOCUMENT_PARAMS = Set.of("lang", "search");

  private final SearchService search;
  private final Templates templates;
  private final SiteAddress address;

  PageController(SearchService search, Templates templates, SiteAddress address) {
    this.search = search;
    this.templates = templates;
    this.address = address;
  }

  void searchPage(Context ctx) {
    Messages msg = Messages.of(Language.lenient(ctx.queryParam("lang")));
    SearchRequest request;
    SearchResponse response;
    try {
      request = search.resolved(SearchParams.parse(ctx.queryParamMap()));
      response = search.search(request);
    } catch (InvalidRequestException e) {
      ctx.status(400);
      Taxonomy taxonomy = search.taxonomy();
      templates.render(ctx, "search.jte", SearchPage.error(msg, taxonomy,
          EnteredSearch.of(ctx.queryParamMap()), e, RequestErrors.describe(msg, taxonomy, e)));
      return;
    }
    Taxonomy taxonomy = search.taxonomy();
    templates.render(ctx, "search.jte", SearchPage.of(msg, taxonomy, request, response,
        undatedLeftOut(request),
        EvidenceHint.of(msg, taxonomy, request, response, this::countIfInTime)));
  }

  /** How many documents {@code request} finds; -1 when that is not known (in time). */
  private long countIfInTime(SearchRequest request) {
    try {
      return search.count(request);
    } catch (SearchTimeoutException | InvalidRequestException e) {
      return -1;
    }
  }

  /**
   * The documents without a year that the request's year range leaves out; 0 when that is not
   * known in time, as the page can do without the number.
   */
  private long undatedLeftOut(SearchRequest request) {
    try {
      return search.undatedLeftOut(request);
    } catch (SearchTimeoutException e) {
      return 0;
    }
  }

  void documentPage(Context ctx) {
    RequestParams params = RequestParams.of(ctx.queryParamMap(), DOCUMENT_PARAMS);
    String lang = params.language();
    String back = params.single("search").orElse(null);
    Messages msg = Messages.of(lang);
    String id = ctx.pathParam("id");
    CorpusDocument doc = search.document(id).orElseThrow(() -> new NotFoundException(id));
    Taxonomy taxonomy = search.taxonomy();
    Map<String, String> facetLabels = new LinkedHashMap<>();
    taxonomy.facets().forEach(f -> facetLabels.put(f.id(), f.label().in(lang)));
    String lq = "en".equals(lang) ? "?lang=en" : "";
    DocumentPage.RelatedLink parent = doc.parent() == null ? null
        : search.document(doc.parent(), lang).map(p -> link(p, lq)).orElse(null);
    DocumentPage.RelatedLink translation = doc.translation() == null ? null
        : search.document(doc.translation()).map(t -> link(t, lq)).orElse(null);
    List<DocumentPage.RelatedLink> related = search.related(doc, lang, ApiController.RELATED).stream()
        .map(r -> link(r, lq)).toList();
    templates.render(ctx, "document.jte", new DocumentPage(msg, doc,
        DocumentPage.rows(facetLabels, SearchService.labels(taxonomy, doc, lang)), parent,
        translation, SearchBackLink.to(back, lang),
        documentUrl(id, "en".equals(lang) ? "nl" : "en", back), related,
        Citation.of(ExportEntry.of(doc, taxonomy, CitationWords.of(lang),
            address.of(ctx), CitationWords.today(Clock.systemUTC())))));
  }

  /**
   * The page of document {@code id} in {@code lang}, still leading back to the search it was
   * opened from ({@code search}, when there is one).
   */
  static String documentUrl(String id, String lang, String search) {
    List<String> parameters = new ArrayList<>();
    if ("en".equals(lang)) {
      parameters.add("lang=en");
    }
    if (search != null && !search.isEmpty()) {
      parameters.add("search=" + SearchUrls.encode(search));
    }
    return "/documents/" + SearchUrls.encode(id)
        + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters));
  }

  private static DocumentPage.RelatedLink link(CorpusDocument doc, String languageQuery) {
    return new DocumentPage.RelatedLink(doc.title(), "/documents/" + SearchUrls.encode(doc.id())
        + languageQuery, doc.language(), doc.year());
  }

  void vocabularyPage(Context ctx) {
    Messages msg = Messages.of(SearchParams.language(ctx.queryParamMap()));
    templates.render(ctx, "vocabulary.jte", VocabularyPage.of(msg, search.taxonomy()));
  }

  /**
   * A request a page other than the search cannot answer as asked (a bad {@code lang}, a
   * repeated {@code search}): 400, "Invalid request", naming the parameter by what it means on
   * the page; a document page links back to the document as it can be shown.
   */
  void invalidRequestPage(Context ctx, InvalidRequestException e) {
    Messages msg = errorMessages(ctx);
    String label = e.parameter() == null ? null
        : RequestErrors.field(msg, search.taxonomy(), e.parameter());
    String id = ctx.pathParamMap().get("id");
    String lq = "en".equals(msg.lang()) ? "?lang=en" : "";
    String backUrl = ctx.path().startsWith("/documents/") && id != null
        ? "/documents/" + SearchUrls.encode(id) + lq : null;
    templates.render(ctx, "error.jte", new ErrorPage(msg, msg.get("error.request.title"),
        RequestErrors.inAddress(msg, e, label), backUrl,
        backUrl == null ? null : msg.get("error.request.document")).answering(ctx));
    ctx.status(400);
  }

  /**
   * 404 for a document that does not exist, in the words of the API's answer: naming the id, or,
   * for a text that is no id (which is not repeated), saying what an id is.
   */
  void documentNotFoundPage(Context ctx, NotFoundException e) {
    Messages msg = errorMessages(ctx);
    String message = e.id() == null ? msg.get("error.notfound.document.shape")
        : msg.format("error.notfound.document", TypedText.inPlainText(e.id()));
    ctx.status(404);
    templates.render(ctx, "error.jte", new ErrorPage(msg, msg.get("error.notfound.title"),
        message).answering(ctx));
  }

  void notFoundPage(Context ctx) {
    Messages msg = errorMessages(ctx);
    templates.render(ctx, "error.jte", new ErrorPage(msg, msg.get("error.notfound.title"),
        msg.get("error.notfound.page")));
  }

  void methodNotAllowedPage(Context ctx) {
    Messages msg = errorMessages(ctx);
    templates.render(ctx, "error.jte", new ErrorPage(msg, msg.get("error.method.title"),
        msg.get("error.method.message")));
    ctx.status(405);
  }

  /** Error pages always render: in English when {@code lang} starts with en, else in Dutch. */
  private static Messages errorMessages(Context ctx) {
    return Messages.of(Language.lenient(ctx.queryParam("lang")));
  }

}
