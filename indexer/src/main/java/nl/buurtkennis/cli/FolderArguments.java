package nl.buurtkennis.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.index.IndexFolder;

/** Checks the corpus and index folders of a command line before anything reads or writes them. */
public final class FolderArguments {
  private FolderArguments() {}

  /**
   * Refuses a corpus folder that does not exist or is a file, or that is the {@code documents/}
   * folder of a corpus (an easy slip, which would otherwise be told as a missing taxonomy.yml).
   */
  public static void checkCorpus(Path corpusDir) throws CliArgs.UsageException {
    if (!Files.exists(corpusDir)) {
      throw new CliArgs.UsageException("the corpus folder " + corpusDir + " does not exist");
    }
    if (!Files.isDirectory(corpusDir)) {
      throw new CliArgs.UsageException("the corpus folder " + corpusDir + " is not a folder");
    }
    Path parent = corpusDir.toAbsolutePath().normalize().getParent();
    if (!Files.exists(corpusDir.resolve(CorpusLoader.TAXONOMY_FILE)) && parent != null
        && Files.isRegularFile(parent.resolve(CorpusLoader.TAXONOMY_FILE))
        && corpusDir.toAbsolutePath().normalize().getFileName().toString()
            .equals(CorpusLoader.DOCUMENTS_DIR)) {
      throw new CliArgs.UsageException("the corpus folder " + corpusDir + " looks like the "
          + CorpusLoader.DOCUMENTS_DIR + "/ folder of a corpus (" + CorpusLoader.TAXONOMY_FILE
          + " is in the folder above it): pass the corpus folder itself, --corpus "
          + IndexerCommand.quoted(parent.toString()));
    }
  }

  /**
   * Refuses an index folder a build would mix up with other files: the corpus folder itself or a
   * folder inside it (the index files would become part of the corpus), a file, or a folder that
   * holds files that are not an index's. A missing folder, an empty one and an index are fine.
   */
  public static void checkIndex(Path corpusDir, Path indexDir)
      throws CliArgs.UsageException, IOException {
    Path corpus = corpusDir.toRealPath();
    Path index = realPath(indexDir);
    if (index.equals(corpus)) {
      throw new CliArgs.UsageException("the index folder " + indexDir + " is the corpus folder;"
          + " give --index a folder outside the corpus, such as data/index");
    }
    if (index.startsWith(corpus)) {
      throw new CliArgs.UsageException("the index folder " + indexDir + " is inside the corpus"
          + " folder " + corpusDir + "; give --index a folder outside the corpus, such as"
          + " data/index");
    }
    if (!Files.exists(indexDir)) {
      return;
    }
    if (!Files.isDirectory(indexDir)) {
      throw new CliArgs.UsageException("the index folder " + indexDir + " is not a folder");
    }
    Optional<Path> foreign = IndexFolder.foreignFile(indexDir);
    if (foreign.isPresent()) {
      throw new CliArgs.UsageException("the index folder " + indexDir + " holds files that are"
          + " not an index's (such as " + foreign.get().getFileName() + "); give --index a new or"
          + " empty folder, or the folder of an index");
    }
  }

  /** {@code dir} with the links of its nearest existing ancestor resolved; it may not exist. */
  private static Path realPath(Path dir) throws IOException {
    Path absolute = dir.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    return existing == null ? absolute : existing.toRealPath().resolve(existing.relativize(absolute));
  }
}
