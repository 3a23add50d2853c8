package nl.buurtkennis.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LogProgressTest {
  private final List<String> lines = new ArrayList<>();
  private final AtomicLong nanos = new AtomicLong();
  private final LogProgress progress = new LogProgress(lines::add, 2_000, nanos::get);

  @Test
  void reportsAtTheStartAtMostOncePerIntervalAndAtTheEnd() {
    progress.begin("writing", 1000);
    for (int i = 0; i < 1000; i++) {
      nanos.addAndGet(10_000_000); // 10 ms per document: 10 s in all
      progress.step();
    }
    progress.end();

    assertEquals("writing: 1000 documents", lines.get(0));
    assertEquals("writing: 200/1000 documents (20%)", lines.get(1));
    assertEquals("writing: 400/1000 documents (40%)", lines.get(2));
    assertEquals("writing: 1000/1000 documents (100%) in 10000 ms", lines.get(lines.size() - 1));
    assertEquals(6, lines.size(), lines.toString());
  }

  @Test
  void aShortRunGivesTwoLinesAndAPhaseWithoutStepsItsDuration() {
    progress.begin("writing", 3);
    progress.step();
    progress.step();
    progress.step();
    progress.end();
    progress.begin("merging and committing", 0);
    nanos.addAndGet(5_000_000);
    progress.end();

    assertEquals(List.of("writing: 3 documents", "writing: 3/3 documents (100%) in 0 ms",
        "merging and committing...", "merging and committing: done in 5 ms"), lines);
  }
}
