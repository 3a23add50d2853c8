package nl.buurtkennis.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DutchCompoundsCacheTest {
  private static final List<String> WORDS = List.of("buurtpreventie", "buurtpreventieteams",
      "veiligheidsbeleving", "jeugdagent", "whatsappgroep", "whatsappgroepen", "wijkagent",
      "wijkagenten", "overlast", "amberalert", "politieapp", "hondenuitlaters", "bewoners",
      "burgerparticipatie", "woninginbraakpreventie", "veiligheidsbeleid", "gemeenteraadsleden",
      "buurtbemiddeling", "straatcoach", "cameratoezicht", "preventie", "a", "", "abcdefgh",
      "buurtbuurtbuurtbuurt", "veiligheidsbelevingsonderzoeksresultaten");

  @Test
  void cachedCoversEqualComputedOnes() {
    for (int pass = 0; pass < 3; pass++) {
      for (String word : WORDS) {
        assertEquals(DutchCompounds.computeCover(word), DutchCompounds.cover(word), word);
        assertEquals(uncachedAllParts(word), DutchCompounds.allParts(word), word);
      }
    }
    assertFalse(DutchCompounds.cover("buurtpreventie").isEmpty());
  }

  @Test
  void cachedReadingsOfQueryWordsEqualComputedOnes() {
    for (int pass = 0; pass < 3; pass++) {
      for (String word : WORDS) {
        DutchCompounds.Reading computed = DutchCompounds.computeReading(word);
        assertEquals(computed.parts(), DutchCompounds.segments(word), word);
        assertEquals(computed.unknownPart(), DutchCompounds.hasUnknownPart(word), word);
      }
    }
    assertTrue(DutchCompounds.hasUnknownPart("politieapp"));
    assertTrue(DutchCompounds.hasUnknownPart("burgernett"));
    assertFalse(DutchCompounds.hasUnknownPart("buurtpreventie"), "dictionary words throughout");
    assertFalse(DutchCompounds.hasUnknownPart("wijkagnet"), "one typing error from a word");
  }

  @Test
  void cachedCoversAreRightUnderConcurrentUse() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> tasks = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        tasks.add(pool.submit(() -> {
          for (int pass = 0; pass < 200; pass++) {
            for (String word : WORDS) {
              assertEquals(DutchCompounds.computeCover(word), DutchCompounds.cover(word), word);
            }
          }
        }));
      }
      for (Future<?> task : tasks) {
        task.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void cacheStaysBoundedAndKeepsAnswering() {
    WordCache<Integer> cache = new WordCache<>(10);
    for (int i = 0; i < 1000; i++) {
      cache.put("w" + i, i);
      assertEquals(i, cache.get("w" + i));
    }
    cache.put("hot", 1);
    for (int i = 0; i < 1000; i++) {
      cache.put("x" + i, i);
      if (i % 5 == 0) {
        assertEquals(1, cache.get("hot"));
      }
    }
    assertEquals(null, cache.get("w0"));
  }

  private static List<DutchCompounds.Span> uncachedAllParts(String word) {
    List<DutchCompounds.Span> result = new ArrayList<>();
    add(word, 0, result);
    return result;
  }

  private static void add(String word, int offset, List<DutchCompounds.Span> result) {
    for (DutchCompounds.Span span : DutchCompounds.computeCover(word)) {
      result.add(new DutchCompounds.Span(offset + span.start(), offset + span.end()));
      add(word.substring(span.start(), span.end()), offset + span.start(), result);
    }
  }
}
