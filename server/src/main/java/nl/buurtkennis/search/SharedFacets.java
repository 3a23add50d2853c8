package nl.buurtkennis.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;

/**
 * Facet counts that many searches read at once, and read the same parts of again and again (a
 * commit's counts of all its documents). Lucene's counts look their values up in the index's
 * terms through one doc-values iterator, which must not be used by two threads at a time: each
 * answer is worked out once, under a lock, and then kept. A request may name values no document
 * holds (a place), so only so many answers are kept; beyond them each is worked out anew. The
 * answers are shared; their readers must not change them.
 */
final class SharedFacets extends Facets {
  /**
   * Far more than the questions searches ask (the facets, their values and the counts of values
   * no document holds, a few thousand at a million documents), and a few megabytes at most.
   */
  static final int MAX_KEPT = 20_000;

  private final Facets facets;
  private final Map<List<Object>, Optional<Object>> answers = new ConcurrentHashMap<>();

  SharedFacets(Facets facets) {
    this.facets = facets;
  }

  @Override
  public FacetResult getAllChildren(String dim, String... path) throws IOException {
    return (FacetResult) answer(List.of("all", dim, List.of(path)),
        () -> facets.getAllChildren(dim, path));
  }

  @Override
  public FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
    return (FacetResult) answer(List.of("top", topN, dim, List.of(path)),
        () -> facets.getTopChildren(topN, dim, path));
  }

  @Override
  public Number getSpecificValue(String dim, String... path) throws IOException {
    return (Number) answer(List.of("value", dim, List.of(path)),
        () -> facets.getSpecificValue(dim, path));
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<FacetResult> getAllDims(int topN) throws IOException {
    return (List<FacetResult>) answer(List.of("dims", topN), () -> facets.getAllDims(topN));
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<FacetResult> getTopDims(int topNDims, int topNChildren) throws IOException {
    return (List<FacetResult>) answer(List.of("topDims", topNDims, topNChildren),
        () -> facets.getTopDims(topNDims, topNChildren));
  }

  private interface Reading {
    Object read() throws IOException;
  }

  /** How many answers are kept. */
  int kept() {
    return answers.size();
  }

  /** A question that fails (a facet that is not indexed) is asked again each time. */
  private Object answer(List<Object> question, Reading reading) throws IOException {
    Optional<Object> known = answers.get(question);
    if (known == null) {
      synchronized (this) {
        known = answers.get(question);
        if (known == null) {
          known = Optional.ofNullable(reading.read());
          if (answers.size() < MAX_KEPT) {
            answers.put(question, known);
          }
        }
      }
    }
    return known.orElse(null);
  }
}
