package nl.buurtkennis.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;

/** The parts of the load tool that decide its report: percentiles, options and the mix. */
class LoadToolTest {

  @Test
  void percentilesAreNearestRankOverAllThreads() {
    Latencies a = new Latencies();
    Latencies b = new Latencies();
    for (int ms = 1; ms <= 100; ms++) {
      (ms % 2 == 0 ? a : b).add(ms * 1000L);
    }
    Latencies all = Latencies.merge(List.of(a, b));
    assertEquals(100, all.count());
    assertEquals(50.0, all.percentileMillis(50));
    assertEquals(95.0, all.percentileMillis(95));
    assertEquals(99.0, all.percentileMillis(99));
    assertEquals(100.0, all.percentileMillis(100));
  }

  @Test
  void optionsHaveDefaultsAndRefuseNonsense() {
    LoadOptions defaults = LoadOptions.parse(List.of());
    assertEquals(8, defaults.clients());
    assertEquals(Duration.ofMinutes(3), defaults.duration());
    assertEquals(Duration.ofSeconds(30), LoadOptions.parse(List.of("--minutes", "0.5")).duration());
    assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse(List.of("--clients", "0")));
    assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse(List.of("--speed", "1")));
    assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse(List.of("--minutes")));
  }

  @Test
  void theMixReachesEveryKindOfRequestOverTheShippedCorpus() throws Exception {
    QueryMix mix = new QueryMix(CorpusLoader.load(TempCorpus.shippedCorpus()).orThrow());
    Random random = new Random(7);
    StringBuilder seen = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      seen.append(mix.next(random)).append('\n');
    }
    for (String route : new String[] {"\n/?q=", "\n/api/search?q=", "\n/documents/",
        "\n/api/documents/", "\n/api/suggest?q=", "\n/api/export?format=", "\n/feed?",
        "/cite?format=", "\n/api/map?", "\n/map?", "&place=", "lang=en", "%22"}) {
      assertTrue(seen.indexOf(route) >= 0, route);
    }
  }
}
