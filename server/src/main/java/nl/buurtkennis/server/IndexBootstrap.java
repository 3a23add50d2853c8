package nl.buurtkennis.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.corpus.CorpusStamp;
import nl.buurtkennis.index.IndexBuilder;
import nl.buurtkennis.index.IndexCommitInfo;
import nl.buurtkennis.index.IndexSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure there is an index to serve before the server starts: builds it when it is missing or
 * of an older schema, serves an intact current one at once (the caller updates it in the
 * background when the corpus changed), and keeps an existing index when the corpus has problems,
 * so that a librarian's mistake never takes the site down. A damaged index (a truncated
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

  /** What the server has to do about the corpus once it serves. */
  enum Freshness {
    /** The index holds the corpus as it is on disk. */
    CURRENT,
    /** The corpus folder changed since the index was built: update it in the background. */
    STALE
  }

  /**
   * Leaves an index in {@code indexDir} that can be served at once. An intact index of the current
   * schema is kept without reading the corpus: a {@link CorpusStamp} (file names, sizes and times)
   * tells whether the corpus changed, and if it did the index is served as it is while the caller
   * updates it in the background. Only without such an index is the corpus read and built here.
   */
  static Freshness ensureIndex(Path corpusDir, Path indexDir)
      throws IOException, NoIndexException {
    Optional<Path> movedAside = setAsideIfCorrupt(indexDir);
    Optional<IndexCommitInfo> existing = IndexCommitInfo.read(indexDir);
    if (existing.isPresent() && existing.get().hasCurrentSchema()) {
      if (existing.get().hasStamp(CorpusStamp.of(corpusDir))) {
        LOG.info("Index in {} is up to date with {} ({} documents)", indexDir, corpusDir,
            existing.get().documents());
        return Freshness.CURRENT;
      }
      LOG.info("Files in {} changed since the index was built at {}; serving that index and"
          + " updating it in the background", corpusDir, existing.get().builtAt());
      return Freshness.STALE;
    }
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
      return Freshness.CURRENT;
    }
    LOG.info(existing.isEmpty() ? "No index in {}; building it from {}"
        : "Index in {} has schema version " + existing.get().schemaVersion()
            + ", this server reads " + IndexSchema.VERSION + "; rebuilding it from {}",
        indexDir, corpusDir);
    IndexBuilder.build(corpus.corpus().get(), indexDir);
    return Freshness.CURRENT;
  }

  /**
   * Moves a damaged index out of the way (never deletes it: it may be needed to find out what
   * happened) so that it is rebuilt from the corpus instead of served.
   */
  static Optional<Path> setAsideIfCorrupt(Path indexDir) throws IOException {
    long start = System.nanoTime();
    Optional<String> damage = IndexIntegrity.check(indexDir);
    if (damage.isEmpty()) {
      if (IndexIntegrity.exists(indexDir)) {
        LOG.info("Checked every file of the index in {} in {} ms", indexDir,
            (System.nanoTime() - start) / 1_000_000);
      }
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
