package nl.buurtkennis.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A word's value is worked out once, kept, and given back until its generation is dropped. */
class WordCacheTest {
  @Test
  void aValueIsWorkedOutOnceAndThenGivenFromTheCache() {
    WordCache<Integer> cache = new WordCache<>(100);
    List<String> worked = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      assertEquals(6, cache.computeIfAbsent("buurt", word -> {
        worked.add(word);
        return word.length() + 1;
      }));
    }
    assertEquals(List.of("buurt"), worked);
    assertEquals(6, cache.get("buurt"));
  }

  @Test
  void aNullValueIsGivenButNotKeptAndAnErrorOfTheWorkIsThrown() {
    WordCache<String> cache = new WordCache<>(100);
    assertNull(cache.computeIfAbsent("leeg", word -> null));
    assertEquals("gevuld", cache.computeIfAbsent("leeg", word -> "gevuld"));
    IOException failure = new IOException("index gesloten");
    assertEquals(failure, assertThrows(IOException.class,
        () -> cache.computeIfAbsent("fout", word -> {
          throw failure;
        })));
    assertNull(cache.get("fout"), "nothing kept for a failed word");
  }

  @Test
  void aWordOfTheOldGenerationIsNotWorkedOutAgain() {
    WordCache<Integer> cache = new WordCache<>(2);
    cache.computeIfAbsent("a", word -> 1);
    cache.computeIfAbsent("b", word -> 2); // the young map is full: it becomes the old one
    assertEquals(1, cache.computeIfAbsent("a", word -> {
      throw new AssertionError("worked out again");
    }));
  }
}
