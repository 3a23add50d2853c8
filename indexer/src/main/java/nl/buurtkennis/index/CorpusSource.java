package nl.buurtkennis.index;

import java.io.IOException;
import nl.buurtkennis.corpus.Corpus;
import nl.buurtkennis.validation.ValidationException;

/**
 * Reads the corpus a build or update writes. It is called once the writer holds the index
 * folder's write lock, so no other writer (the server's re-index after a save in the console) can
 * commit between the reading and this writer's commit: a commit made in between would be written
 * over with the older corpus, and a document the console had reported searchable would be gone.
 */
@FunctionalInterface
public interface CorpusSource {
  /** The validated corpus; a corpus with problems throws, and then nothing is written. */
  Corpus read() throws IOException, ValidationException;

  /** A corpus read before; only where no other writer can be at work on the same index. */
  static CorpusSource of(Corpus corpus) {
    return () -> corpus;
  }
}
