package nl.buurtkennis.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import nl.buurtkennis.analysis.DutchCompounds;
import nl.buurtkennis.corpus.Corpus;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.index.IndexBuilder;
import nl.buurtkennis.index.IndexProgress;
import nl.buurtkennis.index.IndexUpdater;
import nl.buurtkennis.index.UpdateSummary;
import nl.buurtkennis.search.InvalidRequestException;
import nl.buurtkennis.search.SearchIndex;
import nl.buurtkennis.search.SearchRequest;
import nl.buurtkennis.search.SearchResponse;
import nl.buurtkennis.search.SearchService;
import nl.buurtkennis.search.SortOrder;

/**
 * The benchmark: {@code java -jar bench/target/bench.jar --docs N}. Generates a synthetic corpus,
 * indexes it with the engine and with Solr (in a JVM of its own), runs the fixed query set in
 * process and over HTTP on loopback, and prints one {@code RESULT} line per figure.
 */
public final class BenchMain {
  static final long DEFAULT_SEED = 20261128L;
  private static final double HTTP_WARMUP_ROUND_SECONDS = 5;
  private static final int MIN_HTTP_WARMUP_ROUNDS = 6;
  private static final int MAX_HTTP_WARMUP_ROUNDS = 12;
  private static final double SETTLED = 0.05;
  private final Options options;
  private final Results results = new Results();
  private final Path work;

  private BenchMain(Options options) {
    this.options = options;
    this.work = options.work;
  }

  /** The command line; every option has a default that suits a run from the repository root. */
  record Options(int docs, long seed, Path corpus, Path work, int warmupSeconds, int rounds,
      int clients, int httpSeconds, String maxHeap, boolean solr, boolean http, Path solrPeer,
      int port) {

    static Options parse(String[] args) {
      Map<String, String> values = new HashMap<>();
      for (int i = 0; i < args.length; i++) {
        if (!args[i].startsWith("--")) {
          throw new IllegalArgumentException("unexpected argument " + args[i]);
        }
        String name = args[i].substring(2);
        if (name.equals("no-solr") || name.equals("no-http")) {
          values.put(name, "true");
        } else if (i + 1 < args.length) {
          values.put(name, args[++i]);
        } else {
          throw new IllegalArgumentException("--" + name + " needs a value");
        }
      }
      int docs = Integer.parseInt(values.getOrDefault("docs", "10000"));
      long seed = values.containsKey("seed") ? Long.parseLong(values.get("seed")) : DEFAULT_SEED;
      return new Options(docs, seed,
          Path.of(values.getOrDefault("corpus", "corpus")),
          Path.of(values.getOrDefault("work", "bench/target/work")).resolve("docs-" + docs),
          Integer.parseInt(values.getOrDefault("warmup-seconds", "20")),
          Integer.parseInt(values.getOrDefault("rounds", "3")),
          Integer.parseInt(values.getOrDefault("clients", "4")),
          Integer.parseInt(values.getOrDefault("http-seconds", "10")),
          values.getOrDefault("xmx", "2g"),
          !values.containsKey("no-solr"), !values.containsKey("no-http"),
          Path.of(values.getOrDefault("solr-peer", "bench/solr-peer/target/solr-peer.jar")),
          Integer.parseInt(values.getOrDefault("port", "7170")));
    }
  }

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println("usage: java -jar bench/target/bench.jar --docs N [--seed S]"
          + " [--corpus corpus] [--work bench/target/work] [--warmup-seconds 20] [--rounds 3]"
          + " [--clients 4] [--http-seconds 10] [--xmx 2g] [--no-solr] [--no-http]"
          + " [--solr-peer bench/solr-peer/target/solr-peer.jar]"
          + " [--port 7170 (the engine's; Solr's the next)]");
      System.exit(2);
      return;
    }
    new BenchMain(options).run();
  }

  private void run() throws Exception {
    long start = System.nanoTime();
    Files.createDirectories(work);
    say("Benchmark of %d synthetic documents (seed %d) in %s; %d cores, load %s", options.docs,
        options.seed, work, Runtime.getRuntime().availableProcessors(), loadAverage());

    Corpus real = SyntheticCorpus.loadReal(options.corpus);
    SyntheticCorpus generator = new SyntheticCorpus(real);
    Path corpusDir = work.resolve("corpus");
    long t = System.nanoTime();
    generator.write(corpusDir, options.corpus.resolve("taxonomy.yml"), options.docs, options.seed);
    say("Generated (or reused) the corpus in %.1f s", seconds(t));

    // The corpus is checked whole but parsed batch by batch, never held parsed at once (at a
    // million documents it does not fit in the heap): the first pass keeps each document's id,
    // path and translation; Solr's file is written from one pass of batches, and the engine
    // builds from another, each batch parsed while its writing threads wait (not timed), as
    // Solr's peer reads its file in batches and times only adding them and the commit.
    t = System.nanoTime();
    StreamedCorpus stream = StreamedCorpus.scan(corpusDir);
    say("Checked %d documents in %.1f s", stream.documents(), seconds(t));
    Path solrDocs = work.resolve("solr-docs.txt");
    long[] textBytes = {0};
    t = System.nanoTime();
    SolrExchange.writeDocuments(stream.batches(StreamedCorpus.BATCH, false),
        stream.vocabulary().taxonomy(), solrDocs, docs -> textBytes[0] += textBytes(docs));
    say("Parsed %d documents (%.1f MB of text) and wrote Solr's file in %.1f s",
        stream.documents(), textBytes[0] / 1e6, seconds(t));

    Path engineIndex = work.resolve("engine-index");
    deleteTree(engineIndex);
    // Solr's core, with its analyzers' word lists, is loaded before its indexing is timed; the
    // engine's word lists likewise.
    DutchCompounds.load();
    t = System.nanoTime();
    IndexBuilder.BatchedBuild build = IndexBuilder.buildInBatches(engineIndex,
        stream.vocabulary().taxonomy(), stream.vocabulary().fingerprint(),
        stream.vocabulary().stamp(), stream.batches(StreamedCorpus.BATCH, true));
    double indexSeconds = build.writingNanos() / 1e9;
    results.engine("index_docs_per_s", build.documents() / indexSeconds, "docs/s");
    results.engine("index_mb_per_s", textBytes[0] / 1e6 / indexSeconds, "MB/s");
    results.engine("index_size_mb", size(engineIndex) / 1e6, "MB");
    say("Engine indexed in %.1f s (%.1f s with parsing its batches)", indexSeconds, seconds(t));

    List<Path> edited = generator.editOnePercent(corpusDir, options.docs, options.seed);
    Corpus corpus = SyntheticCorpus.loadReal(corpusDir);
    List<CorpusDocument> changed = new ArrayList<>();
    for (Path file : edited) {
      String id = file.getFileName().toString().replace(".md", "");
      corpus.document(id).ifPresent(changed::add);
    }
    Path solrUpdate = work.resolve("solr-update.txt");
    SolrExchange.writeDocuments(changed, corpus.taxonomy(), solrUpdate);
    // Both sides start from the parsed documents: the engine's incremental update (what
    // `indexer update` runs after validating) against Solr adding the changed documents.
    t = System.nanoTime();
    UpdateSummary update = IndexUpdater.update(corpus, engineIndex, IndexProgress.NONE);
    double updateSeconds = seconds(t);
    results.engine("update_1pct_s", updateSeconds, "s");
    say("Engine updated incrementally after editing %d documents in %.1f s: %s", changed.size(),
        updateSeconds, update.describe());

    List<BenchQuery> queries = QuerySet.generate(real.taxonomy(), real.documents(), options.seed);
    Path queryFile = work.resolve("queries.tsv");
    QuerySet.write(queryFile, queries);
    long[] engineHits = engineSearch(engineIndex, queries);

    Path solrUrls = work.resolve("solr-urls.txt");
    long[] solrHits = options.solr ? solrEmbedded(solrDocs, solrUpdate, queryFile, solrUrls,
        queries.size()) : null;
    if (solrHits != null) {
      compareHits(queries, engineHits, solrHits);
    }
    reportMatchShares(real, queries, engineHits, solrHits);
    if (options.http) {
      engineHttp(corpusDir, engineIndex, queries);
      if (options.solr) {
        solrHttp(solrUrls);
      }
    }
    say("Done in %.0f s; load %s", seconds(start), loadAverage());
    System.out.print(results.lines());
  }

  private long[] engineSearch(Path indexDir, List<BenchQuery> queries) throws IOException {
    List<SearchRequest> requests = queries.stream().map(BenchMain::request).toList();
    long[] hits = new long[requests.size()];
    try (SearchIndex index = SearchIndex.open(indexDir)) {
      SearchService service = new SearchService(index);
      long warmEnd = System.nanoTime() + options.warmupSeconds * 1_000_000_000L;
      while (System.nanoTime() < warmEnd) {
        requests.forEach(service::search);
      }
      Latencies latencies = new Latencies();
      for (int round = 0; round < options.rounds; round++) {
        for (int i = 0; i < requests.size(); i++) {
          long t = System.nanoTime();
          SearchResponse response = service.search(requests.get(i));
          latencies.add(queries.get(i).kind(), (System.nanoTime() - t) / 1e6);
          hits[i] = response.total();
        }
      }
      latencies.byKind().forEach((kind, values) -> {
        results.engine("search_" + kind + "_p50_ms", Latencies.percentile(values, 50), "ms");
        results.engine("search_" + kind + "_p95_ms", Latencies.percentile(values, 95), "ms");
        results.engine("search_" + kind + "_p99_ms", Latencies.percentile(values, 99), "ms");
      });
      say("Engine searched in process: p50 %.2f ms, p99 %.2f ms",
          Latencies.percentile(latencies.byKind().get("all"), 50),
          Latencies.percentile(latencies.byKind().get("all"), 99));
    }
    return hits;
  }

  /**
   * The query's total; none where it is refused, as a filter on a place no document of the real
   * corpus has (only text queries without filters are counted there).
   */
  private static long totalOn(SearchService service, BenchQuery query) {
    try {
      return service.search(request(query)).total();
    } catch (InvalidRequestException refused) {
      return 0;
    }
  }

  /**
   * How much of the real corpus and of the synthetic one the text queries match, by kind: the
   * realism check of the generator (see {@link MatchShares}).
   */
  private void reportMatchShares(Corpus real, List<BenchQuery> queries, long[] engineHits,
      long[] solrHits) throws IOException {
    Path realIndex = work.resolve("real-index");
    deleteTree(realIndex);
    IndexBuilder.build(real, realIndex);
    long[] realHits = new long[queries.size()];
    try (SearchIndex index = SearchIndex.open(realIndex)) {
      SearchService service = new SearchService(index);
      for (int round = 0; round < 2; round++) { // the first round warms up: no partial answers
        for (int i = 0; i < queries.size(); i++) {
          realHits[i] = totalOn(service, queries.get(i));
        }
      }
    }
    List<Map<String, Double>> shares = new ArrayList<>();
    shares.add(MatchShares.byKind(queries, realHits, real.documents().size()));
    shares.add(MatchShares.byKind(queries, engineHits, options.docs));
    if (solrHits != null) {
      shares.add(MatchShares.byKind(queries, solrHits, options.docs));
    }
    say("Share of the documents a text query without filters matches, by kind (engine on the"
        + " real corpus / engine on the synthetic one%s): %s", solrHits != null ? " / Solr on"
        + " the synthetic one" : "", MatchShares.describe(shares));
  }

  static SearchRequest request(BenchQuery query) {
    return new SearchRequest(query.text(), query.filters(), null, null, 1,
        SearchRequest.DEFAULT_SIZE, SortOrder.RELEVANCE, "nl");
  }

  private long[] solrEmbedded(Path docs, Path update, Path queries, Path urls, int count)
      throws IOException, InterruptedException {
    List<String> command = JvmProcess.java(options.maxHeap, "-jar", options.solrPeer.toString(),
        "embedded", work.resolve("solr-home").toAbsolutePath().toString(),
        docs.toAbsolutePath().toString(), update.toAbsolutePath().toString(),
        queries.toAbsolutePath().toString(), urls.toAbsolutePath().toString(),
        Integer.toString(options.warmupSeconds), Integer.toString(options.rounds));
    long[] hits = new long[count];
    Map<String, Double> metrics = new HashMap<>();
    try (JvmProcess solr = JvmProcess.startPiped(command, work.resolve("solr-embedded.log"))) {
      BufferedReader out = solr.stdout();
      String line;
      while ((line = out.readLine()) != null) {
        String[] parts = line.split(" ");
        if (parts[0].equals("METRIC")) {
          metrics.put(parts[1], Double.parseDouble(parts[2]));
        } else if (parts[0].equals("HITS")) {
          hits[Integer.parseInt(parts[1])] = Long.parseLong(parts[2]);
        }
      }
      if (solr.waitFor() != 0) {
        throw new IOException("the Solr peer failed; see " + work.resolve("solr-embedded.log"));
      }
    }
    double docsCount = options.docs;
    double indexSeconds = metrics.get("index_seconds");
    results.solr("index_docs_per_s", docsCount / indexSeconds, "docs/s");
    results.solr("index_mb_per_s", textBytes(docs) / 1e6 / indexSeconds, "MB/s");
    results.solr("index_size_mb", metrics.get("index_bytes") / 1e6, "MB");
    results.solr("update_1pct_s", metrics.get("update_seconds"), "s");
    metrics.forEach((name, value) -> {
      if (name.startsWith("search_")) {
        results.solr(name, value, "ms");
      }
    });
    say("Solr indexed in %.1f s (%.1f s with reading its batches) and searched in process:"
        + " p50 %.2f ms, p99 %.2f ms", indexSeconds, metrics.get("index_wall_seconds"),
        metrics.get("search_all_p50_ms"), metrics.get("search_all_p99_ms"));
    return hits;
  }

  private void compareHits(List<BenchQuery> queries, long[] engine, long[] solr) {
    int both = 0;
    int onlyEngine = 0;
    int onlySolr = 0;
    for (int i = 0; i < queries.size(); i++) {
      if (engine[i] > 0 && solr[i] > 0) {
        both++;
      } else if (engine[i] > 0) {
        onlyEngine++;
      } else if (solr[i] > 0) {
        onlySolr++;
      }
    }
    say("Queries with hits: both %d, only the engine %d, only Solr %d, neither %d", both,
        onlyEngine, onlySolr, queries.size() - both - onlyEngine - onlySolr);
  }

  private void engineHttp(Path corpusDir, Path indexDir, List<BenchQuery> queries)
      throws Exception {
    int port = options.port;
    Path jar = Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> command = JvmProcess.java(options.maxHeap, "-cp", jar.toString(),
        "nl.buurtkennis.server.ServerMain", "--corpus", corpusDir.toString(), "--index",
        indexDir.toString(), "--port", Integer.toString(port));
    try (JvmProcess server = JvmProcess.start(command, work.resolve("engine-server.log"))) {
      int status = HttpLoad.poll(port, "/health", 600_000);
      double startSeconds = server.secondsSinceStart();
      if (status != 200) {
        throw new IOException("the engine's server did not start; see "
            + work.resolve("engine-server.log"));
      }
      results.engine("start_s", startSeconds, "s");
      List<String> paths = queries.stream().map(BenchMain::apiPath).toList();
      load("engine", port, paths, List.of("/health"), server);
    }
  }

  private void solrHttp(Path urls) throws Exception {
    int port = options.port + 1;
    List<String> command = JvmProcess.java(options.maxHeap, "-jar", options.solrPeer.toString(),
        "serve", work.resolve("solr-home").toAbsolutePath().toString(), Integer.toString(port));
    try (JvmProcess solr = JvmProcess.start(command, work.resolve("solr-server.log"))) {
      int status = HttpLoad.poll(port, "/solr/bench/select?q=*:*&rows=0", 600_000);
      double startSeconds = solr.secondsSinceStart();
      if (status != 200) {
        throw new IOException("Solr's Jetty did not start; see " + work.resolve("solr-server.log"));
      }
      results.solr("start_s", startSeconds, "s");
      List<String> paths = Files.readAllLines(urls, StandardCharsets.UTF_8).stream()
          .map(q -> "/solr/bench/select" + q + "&wt=json").toList();
      load("solr", port, paths, List.of("/solr/admin/info/health"), solr);
    }
  }

  private void load(String who, int port, List<String> searches, List<String> ceiling,
      JvmProcess process) throws Exception {
    double warmup = warmUp(port, searches);
    HttpLoad.Outcome search = HttpLoad.run(port, searches, options.clients, 0,
        options.httpSeconds);
    HttpLoad.Outcome trivial = HttpLoad.run(port, ceiling, options.clients, 2,
        options.httpSeconds);
    double heap = process.heapUsedMb();
    say("%s over HTTP (%d clients, after %.0f s of warm-up): search %.0f/s p99 %.1f ms (%d"
        + " errors); %s %.0f/s (%d errors); heap %.0f MB", who, options.clients, warmup,
        search.perSecond(), search.p99(), search.errors(), ceiling.get(0), trivial.perSecond(),
        trivial.errors(), heap);
    add(who, "http_search_per_s", search.perSecond(), "requests/s");
    add(who, "http_search_p50_ms", search.p50(), "ms");
    add(who, "http_search_p99_ms", search.p99(), "ms");
    add(who, "http_trivial_per_s", trivial.perSecond(), "requests/s");
    add(who, "http_search_share_of_trivial", 100 * search.perSecond() / trivial.perSecond(), "%");
    add(who, "heap_used_mb", heap, "MB");
  }

  /**
   * Searches over HTTP for at least {@link #MIN_HTTP_WARMUP_ROUNDS} rounds and then until the
   * server's rate settles (a round within {@link #SETTLED} of the one before), for at most
   * {@link #MAX_HTTP_WARMUP_ROUNDS} rounds: a server just started still compiles its code while
   * the clients load it, and took 40 s or more to reach its steady rate at 100k, where a fixed
   * 10 s measured a third of it; its rate can also stall for a round or two on the way, so two
   * early rounds alike do not end the warm-up. Returns the seconds spent.
   */
  private double warmUp(int port, List<String> searches) throws InterruptedException {
    double previous = 0;
    int rounds = 0;
    while (rounds < MAX_HTTP_WARMUP_ROUNDS) {
      double rate = HttpLoad.run(port, searches, options.clients, 0, HTTP_WARMUP_ROUND_SECONDS)
          .perSecond();
      rounds++;
      if (rounds >= MIN_HTTP_WARMUP_ROUNDS && Math.abs(rate - previous) <= SETTLED * previous) {
        break;
      }
      previous = rate;
    }
    return rounds * HTTP_WARMUP_ROUND_SECONDS;
  }

  private void add(String who, String name, double value, String unit) {
    if (who.equals("engine")) {
      results.engine(name, value, unit);
    } else {
      results.solr(name, value, unit);
    }
  }

  static String apiPath(BenchQuery query) {
    StringBuilder path = new StringBuilder("/api/search?q=").append(encode(query.text()));
    query.filters().forEach((dim, values) -> values.forEach(
        v -> path.append('&').append(dim).append('=').append(encode(v))));
    return path.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static long textBytes(List<CorpusDocument> docs) {
    long bytes = 0;
    for (CorpusDocument doc : docs) {
      bytes += doc.title().getBytes(StandardCharsets.UTF_8).length
          + doc.summary().getBytes(StandardCharsets.UTF_8).length
          + doc.bodyText().getBytes(StandardCharsets.UTF_8).length;
      for (String keyword : doc.keywords()) {
        bytes += keyword.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return bytes;
  }

  /** The same text bytes, counted in the file Solr reads: title, summary, body and keywords. */
  private static long textBytes(Path solrDocs) throws IOException {
    long bytes = 0;
    try (BufferedReader in = Files.newBufferedReader(solrDocs, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("title_") || line.startsWith("summary_") || line.startsWith("body_")
            || line.startsWith("keywords_")) {
          String value = line.substring(line.indexOf('\t') + 1).replace("\\n", "\n");
          bytes += value.getBytes(StandardCharsets.UTF_8).length;
        }
      }
    }
    return bytes;
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static void say(String format, Object... args) {
    System.out.println("bench: " + String.format(Locale.ROOT, format, args));
    System.out.flush();
  }
}
