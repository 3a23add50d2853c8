package nl.buurtkennis.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Open file descriptors ({@code /proc/self/fd}) and heap used after a full GC, sampled during the
 * run. Growth from the first third of the run to the last third is what a leak looks like.
 */
final class ResourceSampler {
  /** More open files than this at the end than at the start is a leak, not noise. */
  static final int FD_SLACK = 16;
  /** The heap may grow by this factor (plus {@link #HEAP_SLACK_BYTES}) before it is a leak. */
  static final double HEAP_FACTOR = 1.5;
  static final long HEAP_SLACK_BYTES = 16L * 1024 * 1024;

  record Sample(long elapsedMillis, long openFiles, long heapBytes) {}

  private final List<Sample> samples = new ArrayList<>();
  private final long startNanos = System.nanoTime();

  synchronized void sample() {
    System.gc();
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    samples.add(new Sample((System.nanoTime() - startNanos) / 1_000_000, openFiles(), heap));
  }

  synchronized List<Sample> samples() {
    return List.copyOf(samples);
  }

  static long openFiles() {
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      return fds.count();
    } catch (IOException e) {
      return -1;
    }
  }

  /** What the samples say, one line each; {@code leaks} lists what grew past its slack. */
  record Verdict(List<String> lines, List<String> leaks) {}

  synchronized Verdict verdict() {
    List<String> lines = new ArrayList<>();
    List<String> leaks = new ArrayList<>();
    if (samples.size() < 3) {
      lines.add("too few resource samples (" + samples.size() + ") to judge growth");
      return new Verdict(lines, leaks);
    }
    int third = samples.size() / 3;
    List<Sample> first = samples.subList(0, third);
    List<Sample> last = samples.subList(samples.size() - third, samples.size());
    long firstFiles = first.stream().mapToLong(Sample::openFiles).max().orElse(0);
    long lastFiles = last.stream().mapToLong(Sample::openFiles).max().orElse(0);
    double firstHeap = median(first);
    double lastHeap = median(last);
    lines.add(String.format(Locale.ROOT,
        "open files: max %d in the first third, max %d in the last third (overall %d..%d)",
        firstFiles, lastFiles, samples.stream().mapToLong(Sample::openFiles).min().orElse(0),
        samples.stream().mapToLong(Sample::openFiles).max().orElse(0)));
    lines.add(String.format(Locale.ROOT,
        "heap after GC: median %.1f MB in the first third, %.1f MB in the last third",
        firstHeap / 1048576, lastHeap / 1048576));
    if (firstFiles >= 0 && lastFiles > firstFiles + FD_SLACK) {
      leaks.add("open files grew from " + firstFiles + " to " + lastFiles);
    }
    if (lastHeap > firstHeap * HEAP_FACTOR + HEAP_SLACK_BYTES) {
      leaks.add(String.format(Locale.ROOT, "heap grew from %.1f MB to %.1f MB",
          firstHeap / 1048576, lastHeap / 1048576));
    }
    return new Verdict(lines, leaks);
  }

  /** The median heap of {@code part}: a sample taken while clients allocate can be far off. */
  private static double median(List<Sample> part) {
    long[] heaps = part.stream().mapToLong(Sample::heapBytes).sorted().toArray();
    return heaps.length % 2 == 1 ? heaps[heaps.length / 2]
        : (heaps[heaps.length / 2 - 1] + heaps[heaps.length / 2]) / 2.0;
  }
}
