package nl.buurtkennis.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import nl.buurtkennis.cli.IndexerCommand;
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
 * or changed file) is never served: it is moved aside and rebuilt from the corpus; so is an index
 * an older version wrote in a form this one cannot read, set aside under its schema version.
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
    /** The index was just built from the corpus (or the corpus is broken): nothing to do. */
    CURRENT,
    /** An existing index is served: see {@link #corpusChanged} whether to update it. */
    EXISTING
  }

  /**
   * Leaves an index in {@code indexDir} that can be served at once. An intact index of the current
   * schema is kept as it is, without reading the corpus: whether the corpus changed since is for
   * {@link #corpusChanged} to tell while it is served. Only without such an index is the corpus
   * read and built here.
   */
  static Freshness ensureIndex(Path corpusDir, Path indexDir)
      throws IOException, NoIndexException {
    Optional<Path> movedAside = setAsideIfCorrupt(indexDir);
    Optional<IndexCommitInfo> existing = IndexCommitInfo.read(indexDir);
    if (existing.isPresent() && existing.get().hasCurrentSchema()) {
      return Freshness.EXISTING;
    }
    CorpusLoader.Result corpus = CorpusLoader.load(corpusDir);
    if (corpus.corpus().isEmpty()) {
      corpus.problems().forEach(p -> LOG.warn("{}", p));
      String summary = corpus.problems().size() + " problem(s) in the corpus " + corpusDir
          + " (run: " + IndexerCommand.on("validate", corpusDir) + ")";
      if (existing.isEmpty()) {
        throw new NoIndexException("no index in " + indexDir
            + movedAside.map(p -> " (the unreadable one was moved to " + p + ")").orElse("")
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
   * Whether the files in {@code corpusDir} changed since the index in {@code indexDir} was built
   * or updated, by their {@link CorpusStamp} (names, sizes, times: a stat per file, about a
   * second for 100,000 files, so it runs while the index is already served).
   */
  static boolean corpusChanged(Path corpusDir, Path indexDir) throws IOException {
    Optional<IndexCommitInfo> info = IndexCommitInfo.read(indexDir);
    if (info.isPresent() && info.get().hasStamp(CorpusStamp.of(corpusDir))) {
      LOG.info("Index in {} is up to date with {} ({} documents)", indexDir, corpusDir,
          info.get().documents());
      return false;
    }
    LOG.info("Files in {} changed since the index was built{}; updating it in the background",
        corpusDir, info.map(i -> " at " + i.builtAt()).orElse(""));
    return true;
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
        LOG.info("Checked the index in {} in {} ms", indexDir,
            (System.nanoTime() - start) / 1_000_000);
      }
      return Optional.empty();
    }
    String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
        .format(Instant.now());
    Optional<String> olderSchema = olderSchema(indexDir);
    Path aside = indexDir.resolveSibling(indexDir.getFileName()
        + olderSchema.map(version -> ".schema-" + version + "-").orElse(".corrupt-") + stamp);
    Files.move(indexDir, aside);
    if (olderSchema.isPresent()) {
      LOG.warn("The index in {} was written by an older version (schema {}; this server reads {})"
          + " in a form this version cannot read. Moved it to {}; rebuilding from the corpus",
          indexDir, olderSchema.get(), IndexSchema.VERSION, aside);
    } else {
      LOG.error("Refusing to serve the index in {}: {}. Moved it to {}; rebuilding from the corpus",
          indexDir, damage.get(), aside);
    }
    return Optional.of(aside);
  }

  /** The schema version of an index older than this code's, if its last commit can say. */
  private static Optional<String> olderSchema(Path indexDir) {
    try {
      return IndexCommitInfo.read(indexDir).filter(info -> !info.hasCurrentSchema())
          .map(IndexCommitInfo::schemaVersion);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
