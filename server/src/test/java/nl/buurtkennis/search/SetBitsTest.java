package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

class SetBitsTest {
  @Test
  void walksTheBitsLuceneIteratesInOrderAtAnyLengthAndDensity() throws Exception {
    Random random = new Random(7);
    for (int length : new int[] {1, 63, 64, 65, 1000, 4099}) {
      for (double density : new double[] {0, 0.01, 0.5, 1}) {
        FixedBitSet bits = new FixedBitSet(length);
        for (int i = 0; i < length; i++) {
          if (random.nextDouble() < density) {
            bits.set(i);
          }
        }
        List<Integer> expected = new ArrayList<>();
        BitSetIterator iterator = new BitSetIterator(bits, 0L);
        for (int doc = iterator.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = iterator.nextDoc()) {
          expected.add(doc);
        }
        List<Integer> walked = new ArrayList<>();
        SetBits.forEach(bits, walked::add);
        assertEquals(expected, walked, length + " bits at " + density);
      }
    }
  }

  @Test
  void clearingTheBitInHandDoesNotStopTheWalk() {
    FixedBitSet bits = new FixedBitSet(200);
    bits.set(0, 200);
    List<Integer> walked = new ArrayList<>();
    SetBits.forEach(bits, doc -> {
      walked.add(doc);
      bits.clear(doc);
    });
    assertEquals(200, walked.size());
    assertTrue(bits.scanIsEmpty());
  }
}
