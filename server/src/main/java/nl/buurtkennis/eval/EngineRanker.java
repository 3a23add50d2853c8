package nl.buurtkennis.eval;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.buurtkennis.search.SearchIndex;
import nl.buurtkennis.search.SearchRequest;
import nl.buurtkennis.search.SearchResponse;
import nl.buurtkennis.search.SearchService;
import nl.buurtkennis.search.SearchSettings;
import nl.buurtkennis.search.SortOrder;

/**
 * The engine, exactly as the API ranks (relevance order, no filters), but never cut short: the
 * server's deadline answers a slow search with what it found so far, and a cold first search on a
 * busy machine would then score as a ranking that found nothing.
 */
final class EngineRanker implements Ranker {
  private static final Duration NO_DEADLINE = Duration.ofMinutes(10);

  private final String name;
  private final SearchService search;

  EngineRanker(String name, SearchIndex index, SearchSettings settings) {
    this.name = name;
    this.search = new SearchService(index, settings, NO_DEADLINE);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> rank(String query, int depth) {
    SearchResponse response = search.search(new SearchRequest(query, Map.of(), null, null, 1,
        Math.min(depth, SearchRequest.MAX_SIZE), SortOrder.RELEVANCE, "nl"));
    if (response.partial()) {
      throw new IllegalStateException("the search for '" + query + "' ran out of time; its"
          + " ranking would be incomplete");
    }
    return response.hits().stream().map(SearchResponse.Hit::id).toList();
  }
}
