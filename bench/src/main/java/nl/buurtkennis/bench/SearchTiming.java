package nl.buurtkennis.bench;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.buurtkennis.search.SearchIndex;
import nl.buurtkennis.search.SearchRequest;
import nl.buurtkennis.search.SearchService;

/**
 * The engine's in-process search latency alone, on an existing index: to compare two builds of the
 * search code (put this class first on the class path, then either build's jar) run by run.
 *
 * <p>{@code java -cp bench/target/classes:OTHER.jar nl.buurtkennis.bench.SearchTiming INDEX QUERIES
 * WARMUP_SECONDS ROUNDS [KINDS]}
 *
 * <p>KINDS, optional, is a comma-separated list of query kinds ({@code words,phrase}): only those
 * queries are warmed up and timed, for a profile of a few kinds.
 */
public final class SearchTiming {
  private SearchTiming() {}

  public static void main(String[] args) throws Exception {
    List<BenchQuery> queries = QuerySet.read(Path.of(args[1]));
    if (args.length > 4) {
      List<String> kinds = List.of(args[4].split(","));
      queries = queries.stream().filter(q -> kinds.contains(q.kind())).toList();
    }
    List<SearchRequest> requests = queries.stream().map(BenchMain::request).toList();
    int warmupSeconds = Integer.parseInt(args[2]);
    int rounds = Integer.parseInt(args[3]);
    try (SearchIndex index = SearchIndex.open(Path.of(args[0]))) {
      SearchService service = new SearchService(index);
      long warmEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
      while (System.nanoTime() < warmEnd) {
        requests.forEach(service::search);
      }
      Latencies latencies = new Latencies();
      Latencies cpuByKind = new Latencies();
      long cpuStart = cpuNanos();
      long processCpuStart = processCpuNanos();
      long allocatedStart = allocatedBytes();
      for (int round = 0; round < rounds; round++) {
        for (int i = 0; i < requests.size(); i++) {
          long cpu = cpuNanos();
          long t = System.nanoTime();
          service.search(requests.get(i));
          latencies.add(queries.get(i).kind(), (System.nanoTime() - t) / 1e6);
          cpuByKind.add(queries.get(i).kind(), (cpuNanos() - cpu) / 1e6);
        }
      }
      double searches = rounds * (double) requests.size();
      double cpuMsPerQuery = (cpuNanos() - cpuStart) / 1e6 / searches;
      double processCpuMsPerQuery = (processCpuNanos() - processCpuStart) / 1e6 / searches;
      double allocatedMbPerQuery = (allocatedBytes() - allocatedStart) / 1e6 / searches;
      latencies.byKind().forEach((kind, values) -> System.out.println(String.format(Locale.ROOT,
          "%-9s p50 %7.2f  p95 %7.2f  p99 %7.2f ms", kind, Latencies.percentile(values, 50),
          Latencies.percentile(values, 95), Latencies.percentile(values, 99))));
      cpuByKind.byKind().forEach((kind, values) -> System.out.println(String.format(Locale.ROOT,
          "%-9s cpu %6.2f ms per query (this thread)", kind, Latencies.mean(values))));
      System.out.println(String.format(Locale.ROOT, "cpu per query %.2f ms (this thread)",
          cpuMsPerQuery));
      System.out.println(String.format(Locale.ROOT,
          "cpu per query %.2f ms (the process: with the segment threads, the JIT and the GC)",
          processCpuMsPerQuery));
      System.out.println(String.format(Locale.ROOT, "allocated per query %.1f MB (all threads)",
          allocatedMbPerQuery));
    }
  }

  /**
   * CPU time of the process: what a search costs a busy server, where the threads that read the
   * segments side by side compete with other requests.
   */
  private static long processCpuNanos() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Bytes allocated so far by the threads alive now (the searching one and the segment threads). */
  private static long allocatedBytes() {
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long total = 0;
    for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
      total += Math.max(0, bytes);
    }
    return total;
  }

  /** CPU time of this thread: less disturbed than wall time on a machine shared with others. */
  private static long cpuNanos() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }
}
