package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.junit.jupiter.api.Test;

class SharedFacetsTest {
  /** Counts that log each question they are asked. */
  private static final class AskedFacets extends Facets {
    final List<String> asked = new ArrayList<>();

    @Override
    public FacetResult getAllChildren(String dim, String... path) {
      asked.add("all " + dim + List.of(path));
      return result(dim, path);
    }

    @Override
    public FacetResult getTopChildren(int topN, String dim, String... path) {
      asked.add("top " + topN + " " + dim + List.of(path));
      if (dim.equals("empty")) {
        return null;
      }
      return result(dim, path);
    }

    @Override
    public Number getSpecificValue(String dim, String... path) {
      asked.add("value " + dim + List.of(path));
      if (dim.equals("unknown")) {
        throw new IllegalArgumentException("dimension \"unknown\" was not indexed");
      }
      return path[0].startsWith("no such") ? -1 : path.length;
    }

    @Override
    public List<FacetResult> getAllDims(int topN) {
      asked.add("dims " + topN);
      return List.of();
    }

    @Override
    public List<FacetResult> getTopDims(int topNDims, int topNChildren) {
      asked.add("topDims " + topNDims + " " + topNChildren);
      return List.of();
    }

    private static FacetResult result(String dim, String... path) {
      return new FacetResult(dim, path, 3, new LabelAndValue[] {new LabelAndValue("a", 3)}, 1);
    }
  }

  @Test
  void eachAnswerIsWorkedOutOnceAndKept() throws Exception {
    AskedFacets counts = new AskedFacets();
    SharedFacets shared = new SharedFacets(counts);

    FacetResult first = shared.getAllChildren("form", "a");
    assertSame(first, shared.getAllChildren("form", "a"));
    assertEquals(2, shared.getSpecificValue("form", "a", "b"));
    assertEquals(2, shared.getSpecificValue("form", "a", "b"));
    shared.getTopChildren(5, "form");
    shared.getTopChildren(5, "form");
    shared.getTopChildren(6, "form");

    assertEquals(List.of("all form[a]", "value form[a, b]", "top 5 form[]", "top 6 form[]"),
        counts.asked);
  }

  @Test
  void questionsThatDifferInTheirPathAreAskedApart() throws Exception {
    AskedFacets counts = new AskedFacets();
    SharedFacets shared = new SharedFacets(counts);

    shared.getSpecificValue("form", "a");
    shared.getSpecificValue("form", "b");
    shared.getSpecificValue("issue", "a");
    shared.getAllChildren("form");
    shared.getAllChildren("form", "a");

    assertEquals(5, counts.asked.size(), counts.asked.toString());
  }

  @Test
  void answersOfNoneAreKeptAndFailuresAreNot() throws Exception {
    AskedFacets counts = new AskedFacets();
    SharedFacets shared = new SharedFacets(counts);

    assertNull(shared.getTopChildren(10, "empty"));
    assertNull(shared.getTopChildren(10, "empty"));
    assertEquals(-1, shared.getSpecificValue("place", "no such place"));
    assertEquals(-1, shared.getSpecificValue("place", "no such place"));
    assertThrows(IllegalArgumentException.class, () -> shared.getSpecificValue("unknown", "x"));
    assertThrows(IllegalArgumentException.class, () -> shared.getSpecificValue("unknown", "x"));

    assertEquals(List.of("top 10 empty[]", "value place[no such place]", "value unknown[x]",
        "value unknown[x]"), counts.asked);
  }

  @Test
  void requestsNamingEverNewValuesKeepNoMoreThanTheLimit() throws Exception {
    AskedFacets counts = new AskedFacets();
    SharedFacets shared = new SharedFacets(counts);

    for (int i = 0; i < SharedFacets.MAX_KEPT + 1_000; i++) {
      shared.getSpecificValue("place", "no such place " + i);
    }
    counts.asked.clear();
    assertEquals(-1, shared.getSpecificValue("place", "no such place " + SharedFacets.MAX_KEPT));
    assertEquals(2, shared.getSpecificValue("form", "a", "b"));
    assertEquals(2, shared.getSpecificValue("form", "a", "b"));

    assertEquals(SharedFacets.MAX_KEPT, shared.kept());
    assertEquals(List.of("value place[no such place " + SharedFacets.MAX_KEPT + "]",
        "value form[a, b]",
        "value form[a, b]"), counts.asked, "beyond the limit, answers are worked out anew");
  }
}
