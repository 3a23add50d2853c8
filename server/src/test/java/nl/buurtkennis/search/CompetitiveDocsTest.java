package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.Random;
import nl.buurtkennis.search.scoring.SegmentScores;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

/**
 * The competitive matches are exactly those scoring at least the k-th best score: none that could
 * make the page is left out, ties included, and every other is.
 */
class CompetitiveDocsTest {

  @Test
  void keepsExactlyTheMatchesScoringAtLeastTheKthBest() {
    Random random = new Random(42);
    for (int round = 0; round < 500; round++) {
      int maxDoc = 1 + random.nextInt(3000);
      // Few distinct scores in some rounds, so that the k-th best is often tied.
      int distinct = round % 2 == 0 ? 1 + random.nextInt(5) : 1_000_000;
      FixedBitSet matched = new FixedBitSet(maxDoc);
      float[] scores = new float[maxDoc];
      for (int doc = 0; doc < maxDoc; doc++) {
        if (random.nextInt(4) > 0) {
          matched.set(doc);
          scores[doc] = random.nextInt(distinct) / 7f;
        }
      }
      int count = matched.cardinality();
      int k = 1 + random.nextInt(40);
      FixedBitSet competitive =
          CompetitiveDocs.of(matched, count, SegmentScores.of(matched, scores), k);
      assertEquals(expected(matched, scores, k), competitive, "round " + round);
    }
  }

  @Test
  void keepsAllMatchesWhenThereAreNoMoreThanWanted() {
    FixedBitSet matched = new FixedBitSet(100);
    matched.set(3);
    matched.set(70);
    assertSame(matched, CompetitiveDocs.of(matched, 2, SegmentScores.of(matched, new float[100]),
        2));
  }

  private static FixedBitSet expected(FixedBitSet matched, float[] scores, int k) {
    int count = matched.cardinality();
    if (count <= k) {
      return matched;
    }
    float[] matchedScores = new float[count];
    int i = 0;
    for (int doc = 0; doc < matched.length(); doc++) {
      if (matched.get(doc)) {
        matchedScores[i++] = scores[doc];
      }
    }
    Arrays.sort(matchedScores);
    float kth = matchedScores[count - k];
    FixedBitSet expected = new FixedBitSet(matched.length());
    for (int doc = 0; doc < matched.length(); doc++) {
      if (matched.get(doc) && scores[doc] >= kth) {
        expected.set(doc);
      }
    }
    return expected;
  }
}
