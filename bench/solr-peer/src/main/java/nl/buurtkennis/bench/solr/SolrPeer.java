package nl.buurtkennis.bench.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * The benchmark's Solr side, run by the benchmark in a JVM of its own. Figures go to standard out
 * as {@code METRIC name value} lines.
 *
 * <pre>
 * embedded HOME DOCS UPDATE QUERIES URLS WARMUP_SECONDS ROUNDS
 *     builds HOME, indexes DOCS, re-adds UPDATE, runs QUERIES in process and writes their
 *     select URLs to URLS
 * serve HOME PORT
 *     serves HOME with Solr's own Jetty until standard input closes
 * </pre>
 */
public final class SolrPeer {
  private static final int BATCH = 1000;

  private SolrPeer() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "embedded" -> embedded(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]),
          Path.of(args[4]), Path.of(args[5]), Integer.parseInt(args[6]), Integer.parseInt(args[7]));
      case "serve" -> serve(Path.of(args[1]), Integer.parseInt(args[2]));
      default -> throw new IllegalArgumentException("unknown mode " + args[0]);
    }
  }

  private static void embedded(Path home, Path docs, Path update, Path queries, Path urls,
      int warmupSeconds, int rounds) throws Exception {
    deleteTree(home);
    SolrHome.write(home);
    try (EmbeddedSolrServer solr = new EmbeddedSolrServer(home, SolrHome.CORE)) {
      long start = System.nanoTime();
      metric("index_seconds", index(solr, docs) / 1e9);
      metric("index_wall_seconds", (System.nanoTime() - start) / 1e9);
      metric("index_bytes", size(home.resolve(SolrHome.CORE).resolve("data").resolve("index")));
      metric("update_seconds", index(solr, update) / 1e9);

      List<String[]> kindAndText = new ArrayList<>();
      List<ModifiableSolrParams> params = new ArrayList<>();
      for (String line : Files.readAllLines(queries, StandardCharsets.UTF_8)) {
        String[] cols = line.split("\t", -1);
        kindAndText.add(cols);
        params.add(SolrQueries.params(cols[1], cols[2]));
      }
      try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(urls, StandardCharsets.UTF_8))) {
        params.forEach(p -> out.println(p.toQueryString()));
      }
      long warmEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
      while (System.nanoTime() < warmEnd) {
        for (ModifiableSolrParams p : params) {
          solr.query(p);
        }
      }
      Map<String, List<Double>> byKind = new LinkedHashMap<>();
      for (int round = 0; round < rounds; round++) {
        for (int i = 0; i < params.size(); i++) {
          long t = System.nanoTime();
          long found = solr.query(params.get(i)).getResults().getNumFound();
          double ms = (System.nanoTime() - t) / 1e6;
          byKind.computeIfAbsent(kindAndText.get(i)[0], k -> new ArrayList<>()).add(ms);
          byKind.computeIfAbsent("all", k -> new ArrayList<>()).add(ms);
          if (round == 0) {
            System.out.println("HITS " + i + " " + found);
          }
        }
      }
      byKind.forEach((kind, values) -> {
        metric("search_" + kind + "_p50_ms", percentile(values, 50));
        metric("search_" + kind + "_p95_ms", percentile(values, 95));
        metric("search_" + kind + "_p99_ms", percentile(values, 99));
      });
    }
  }

  /**
   * Adds the documents of {@code file} in batches and commits; the nanoseconds spent adding and
   * committing, not reading: like the engine's side, indexing is timed from parsed documents.
   * Only one batch is held at a time, so that a million documents fit in the peer's heap (merges
   * running in the background while the next batch is read are not timed; the wall time, reading
   * included, is reported beside it).
   */
  private static long index(EmbeddedSolrServer solr, Path file)
      throws IOException, SolrServerException {
    long nanos = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<SolrInputDocument> batch = read(in, BATCH);
      while (!batch.isEmpty()) {
        long start = System.nanoTime();
        solr.add(batch);
        nanos += System.nanoTime() - start;
        batch = read(in, BATCH);
      }
    }
    long start = System.nanoTime();
    solr.commit();
    return nanos + System.nanoTime() - start;
  }

  private static void serve(Path home, int port) throws Exception {
    JettySolrRunner jetty = new JettySolrRunner(home.toString(),
        JettyConfig.builder().setPort(port).setContext("/solr").build());
    jetty.start();
    System.out.println("READY " + jetty.getLocalPort());
    System.out.flush();
    while (System.in.read() >= 0) {
      // serve until the benchmark closes our standard input
    }
    jetty.stop();
  }

  /**
   * Up to {@code max} documents as the benchmark writes them: "field\tvalue" lines, a blank line
   * after each; none at the end of the file.
   */
  static List<SolrInputDocument> read(BufferedReader in, int max) throws IOException {
    List<SolrInputDocument> docs = new ArrayList<>();
    SolrInputDocument doc = new SolrInputDocument();
    String line;
    while (docs.size() < max && (line = in.readLine()) != null) {
      if (line.isEmpty()) {
        if (!doc.isEmpty()) {
          docs.add(doc);
        }
        doc = new SolrInputDocument();
        continue;
      }
      int tab = line.indexOf('\t');
      String field = line.substring(0, tab);
      String value = unescape(line.substring(tab + 1));
      doc.addField(field, field.equals("year") ? (Object) Integer.valueOf(value) : value);
    }
    if (!doc.isEmpty()) {
      docs.add(doc);
    }
    return docs;
  }

  private static String unescape(String value) {
    if (value.indexOf('\\') < 0) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        char n = value.charAt(++i);
        out.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  static double percentile(List<Double> values, double p) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  private static void metric(String name, double value) {
    System.out.println("METRIC " + name + " " + value);
    System.out.flush();
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

}
