package nl.buurtkennis.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;
import nl.buurtkennis.index.IndexProgress;

/**
 * A progress bar for a terminal, redrawn in place on one line ({@code \r}) at most ten times a
 * second: {@code writing [#########           ] 450/1000 (45%)}.
 */
final class TerminalProgressBar implements IndexProgress {
  static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000;

  private final PrintStream out;
  private final LongSupplier nanoClock;
  private String phase = "";
  private int total;
  private int done;
  private int drawn = -1;
  private long phaseStart;
  private long lastDrawn;

  TerminalProgressBar(PrintStream out) {
    this(out, System::nanoTime);
  }

  TerminalProgressBar(PrintStream out, LongSupplier nanoClock) {
    this.out = out;
    this.nanoClock = nanoClock;
  }

  @Override
  public void begin(String phase, int total) {
    this.phase = phase;
    this.total = total;
    this.done = 0;
    this.phaseStart = nanoClock.getAsLong();
    this.lastDrawn = phaseStart;
    draw();
  }

  @Override
  public void step() {
    done++;
    long now = nanoClock.getAsLong();
    if (now - lastDrawn >= REDRAW_NANOS) {
      lastDrawn = now;
      draw();
    }
  }

  @Override
  public void end() {
    done = total;
    if (drawn != done) {
      draw();
    }
    long millis = (nanoClock.getAsLong() - phaseStart) / 1_000_000;
    out.print(" " + millis + " ms" + System.lineSeparator());
    out.flush();
  }

  private void draw() {
    drawn = done;
    if (total <= 0) {
      out.print("\r" + phase + "...");
    } else {
      int filled = (int) ((long) done * WIDTH / total);
      out.print(String.format(Locale.ROOT, "\r%s [%s%s] %d/%d (%d%%)", phase,
          "#".repeat(filled), " ".repeat(WIDTH - filled), done, total, done * 100L / total));
    }
    out.flush();
  }
}
