package nl.buurtkennis.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import nl.buurtkennis.corpus.Corpus;
import nl.buurtkennis.index.IndexBuilder;

/**
 * The engine's full build alone, on an existing corpus folder (for instance the synthetic one the
 * benchmark wrote): CPU time of the building thread and of the process, wall time and index size,
 * per round, so that two builds of the indexing code can be compared on a machine shared with
 * others. The first round also warms the JIT; compare the later ones.
 *
 * <p>{@code java -cp bench/target/bench.jar nl.buurtkennis.bench.IndexTiming CORPUS INDEX ROUNDS
 * [whole|streamed]}: {@code streamed} (the default, what {@link BenchMain} times) builds with
 * {@link IndexBuilder#buildInBatches}, the corpus parsed {@link StreamedCorpus#BATCH} documents
 * at a time while the writing threads wait, and reports the writing's wall time beside the
 * whole round's; {@code whole} parses the corpus once before the rounds and builds with
 * {@link IndexBuilder#build(Corpus, Path)}, as before. CPU figures of a streamed round include
 * its parsing.
 */
public final class IndexTiming {
  private IndexTiming() {}

  public static void main(String[] args) throws Exception {
    Path corpusDir = Path.of(args[0]);
    Path indexDir = Path.of(args[1]);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    boolean streamed = args.length <= 3 || args[3].equals("streamed");
    Corpus corpus = streamed ? null : SyntheticCorpus.loadReal(corpusDir);
    StreamedCorpus stream = streamed ? StreamedCorpus.scan(corpusDir) : null;
    for (int round = 1; round <= rounds; round++) {
      deleteTree(indexDir);
      long wall = System.nanoTime();
      long thread = threadCpuNanos();
      long process = processCpuNanos();
      int docs;
      String writing = "";
      if (streamed) {
        IndexBuilder.BatchedBuild build = IndexBuilder.buildInBatches(indexDir,
            stream.vocabulary().taxonomy(), stream.vocabulary().fingerprint(),
            stream.vocabulary().stamp(), stream.batches(StreamedCorpus.BATCH, true));
        docs = build.documents();
        writing = String.format(Locale.ROOT, ", writing %.2f s", build.writingNanos() / 1e9);
      } else {
        IndexBuilder.build(corpus, indexDir);
        docs = corpus.documents().size();
      }
      System.out.println(String.format(Locale.ROOT,
          "round %d: %d docs, wall %.2f s%s, thread cpu %.2f s, process cpu %.2f s, size %.2f MB",
          round, docs, (System.nanoTime() - wall) / 1e9, writing,
          (threadCpuNanos() - thread) / 1e9, (processCpuNanos() - process) / 1e9,
          size(indexDir) / 1e6));
    }
  }

  private static long threadCpuNanos() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
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
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
