package nl.buurtkennis.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.buurtkennis.corpus.Corpus;

/**
 * Writes the benchmark's synthetic corpus and its query set, without running the benchmark: to
 * time a build with {@link IndexTiming} and searches with {@link SearchTiming} at a size where the
 * whole run takes over an hour, or to try the server on a large corpus.
 *
 * <p>{@code java -cp bench/target/bench.jar nl.buurtkennis.bench.GenerateCorpus DOCS DIR [SEED]}
 * (from the repository root: the real corpus in {@code corpus/} is the model); writes
 * {@code DIR/corpus} and {@code DIR/queries.tsv}.
 */
public final class GenerateCorpus {
  private GenerateCorpus() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: GenerateCorpus DOCS DIR [SEED]");
      System.exit(2);
    }
    int docs = Integer.parseInt(args[0]);
    Path dir = Path.of(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : BenchMain.DEFAULT_SEED;
    Path realDir = Path.of("corpus");
    Corpus real = SyntheticCorpus.loadReal(realDir);
    Files.createDirectories(dir);
    new SyntheticCorpus(real).write(dir.resolve("corpus"), realDir.resolve("taxonomy.yml"), docs,
        seed);
    QuerySet.write(dir.resolve("queries.tsv"),
        QuerySet.generate(real.taxonomy(), real.documents(), seed));
    System.out.println("wrote " + docs + " documents to " + dir.resolve("corpus") + " and "
        + dir.resolve("queries.tsv"));
  }
}
