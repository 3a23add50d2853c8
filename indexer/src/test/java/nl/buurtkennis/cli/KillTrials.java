package nl.buurtkennis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.buurtkennis.index.IndexCommitInfo;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.testing.TempCorpus;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * kill -9 trials for an indexer command: the command runs in a child JVM over a corpus large
 * enough to take a while, and is killed (SIGKILL, {@link Process#destroyForcibly()}) at a random
 * moment from a seeded generator. After each kill the index must pass {@link CheckIndex} and hold
 * exactly the documents of one commit, the last one before the kill or the one the killed run
 * wrote, never a mix; and the same command run again (after every fourth kill, in process) must succeed.
 *
 * <p>Two corpora with disjoint ids take turns, so every trial moves the index from one whole
 * state to the other.
 */
final class KillTrials {
  /** The command line of the indexer command to try, for a corpus and an index folder. */
  @FunctionalInterface
  interface Command {
    List<String> args(Path corpus, Path index);
  }

  /** {@code <verb> --corpus C --index I}, the shape of {@code build} (and {@code update}). */
  static Command cli(String verb) {
    return (corpus, index) -> List.of(verb, "--corpus", corpus.toString(), "--index",
        index.toString());
  }

  private final Path work;
  private final int documents;
  private final long seed;

  KillTrials(Path work, int documents, long seed) {
    this.work = work;
    this.documents = documents;
    this.seed = seed;
  }

  /** Runs {@code trials} killed runs of {@code command}; returns a line of figures. */
  String run(Command command, int trials) throws Exception {
    Path[] corpora = {corpus("a"), corpus("b")};
    List<Set<String>> idsOf = List.of(expectedIds("a"), expectedIds("b"));
    Path index = work.resolve("index");

    long start = System.nanoTime();
    assertEquals(0, child(command.args(corpora[0], index)).waitFor(), "the first run succeeds");
    long fullMillis = (System.nanoTime() - start) / 1_000_000;
    Set<String> committed = verified(index, idsOf.get(0), idsOf.get(0));

    Random random = new Random(seed);
    int kept = 0;
    int landed = 0;
    for (int trial = 0; trial < trials; trial++) {
      int target = committed.equals(idsOf.get(0)) ? 1 : 0;
      long delay = (long) (random.nextDouble() * fullMillis * 1.1);
      Process process = child(command.args(corpora[target], index));
      boolean finished = process.waitFor(delay, TimeUnit.MILLISECONDS);
      process.destroyForcibly();
      int exit = process.waitFor();
      Set<String> now = verified(index, committed, idsOf.get(target));
      if (finished && exit == 0) {
        assertEquals(idsOf.get(target), now, "trial " + trial + ": a finished run committed");
      }
      if (now.equals(committed)) {
        kept++;
      } else {
        landed++;
      }
      committed = now;
      if (trial % 4 != 3) {
        continue;
      }
      // The next run after a kill must succeed and give the whole target corpus.
      int next = committed.equals(idsOf.get(0)) ? 1 : 0;
      assertEquals(0, inProcess(command.args(corpora[next], index)),
          "trial " + trial + ": the run after the kill succeeds");
      committed = verified(index, idsOf.get(next), idsOf.get(next));
    }
    return trials + " kills at random moments over a " + fullMillis + " ms run: " + kept
        + " kept the previous commit, " + landed + " had committed the new one";
  }

  /** Checks the index and returns its ids, which must be exactly {@code before} or {@code after}. */
  private static Set<String> verified(Path index, Set<String> before, Set<String> after)
      throws IOException {
    try (Directory directory = FSDirectory.open(index)) {
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      CheckIndex.Status status;
      try (CheckIndex check = new CheckIndex(directory)) {
        check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
        status = check.checkIndex();
      }
      assertTrue(status.clean, () -> "CheckIndex:\n" + log.toString(StandardCharsets.UTF_8));
      Set<String> ids = new HashSet<>();
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        StoredFields stored = reader.storedFields();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
          ids.add(stored.document(doc).get(IndexSchema.ID));
        }
        assertEquals(ids.size(), reader.numDocs(), "no duplicate and no deleted documents");
      }
      assertTrue(ids.equals(before) || ids.equals(after),
          () -> "the index holds " + ids.size() + " documents that are neither the previous "
              + before.size() + " nor the new " + after.size());
      assertEquals(ids.size(), IndexCommitInfo.read(index).orElseThrow().documents(),
          "the commit's own count matches what it serves");
      return ids;
    }
  }

  private Process child(List<String> args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), IndexerMain.class.getName()));
    command.addAll(args);
    return new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static int inProcess(List<String> args) {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return new IndexerMain(quiet, quiet).run(args);
  }

  private Path corpus(String prefix) throws IOException {
    TempCorpus corpus = TempCorpus.create(work.resolve(prefix));
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      body.append("Bewoners van de wijk houden samen toezicht en melden verdachte situaties aan de"
          + " politie via de buurtapp; de wijkagent koppelt terug. ");
    }
    for (int i = 0; i < documents; i++) {
      String id = prefix + "-" + i;
      corpus.document(id + ".md", TempCorpus.doc(id, "keywords: [buurt, " + id + "]\n",
          "Inleiding " + i + ".\n\n## Werkwijze\n\n" + body + "\n\n## Resultaat\n\n" + body + "\n"));
    }
    return corpus.dir();
  }

  private Set<String> expectedIds(String prefix) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < documents; i++) {
      ids.add(prefix + "-" + i);
    }
    return ids;
  }
}
