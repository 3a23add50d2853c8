package nl.buurtkennis.eval;

import java.util.List;
import java.util.Map;
import nl.buurtkennis.search.SearchRequest;
import nl.buurtkennis.search.SearchResponse;
import nl.buurtkennis.search.SearchService;
import nl.buurtkennis.search.SortOrder;

/** The engine, exactly as the API ranks (relevance order, no filters). */
final class EngineRanker implements Ranker {
  private final String name;
  private final SearchService search;

  EngineRanker(String name, SearchService search) {
    this.name = name;
    this.search = search;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> rank(String query, int depth) {
    SearchResponse response = search.search(new SearchRequest(query, Map.of(), null, null, 1,
        Math.min(depth, SearchRequest.MAX_SIZE), SortOrder.RELEVANCE, "nl"));
    return response.hits().stream().map(SearchResponse.Hit::id).toList();
  }
}
