package nl.buurtkennis.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.search.Completion;
import nl.buurtkennis.search.InvalidRequestException;
import nl.buurtkennis.search.SearchService;
import nl.buurtkennis.taxonomy.Concept;
import nl.buurtkennis.taxonomy.Facet;
import nl.buurtkennis.taxonomy.Taxonomy;

/** The JSON API: thin handlers that read parameters, ask the search service and answer. */
final class ApiController {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** A document's fields under the names its front matter gives them ({@code police_tasks}). */
  private static final ObjectMapper DOCUMENT_JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
  static final int MAX_SUGGEST_CHARS = 100;
  static final int SUGGESTIONS = 8;
  static final int RELATED = 5;
  private static final Set<String> SUGGEST_PARAMS = Set.of("q", "lang");

  private final SearchService search;

  // The answers' objects of fixed keys are records, whose keys come in their order in every run
  // (openapi.json's); a Map.of of more than one key iterates in an order that changes per JVM.

  /** {@code GET /health}. */
  record Health(String status, int documents) {}

  /** {@code GET /api/suggest}: what was typed, and the suggestions for it. */
  record Suggested(String query, List<Map<String, String>> suggestions) {}

  /** A related document, as a document's answer lists it. */
  record Related(String id, String title, String type, String language, Integer year) {}

  /** A concept's synonyms in either language. */
  record Synonyms(List<String> nl, List<String> en) {}

  ApiController(SearchService search) {
    this.search = search;
  }

  void search(Context ctx) {
    ctx.json(search.search(SearchParams.parse(ctx.queryParamMap())));
  }

  void document(Context ctx) {
    String lang = SearchParams.language(ctx.queryParamMap());
    String id = ctx.pathParam("id");
    CorpusDocument doc = search.document(id)
        .orElseThrow(() -> new NotFoundException(id));
    @SuppressWarnings("unchecked")
    Map<String, Object> body = DOCUMENT_JSON.convertValue(doc, LinkedHashMap.class);
    body.put("body", doc.bodyText());
    body.put("labels", SearchService.labels(search.taxonomy(), doc, lang));
    body.put("related", search.related(doc, lang, RELATED).stream().map(r -> new Related(r.id(),
        r.title(), r.type(), r.language(), r.year())).toList());
    ctx.json(body);
  }

  /**
   * Every label, definition and synonym in both languages, by design: it reads no parameter, so
   * a {@code lang} is ignored like any parameter a route does not read.
   */
  void taxonomy(Context ctx) {
    Taxonomy taxonomy = search.taxonomy();
    List<Map<String, Object>> facets = taxonomy.facets().stream().map(ApiController::facet).toList();
    ctx.json(Map.of("facets", facets));
  }

  void suggest(Context ctx) {
    RequestParams params = RequestParams.of(ctx.queryParamMap(), SUGGEST_PARAMS);
    String lang = params.language();
    String typed = params.single("q", "");
    if (Characters.exceed(typed, MAX_SUGGEST_CHARS)) {
      throw new InvalidRequestException("q", "query_too_long",
          "q is longer than " + MAX_SUGGEST_CHARS + " characters", null,
          List.of(MAX_SUGGEST_CHARS));
    }
    String lq = "en".equals(lang) ? "lang=en" : "";
    List<Map<String, String>> suggestions = search.complete(typed, lang, SUGGESTIONS).stream()
        .map(c -> suggestion(c, lq))
        .toList();
    ctx.json(new Suggested(typed, suggestions));
  }

  /** A suggestion as the API gives it, with the language of its text. */
  private static Map<String, String> suggestion(Completion completion, String lq) {
    Map<String, String> json = new LinkedHashMap<>();
    json.put("text", completion.text());
    json.put("kind", completion.kind().name().toLowerCase(Locale.ROOT));
    json.put("url", url(completion, lq));
    json.put("lang", completion.lang());
    return json;
  }

  private static String url(Completion completion, String lq) {
    return switch (completion.kind()) {
      case DOCUMENT -> "/documents/" + SearchUrls.encode(completion.target())
          + (lq.isEmpty() ? "" : "?" + lq);
      case CONCEPT -> {
        String[] facetAndId = completion.target().split("/", 2);
        yield "/?" + SearchUrls.encode(facetAndId[0]) + "=" + SearchUrls.encode(facetAndId[1])
            + (lq.isEmpty() ? "" : "&" + lq);
      }
      case KEYWORD -> "/?q=" + SearchUrls.encode(completion.target())
          + (lq.isEmpty() ? "" : "&" + lq);
    };
  }

  void health(Context ctx) {
    ctx.json(new Health("ok", search.documentCount()));
  }

  private static Map<String, Object> facet(Facet facet) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", facet.id());
    json.put("labels", facet.label());
    json.put("definitions", facet.definition());
    json.put("hierarchical", facet.hierarchical());
    json.put("concepts", facet.roots().stream().map(ApiController::concept).toList());
    return json;
  }

  private static Map<String, Object> concept(Concept concept) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", concept.id());
    json.put("parent", concept.parentId());
    json.put("labels", concept.label());
    json.put("definitions", concept.definition());
    json.put("synonyms", new Synonyms(concept.synonymsNl(), concept.synonymsEn()));
    json.put("children", concept.children().stream().map(ApiController::concept).toList());
    return json;
  }
}
