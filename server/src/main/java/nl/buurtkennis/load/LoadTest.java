package nl.buurtkennis.load;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import nl.buurtkennis.corpus.Corpus;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.index.IndexBuilder;
import nl.buurtkennis.reindex.Reindexer;
import nl.buurtkennis.search.SearchIndex;
import nl.buurtkennis.search.SearchService;
import nl.buurtkennis.web.WebApp;

/**
 * The load test, run on demand (not part of {@code mvn verify}): serves a copy of the corpus in
 * this JVM, lets concurrent clients send a realistic mix of requests for some minutes while the
 * corpus is re-indexed again and again, and reports throughput, latency percentiles, and open
 * files and heap over the run. Exits 1 when any request failed, 3 when open files or heap grew.
 *
 * <pre>java -cp server/target/server.jar nl.buurtkennis.load.LoadTest [--clients 8] [--minutes 3]</pre>
 */
public final class LoadTest {
  private static final int SHOWN_FAILURES = 10;

  private LoadTest() {}

  public static void main(String[] args) throws Exception {
    LoadOptions options;
    try {
      options = LoadOptions.parse(List.of(args));
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(LoadOptions.USAGE);
      System.exit(2);
      return;
    }
    System.exit(run(options));
  }

  static int run(LoadOptions options) throws Exception {
    Path work = Files.createTempDirectory("buurtkennis-load");
    Path corpusDir = work.resolve("corpus");
    Path indexDir = work.resolve("index");
    copy(options.corpus(), corpusDir);
    Corpus corpus = CorpusLoader.load(corpusDir).orThrow();
    IndexBuilder.build(corpus, indexDir);
    List<Path> documents;
    try (Stream<Path> files = Files.walk(corpusDir.resolve(CorpusLoader.DOCUMENTS_DIR))) {
      documents = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }

    try (SearchIndex index = SearchIndex.open(indexDir)) {
      Javalin app = WebApp.create(new SearchService(index)).start("127.0.0.1", 0);
      try {
        Reindexer reindexer = new Reindexer(corpusDir, indexDir, () -> refresh(index));
        return drive(options, new QueryMix(corpus), reindexer, documents,
            "http://127.0.0.1:" + app.port());
      } finally {
        app.stop();
      }
    } finally {
      delete(work);
    }
  }

  private static int drive(LoadOptions options, QueryMix mix, Reindexer reindexer,
      List<Path> documents, String base) throws Exception {
    long startNanos = System.nanoTime();
    long deadline = startNanos + options.duration().toNanos();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    ResourceSampler sampler = new ResourceSampler();
    sampler.sample();
    ScheduledExecutorService sampling = Executors.newSingleThreadScheduledExecutor();
    sampling.scheduleAtFixedRate(sampler::sample, options.samplePeriod().toMillis(),
        options.samplePeriod().toMillis(), TimeUnit.MILLISECONDS);
    CorpusChurn churn = new CorpusChurn(reindexer, documents, options.reindexPause().toMillis(),
        deadline);
    Thread churning = new Thread(churn, "corpus-churn");
    churning.start();

    List<Latencies> latencies = new ArrayList<>();
    AtomicLong failures = new AtomicLong();
    ConcurrentLinkedQueue<String> failureNotes = new ConcurrentLinkedQueue<>();
    Map<String, AtomicLong> perKind = new ConcurrentHashMap<>();
    List<Thread> clients = new ArrayList<>();
    for (int c = 0; c < options.clients(); c++) {
      Latencies mine = new Latencies();
      latencies.add(mine);
      Random random = new Random(1000 + c);
      Thread client = new Thread(() -> {
        while (System.nanoTime() < deadline) {
          String path = mix.next(random);
          perKind.computeIfAbsent(kind(path), k -> new AtomicLong()).incrementAndGet();
          long sent = System.nanoTime();
          String problem = request(http, base + path);
          mine.add((System.nanoTime() - sent) / 1000);
          if (problem != null) {
            failures.incrementAndGet();
            if (failureNotes.size() < SHOWN_FAILURES) {
              failureNotes.add(path + " → " + problem);
            }
          }
        }
      }, "client-" + c);
      clients.add(client);
      client.start();
    }
    for (Thread client : clients) {
      client.join();
    }
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    churning.join();
    sampling.shutdown();
    sampling.awaitTermination(1, TimeUnit.MINUTES);
    sampler.sample();

    Latencies all = Latencies.merge(latencies);
    ResourceSampler.Verdict verdict = sampler.verdict();
    System.out.printf(Locale.ROOT, "Load test: %d clients for %.0f s on %d processors%n",
        options.clients(), seconds, Runtime.getRuntime().availableProcessors());
    System.out.printf(Locale.ROOT, "requests: %d, failed: %d, throughput: %.1f requests/s%n",
        all.count(), failures.get(), all.count() / seconds);
    System.out.printf(Locale.ROOT, "latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n",
        all.percentileMillis(50), all.percentileMillis(95), all.percentileMillis(99),
        all.percentileMillis(100));
    System.out.println("mix: " + perKind.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
        .map(e -> e.getKey() + " " + e.getValue().get()).reduce((a, b) -> a + ", " + b)
        .orElse("-"));
    System.out.printf(Locale.ROOT, "re-indexes during the run: %d succeeded, %d failed%s%n",
        churn.succeeded(), churn.failed(),
        churn.lastProblem() == null ? "" : " (last: " + churn.lastProblem() + ")");
    verdict.lines().forEach(System.out::println);
    System.out.println("samples (s, open files, heap MB): " + sampler.samples().stream()
        .map(s -> String.format(Locale.ROOT, "%d/%d/%.0f", s.elapsedMillis() / 1000,
            s.openFiles(), s.heapBytes() / 1048576.0))
        .reduce((a, b) -> a + " " + b).orElse("-"));
    failureNotes.forEach(note -> System.out.println("FAILED " + note));
    verdict.leaks().forEach(leak -> System.out.println("LEAK? " + leak));
    if (failures.get() > 0 || churn.failed() > 0) {
      return 1;
    }
    return verdict.leaks().isEmpty() ? 0 : 3;
  }

  /** Sends one GET; null when it answered 200 with a body, else what went wrong. */
  private static String request(HttpClient http, String url) {
    try {
      HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url))
          .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        return "status " + response.statusCode() + ": "
            + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)
                .substring(0, Math.min(200, response.body().length));
      }
      return response.body().length == 0 ? "empty body" : null;
    } catch (IOException e) {
      return e.toString();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  private static String kind(String path) {
    String route = path.replaceAll("\\?.*", "").replaceAll("/documents/[^/]+", "/documents/{id}");
    return route;
  }

  private static void refresh(SearchIndex index) {
    try {
      index.refresh();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path path : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(path);
      }
    }
  }
}
