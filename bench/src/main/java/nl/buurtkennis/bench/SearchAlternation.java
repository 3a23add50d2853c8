package nl.buurtkennis.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Two or more builds of the search code in one JVM, each jar in a class loader of its own (its
 * own Lucene, index reader and segment threads), searching the same index query by query in
 * turn, the order turning with each query and round: on a machine whose speed swings by 30% and
 * more from one minute to the next, the builds see the same machine. Prints, by kind and build,
 * the request thread's wall time at p50, its CPU and its allocation per query, and the CPU and
 * allocation of the build's segment threads per query (the threads named {@code segment-search-}
 * that appear while the build runs its queries once after it is loaded; the JIT's and the
 * collector's work is in no column).
 *
 * <p>{@code java -Xmx1200m -cp bench/target/classes nl.buurtkennis.bench.SearchAlternation INDEX
 * QUERIES WARMUP_SECONDS ROUNDS KINDS JAR...}, KINDS a comma-separated list of query kinds or
 * {@code -} for all; each JAR a whole bench jar ({@code bench/target/bench.jar} of a build).
 */
public final class SearchAlternation {
  private SearchAlternation() {}

  /** One build: its searcher, its requests and what they measured. */
  private static final class Build {
    String name;
    Object service;
    Method search;
    final List<Object> requests = new ArrayList<>();
    final List<String> kinds = new ArrayList<>();
    final Map<String, List<Double>> wall = new TreeMap<>();
    final Map<String, Double> cpu = new TreeMap<>();
    final Map<String, Long> allocated = new TreeMap<>();
    final Map<String, Double> segmentCpu = new TreeMap<>();
    final Map<String, Long> segmentAllocated = new TreeMap<>();
    long[] segmentThreads = new long[0];
  }

  public static void main(String[] args) throws Exception {
    Path index = Path.of(args[0]);
    Path queries = Path.of(args[1]);
    int warmupSeconds = Integer.parseInt(args[2]);
    int rounds = Integer.parseInt(args[3]);
    Set<String> kinds = args[4].equals("-") ? null : new HashSet<>(List.of(args[4].split(",")));
    List<Build> builds = new ArrayList<>();
    for (int j = 5; j < args.length; j++) {
      builds.add(load(Path.of(args[j]), index, queries, kinds));
    }
    long warmEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
    while (System.nanoTime() < warmEnd) {
      for (Build build : builds) {
        for (Object request : build.requests) {
          build.search.invoke(build.service, request);
        }
      }
    }
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    int count = builds.get(0).requests.size();
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < count; i++) {
        for (int k = 0; k < builds.size(); k++) {
          Build build = builds.get((k + i + round) % builds.size());
          long segmentCpu = sum(threads.getThreadCpuTime(build.segmentThreads));
          long segmentAllocated = sum(threads.getThreadAllocatedBytes(build.segmentThreads));
          long allocated = threads.getCurrentThreadAllocatedBytes();
          long cpu = threads.getCurrentThreadCpuTime();
          long start = System.nanoTime();
          build.search.invoke(build.service, build.requests.get(i));
          double wallMs = (System.nanoTime() - start) / 1e6;
          double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
          long bytes = threads.getCurrentThreadAllocatedBytes() - allocated;
          double segmentCpuMs =
              (sum(threads.getThreadCpuTime(build.segmentThreads)) - segmentCpu) / 1e6;
          long segmentBytes =
              sum(threads.getThreadAllocatedBytes(build.segmentThreads)) - segmentAllocated;
          for (String kind : List.of(build.kinds.get(i), "all")) {
            build.wall.computeIfAbsent(kind, x -> new ArrayList<>()).add(wallMs);
            build.cpu.merge(kind, cpuMs, Double::sum);
            build.allocated.merge(kind, bytes, Long::sum);
            build.segmentCpu.merge(kind, segmentCpuMs, Double::sum);
            build.segmentAllocated.merge(kind, segmentBytes, Long::sum);
          }
        }
      }
    }
    for (String kind : builds.get(0).wall.keySet()) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-9s", kind));
      for (Build build : builds) {
        List<Double> wall = new ArrayList<>(build.wall.get(kind));
        Collections.sort(wall);
        line.append(String.format(Locale.ROOT,
            " | %s p50 %6.2f cpu %6.2f ms alloc %5.2f MB, segment threads %6.2f ms %5.2f MB",
            build.name, wall.get(wall.size() / 2), build.cpu.get(kind) / wall.size(),
            build.allocated.get(kind) / 1e6 / wall.size(),
            build.segmentCpu.get(kind) / wall.size(),
            build.segmentAllocated.get(kind) / 1e6 / wall.size()));
      }
      System.out.println(line);
    }
    System.exit(0); // the builds' segment threads are not daemons
  }

  private static long sum(long[] values) {
    long sum = 0;
    for (long value : values) {
      sum += Math.max(0, value); // -1: a thread that has ended
    }
    return sum;
  }

  /** The ids of the live threads named as the engine names its segment threads. */
  private static Set<Long> segmentThreads() {
    Set<Long> ids = new HashSet<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith("segment-search-")) {
        ids.add(thread.getId());
      }
    }
    return ids;
  }

  /** The build in {@code jar}: its requests for the queries of {@code kinds}, its index open. */
  private static Build load(Path jar, Path index, Path queries, Set<String> kinds)
      throws Exception {
    Build build = new Build();
    build.name = jar.getFileName().toString();
    ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
        ClassLoader.getPlatformClassLoader());
    Thread.currentThread().setContextClassLoader(loader);
    Method read = loader.loadClass(QuerySet.class.getName())
        .getDeclaredMethod("read", Path.class);
    read.setAccessible(true);
    Class<?> queryClass = loader.loadClass(BenchQuery.class.getName());
    Method request = loader.loadClass(BenchMain.class.getName())
        .getDeclaredMethod("request", queryClass);
    request.setAccessible(true);
    Method kind = queryClass.getDeclaredMethod("kind");
    kind.setAccessible(true);
    for (Object query : (List<?>) read.invoke(null, queries)) {
      String itsKind = (String) kind.invoke(query);
      if (kinds == null || kinds.contains(itsKind)) {
        build.kinds.add(itsKind);
        build.requests.add(request.invoke(null, query));
      }
    }
    Class<?> indexClass = loader.loadClass("nl.buurtkennis.search.SearchIndex");
    Object opened = indexClass.getMethod("open", Path.class).invoke(null, index);
    Class<?> serviceClass = loader.loadClass("nl.buurtkennis.search.SearchService");
    build.service = serviceClass.getConstructor(indexClass).newInstance(opened);
    build.search = serviceClass.getMethod("search",
        loader.loadClass("nl.buurtkennis.search.SearchRequest"));
    // the segment threads this build starts are those that appear while it searches alone
    Set<Long> before = segmentThreads();
    for (Object each : build.requests) {
      build.search.invoke(build.service, each);
    }
    Set<Long> started = segmentThreads();
    started.removeAll(before);
    build.segmentThreads = started.stream().mapToLong(Long::longValue).toArray();
    System.out.println(build.name + ": " + started.size() + " segment threads");
    return build;
  }
}
