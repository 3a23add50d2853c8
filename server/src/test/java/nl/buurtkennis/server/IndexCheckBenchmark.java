package nl.buurtkennis.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.index.IndexBuilder;
import nl.buurtkennis.testing.TempCorpus;

/**
 * Prints what the start-up integrity check costs on a large index: {@code java -cp <server test
 * class path> nl.buurtkennis.server.IndexCheckBenchmark [documents]} (default 100,000).
 */
public final class IndexCheckBenchmark {
  private IndexCheckBenchmark() {}

  public static void main(String[] args) throws Exception {
    int documents = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path work = Files.createTempDirectory("index-check-bench");
    TempCorpus corpus = TempCorpus.create(work);
    String body = "Bewoners houden samen toezicht in de wijk en melden verdachte situaties aan de"
        + " politie; de wijkagent koppelt terug en bespreekt de meldingen in het buurtoverleg. ";
    for (int i = 0; i < documents; i++) {
      corpus.document("d-" + i + ".md", TempCorpus.doc("d-" + i, "keywords: [k" + (i % 500) + "]\n",
          "## Werkwijze\n\n" + body.repeat(1 + i % 8) + i + "\n"));
    }
    Path index = work.resolve("index");
    IndexBuilder.build(CorpusLoader.load(corpus.dir()).corpus().orElseThrow(), index);
    long bytes;
    try (Stream<Path> files = Files.list(index)) {
      bytes = files.mapToLong(p -> p.toFile().length()).sum();
    }
    for (int run = 1; run <= 3; run++) {
      long start = System.nanoTime();
      IndexIntegrity.check(index);
      System.out.printf("run %d: checked %,d documents, %,d MB, in %d ms%n", run, documents,
          bytes / 1024 / 1024, (System.nanoTime() - start) / 1_000_000);
    }
  }
}
