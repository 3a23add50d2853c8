package nl.buurtkennis.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.buurtkennis.reindex.ReindexOutcome;
import nl.buurtkennis.reindex.Reindexer;

/**
 * Re-indexes the corpus again and again while the clients run, the way a librarian saving files
 * would: before each run one document gets a new last line, so every commit differs from the one
 * before and the server has to switch readers under load.
 */
final class CorpusChurn implements Runnable {
  private static final String MARK = "\n\nLoad test revision ";

  private final Reindexer reindexer;
  private final List<Path> documents;
  private final long pauseMillis;
  private final long deadlineNanos;
  private final AtomicInteger succeeded = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private volatile String lastProblem;

  CorpusChurn(Reindexer reindexer, List<Path> documents, long pauseMillis, long deadlineNanos) {
    this.reindexer = reindexer;
    this.documents = documents;
    this.pauseMillis = pauseMillis;
    this.deadlineNanos = deadlineNanos;
  }

  @Override
  public void run() {
    for (int revision = 1; System.nanoTime() < deadlineNanos; revision++) {
      try {
        touch(documents.get(revision % documents.size()), revision);
        ReindexOutcome outcome = reindexer.runNow();
        if (outcome.succeeded()) {
          succeeded.incrementAndGet();
        } else {
          failed.incrementAndGet();
          lastProblem = String.join("; ", outcome.problems());
        }
        Thread.sleep(pauseMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (Exception e) {
        failed.incrementAndGet();
        lastProblem = e.toString();
      }
    }
  }

  private static void touch(Path document, int revision) throws IOException {
    String text = Files.readString(document, StandardCharsets.UTF_8);
    int previous = text.indexOf(MARK);
    String base = previous < 0 ? text.stripTrailing() : text.substring(0, previous);
    Files.writeString(document, base + MARK + revision + ".\n", StandardCharsets.UTF_8);
  }

  int succeeded() {
    return succeeded.get();
  }

  int failed() {
    return failed.get();
  }

  String lastProblem() {
    return lastProblem;
  }
}
