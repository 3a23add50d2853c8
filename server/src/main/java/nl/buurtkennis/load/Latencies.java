package nl.buurtkennis.load;

import java.util.Arrays;

/** Request durations in microseconds, one instance per client thread, merged at the end. */
final class Latencies {
  private long[] micros = new long[4096];
  private int count;

  void add(long durationMicros) {
    if (count == micros.length) {
      micros = Arrays.copyOf(micros, count * 2);
    }
    micros[count++] = durationMicros;
  }

  int count() {
    return count;
  }

  static Latencies merge(Iterable<Latencies> parts) {
    Latencies all = new Latencies();
    for (Latencies part : parts) {
      for (int i = 0; i < part.count; i++) {
        all.add(part.micros[i]);
      }
    }
    Arrays.sort(all.micros, 0, all.count);
    return all;
  }

  /** The {@code p}-th percentile (nearest rank) in milliseconds of a merged, sorted set. */
  double percentileMillis(double p) {
    if (count == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * count);
    return micros[Math.max(0, Math.min(count, rank) - 1)] / 1000.0;
  }
}
