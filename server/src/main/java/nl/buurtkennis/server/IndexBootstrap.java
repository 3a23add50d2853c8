package nl.buurtkennis.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.index.IndexBuilder;
import nl.buurtkennis.index.IndexCommitInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure there is an index to serve before the server starts: builds it when it is missing or
 * was built from another state of the corpus, and keeps an existing index when the corpus has
 * problems, so that a librarian's mistake never takes the site down. A damaged index (a truncated
 * or changed file) is never served: it is moved aside and rebuilt from the corpus.
 */
final class IndexBootstrap {
  private static final Logger LOG = LoggerFactory.getLogger(IndexBootstrap.class);

  private IndexBootstrap() {}

  /** Thrown when there is no index and none can be built. */
  static final class NoIndexException extends Exception {
    NoIndexException(String message) {
      super(message);
    }
  }

  static void ensureIndex(Path corpusDir, Path indexDir) throws IOException, NoIndexException {
    Optional<Path> movedAside = setAsideIfCorrupt(indexDir);
    Optional<IndexCommitInfo> existing = IndexCommitInfo.read(indexDir);
    CorpusLoader.Result corpus = CorpusLoader.load(corpusDir);
    if (corpus.corpus().isEmpty()) {
      corpus.problems().forEach(p -> LOG.warn("{}", p));
      String summary = corpus.problems().size() + " problem(s) in the corpus " + corpusDir
          + " (run: java -jar indexer/target/indexer.jar validate --corpus " + corpusDir + ")";
      if (existing.isEmpty()) {
        throw new NoIndexException("no index in " + indexDir
            + movedAside.map(p -> " (the damaged one was moved to " + p + ")").orElse("")
            + " and none can be built: " + summary);
      }
      LOG.warn("Not rebuilding: {}; serving the index built at {}", summary,
          existing.get().builtAt());
      return;
    }
    String fingerprint = corpus.corpus().get().fingerprint();
    if (existing.isPresent() && existing.get().isCurrentFor(fingerprint)) {
      LOG.info("Index in {} is up to date with {} ({} documents)", indexDir, corpusDir,
          existing.get().documents());
      return;
    }
    LOG.info(existing.isEmpty() ? "No index in {}; building it from {}"
        : "Index in {} was built from another state of {}; rebuilding", indexDir, corpusDir);
    IndexBuilder.build(corpus.corpus().get(), indexDir);
  }

  /**
   * Moves a damaged index out of the way (never deletes it: it may be needed to find out what
   * happened) so that it is rebuilt from the corpus instead of served.
   */
  static Optional<Path> setAsideIfCorrupt(Path indexDir) throws IOException {
    long start = System.nanoTime();
    Optional<String> damage = IndexIntegrity.check(indexDir);
    if (damage.isEmpty()) {
      LOG.info("Checked the index in {} in {} ms", indexDir,
          (System.nanoTime() - start) / 1_000_000);
      return Optional.empty();
    }
    String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
        .format(Instant.now());
    Path aside = indexDir.resolveSibling(indexDir.getFileName() + ".corrupt-" + stamp);
    Files.move(indexDir, aside);
    LOG.error("Refusing to serve the index in {}: {}. Moved it to {}; rebuilding from the corpus",
        indexDir, damage.get(), aside);
    return Optional.of(aside);
  }
}
