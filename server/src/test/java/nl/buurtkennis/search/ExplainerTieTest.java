package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Explanation;
import org.junit.jupiter.api.Test;

/**
 * An explanation does not depend on the order Lucene lists a query's parts in, which is hash
 * order and changes from one start of the server to the next: of equally scoring parts of a
 * disjunction the first in a fixed order counts whole, and the parts of one match add up to the
 * same last bit in whatever order they come.
 */
class ExplainerTieTest {

  private static Explanation concept(String facet, String id, float score) {
    return Explanation.match(score, "Linear function on the topics field for the " + facet + "/"
        + id + " feature, computed as w * S(F) from:");
  }

  private static Explanation words(String field, String terms, float score) {
    return Explanation.match(score, "weight(" + field + ":" + terms + " in 17) [BM25Similarity]");
  }

  private static List<HitExplanation.Match> explained(Explanation root) {
    Map<String, Explainer.Parts> matches = new HashMap<>();
    Explainer.collect(root, matches, null, 1);
    return Explainer.sorted(matches);
  }

  /** Each order of {@code parts} under a node described {@code description}. */
  private static List<Explanation> inEveryOrder(float score, String description,
      List<Explanation> parts) {
    List<Explanation> orders = new ArrayList<>();
    permute(new ArrayList<>(parts), 0, order -> orders.add(
        Explanation.match(score, description, List.copyOf(order))));
    return orders;
  }

  private static void permute(List<Explanation> parts, int from,
      java.util.function.Consumer<List<Explanation>> each) {
    if (from == parts.size()) {
      each.accept(parts);
      return;
    }
    for (int i = from; i < parts.size(); i++) {
      Collections.swap(parts, from, i);
      permute(parts, from + 1, each);
      Collections.swap(parts, from, i);
    }
  }

  @Test
  void equallyScoringConceptsGiveTheWholeShareByFacetAndIdWhateverTheirOrder() {
    float tied = 0.23408094f;
    List<Explanation> parts = List.of(
        concept("form", "contact", tied),
        concept("benefit", "trust-residents", tied),
        concept("place", "street", 0.125f));
    float score = tied + 0.1f * (tied + 0.125f);
    for (Explanation order : inEveryOrder(score, "max plus 0.1 times others of:", parts)) {
      List<HitExplanation.Match> matches = explained(order);
      assertEquals(List.of(
          new HitExplanation.Match("concept", "benefit", "trust-residents", tied),
          new HitExplanation.Match("concept", "form", "contact", (float) (tied * 0.1d)),
          new HitExplanation.Match("concept", "place", "street", (float) (0.125d * 0.1d))), matches,
          order.toString());
    }
  }

  @Test
  void aTieBetweenGroupsOfMatchesGoesToTheGroupWithTheFirstMatch() {
    float tied = 2f;
    Explanation form = Explanation.match(tied, "sum of:", concept("form", "contact", 1.5f),
        words("body_nl", "contact", 0.5f));
    Explanation benefit = Explanation.match(tied, "sum of:", words("body_nl", "vertrouwen", 1f),
        concept("benefit", "trust-residents", 1f));
    for (Explanation order : inEveryOrder(tied + 0.1f * tied, "max plus 0.1 times others of:",
        List.of(form, benefit))) {
      List<HitExplanation.Match> matches = explained(order);
      // benefit/trust-residents ("concept|benefit|…") comes before any match of the other group
      assertEquals(List.of(
          new HitExplanation.Match("concept", "benefit", "trust-residents", 1f),
          new HitExplanation.Match("words", "body_nl", "vertrouwen", 1f),
          new HitExplanation.Match("concept", "form", "contact", 0.15f),
          new HitExplanation.Match("words", "body_nl", "contact", 0.05f)), matches,
          order.toString());
    }
  }

  @Test
  void thePartsOfAMatchAddUpToTheSameLastBitInEveryOrder() {
    // as floats added in the order found, 1 + 3e-8 + 3e-8 is 1 and 3e-8 + 3e-8 + 1 is the
    // float after 1: the explanation must not say one on one start and the other on the next
    List<Explanation> parts = List.of(words("body_en", "alert", 1f),
        words("body_en", "alert", 3e-8f), words("body_en", "alert", 3e-8f),
        words("body_en", "doen", 0.5f));
    List<List<HitExplanation.Match>> seen = new ArrayList<>();
    for (Explanation order : inEveryOrder(1.5f, "sum of:", parts)) {
      seen.add(explained(order));
    }
    List<HitExplanation.Match> expected = List.of(
        new HitExplanation.Match("words", "body_en", "alert", Math.nextUp(1f)),
        new HitExplanation.Match("words", "body_en", "doen", 0.5f));
    for (List<HitExplanation.Match> matches : seen) {
      assertEquals(expected, matches);
    }
  }

  @Test
  void equalMatchesAreListedInAFixedOrder() {
    List<Explanation> parts = List.of(words("body_nl", "wijk", 1f), words("body_en", "wijk", 1f),
        concept("topic", "buurt", 1f));
    for (Explanation order : inEveryOrder(3f, "sum of:", parts)) {
      assertEquals(List.of(
          new HitExplanation.Match("concept", "topic", "buurt", 1f),
          new HitExplanation.Match("words", "body_en", "wijk", 1f),
          new HitExplanation.Match("words", "body_nl", "wijk", 1f)), explained(order));
    }
  }
}
