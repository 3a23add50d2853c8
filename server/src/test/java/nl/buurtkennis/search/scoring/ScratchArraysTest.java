package nl.buurtkennis.search.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Arrays are lent once per open, taken back by the outermost close, and new outside one. */
class ScratchArraysTest {

  @Test
  void lendsEachArrayOnceUntilTakenBack() {
    ScratchArrays.dropIdle();
    float[] first;
    float[] second;
    try (ScratchArrays.Lending lent = ScratchArrays.open()) {
      first = ScratchArrays.floats(100);
      second = ScratchArrays.floats(100);
      assertNotSame(first, second);
      assertTrue(first.length >= 100);
    }
    try (ScratchArrays.Lending lent = ScratchArrays.open()) {
      assertSame(first, ScratchArrays.floats(50));
      assertSame(second, ScratchArrays.floats(100));
      assertTrue(ScratchArrays.floats(200).length >= 200);
    }
  }

  @Test
  void aNestedOpenDoesNotTakeBackWhatTheOuterLent() {
    try (ScratchArrays.Lending outer = ScratchArrays.open()) {
      int[] before = ScratchArrays.ints(10);
      try (ScratchArrays.Lending inner = ScratchArrays.open()) {
        ScratchArrays.ints(10);
      }
      int[] after = ScratchArrays.ints(10);
      assertNotSame(before, after);
    }
  }

  @Test
  void makesNewZeroedArraysWhenNoneAreLent() {
    double[] array;
    try (ScratchArrays.Lending lent = ScratchArrays.open()) {
      array = ScratchArrays.doubles(10);
      array[3] = 7;
    }
    double[] outside = ScratchArrays.doubles(10);
    assertNotSame(array, outside);
    assertEquals(0, outside[3]);
  }

  @Test
  void keepsNoMoreThanItsBudget() {
    ScratchArrays.dropIdle();
    int beyond = (int) (ScratchArrays.KEPT_BYTES / Double.BYTES) + 1;
    double[] big;
    try (ScratchArrays.Lending lent = ScratchArrays.open()) {
      big = ScratchArrays.doubles(beyond);
    }
    try (ScratchArrays.Lending lent = ScratchArrays.open()) {
      assertNotSame(big, ScratchArrays.doubles(beyond));
    }
  }
}
