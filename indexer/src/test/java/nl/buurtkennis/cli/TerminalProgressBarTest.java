package nl.buurtkennis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TerminalProgressBarTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final AtomicLong nanos = new AtomicLong();
  private final TerminalProgressBar bar = new TerminalProgressBar(
      new PrintStream(bytes, true, StandardCharsets.UTF_8), nanos::get);

  @Test
  void redrawsOneLineInPlaceAndEndsItWithTheDuration() {
    bar.begin("writing", 4);
    nanos.addAndGet(200_000_000);
    bar.step();
    nanos.addAndGet(200_000_000);
    bar.step();
    bar.step(); // within 100 ms of the last redraw: not drawn
    bar.step();
    bar.end();

    String[] frames = bytes.toString(StandardCharsets.UTF_8).split("\r", -1);
    String empty = " ".repeat(TerminalProgressBar.WIDTH);
    assertEquals("writing [" + empty + "] 0/4 (0%)", frames[1]);
    assertEquals("writing [" + "#".repeat(7) + " ".repeat(23) + "] 1/4 (25%)", frames[2]);
    assertEquals("writing [" + "#".repeat(15) + " ".repeat(15) + "] 2/4 (50%)", frames[3]);
    assertTrue(frames[4].startsWith("writing [" + "#".repeat(30) + "] 4/4 (100%) 400 ms"),
        frames[4]);
    assertEquals(5, frames.length);
  }

  @Test
  void aPhaseAlreadyDrawnCompleteIsNotDrawnTwice() {
    bar.begin("writing", 1);
    nanos.addAndGet(200_000_000);
    bar.step();
    bar.end();
    bar.begin("committing", 0);
    bar.end();

    String printed = bytes.toString(StandardCharsets.UTF_8);
    String line = System.lineSeparator();
    assertEquals("\rwriting [" + " ".repeat(30) + "] 0/1 (0%)\rwriting [" + "#".repeat(30)
        + "] 1/1 (100%) 200 ms" + line + "\rcommitting... 0 ms" + line, printed);
  }
}
