package nl.buurtkennis.search;

import java.time.Duration;

/**
 * The search service as the server runs it, but without its one-second deadline: on a loaded
 * machine a cold first search can take longer, and would answer a partial, empty page where a
 * test checks a ranking. Tests of the deadline itself set their own.
 */
public final class UnhurriedSearch {
  private static final Duration TEST_DEADLINE = Duration.ofMinutes(5);

  private UnhurriedSearch() {}

  public static SearchService of(SearchIndex index) {
    return new SearchService(index, SearchSettings.DEFAULT, TEST_DEADLINE);
  }
}
