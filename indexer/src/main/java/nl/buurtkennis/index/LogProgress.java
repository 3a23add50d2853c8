package nl.buurtkennis.index;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Progress as lines of text, for logs and for output that is not a terminal: one line when a phase
 * begins, one at most every {@code interval} while it runs, and one when it ends.
 */
public final class LogProgress implements IndexProgress {
  /** How often a long phase reports, by default. */
  public static final long DEFAULT_INTERVAL_MILLIS = 2_000;

  private final Consumer<String> sink;
  private final long intervalNanos;
  private final LongSupplier nanoClock;
  private String phase = "";
  private int total;
  private int done;
  private long phaseStart;
  private long lastReport;

  public LogProgress(Consumer<String> sink) {
    this(sink, DEFAULT_INTERVAL_MILLIS, System::nanoTime);
  }

  public LogProgress(Consumer<String> sink, long intervalMillis, LongSupplier nanoClock) {
    this.sink = sink;
    this.intervalNanos = intervalMillis * 1_000_000;
    this.nanoClock = nanoClock;
  }

  @Override
  public void begin(String phase, int total) {
    this.phase = phase;
    this.total = total;
    this.done = 0;
    this.phaseStart = nanoClock.getAsLong();
    this.lastReport = phaseStart;
    sink.accept(total > 0 ? phase + ": " + EnglishCount.of(total, "document") : phase + "...");
  }

  @Override
  public void step() {
    done++;
    long now = nanoClock.getAsLong();
    if (now - lastReport >= intervalNanos && done < total) {
      lastReport = now;
      sink.accept(line());
    }
  }

  @Override
  public void end() {
    long millis = (nanoClock.getAsLong() - phaseStart) / 1_000_000;
    sink.accept(total > 0 ? line() + " in " + millis + " ms" : phase + ": done in " + millis
        + " ms");
  }

  private String line() {
    return String.format(Locale.ROOT, "%s: %d/%s (%d%%)", phase, done,
        EnglishCount.of(total, "document"), total == 0 ? 100 : done * 100L / total);
  }
}
