package nl.buurtkennis.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.search.SearchService;
import nl.buurtkennis.taxonomy.Concept;
import nl.buurtkennis.taxonomy.Facet;
import nl.buurtkennis.taxonomy.Taxonomy;

/** The JSON API: thin handlers that read parameters, ask the search service and answer. */
final class ApiController {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SearchService search;

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
        .orElseThrow(() -> new NotFoundException("no document with id '" + id + "'"));
    @SuppressWarnings("unchecked")
    Map<String, Object> body = JSON.convertValue(doc, LinkedHashMap.class);
    body.put("body", doc.bodyText());
    body.put("labels", SearchService.labels(search.taxonomy(), doc, lang));
    ctx.json(body);
  }

  void taxonomy(Context ctx) {
    Taxonomy taxonomy = search.taxonomy();
    List<Map<String, Object>> facets = taxonomy.facets().stream().map(ApiController::facet).toList();
    ctx.json(Map.of("facets", facets));
  }

  void health(Context ctx) {
    ctx.json(Map.of("status", "ok", "documents", search.documentCount()));
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
    json.put("synonyms", Map.of("nl", concept.synonymsNl(), "en", concept.synonymsEn()));
    json.put("children", concept.children().stream().map(ApiController::concept).toList());
    return json;
  }
}
