package nl.buurtkennis.bench;

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
 * WARMUP_SECONDS ROUNDS}
 */
public final class SearchTiming {
  private SearchTiming() {}

  public static void main(String[] args) throws Exception {
    List<BenchQuery> queries = QuerySet.read(Path.of(args[1]));
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
      long cpuStart = cpuNanos();
      for (int round = 0; round < rounds; round++) {
        for (int i = 0; i < requests.size(); i++) {
          long t = System.nanoTime();
          service.search(requests.get(i));
          latencies.add(queries.get(i).kind(), (System.nanoTime() - t) / 1e6);
        }
      }
      double cpuMsPerQuery = (cpuNanos() - cpuStart) / 1e6 / (rounds * (double) requests.size());
      latencies.byKind().forEach((kind, values) -> System.out.println(String.format(Locale.ROOT,
          "%-9s p50 %7.2f  p95 %7.2f  p99 %7.2f ms", kind, Latencies.percentile(values, 50),
          Latencies.percentile(values, 95), Latencies.percentile(values, 99))));
      System.out.println(String.format(Locale.ROOT, "cpu per query %.2f ms (this thread)",
          cpuMsPerQuery));
    }
  }

  /** CPU time of this thread: less disturbed than wall time on a machine shared with others. */
  private static long cpuNanos() {
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }
}
