package nl.buurtkennis.corpus;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.buurtkennis.taxonomy.Taxonomy;

/** A validated corpus: its vocabulary, its documents, and a fingerprint of the files it came from. */
public final class Corpus {
  private final Taxonomy taxonomy;
  private final Map<String, CorpusDocument> documents = new LinkedHashMap<>();
  private final Map<String, String> translations = new HashMap<>();
  private final String fingerprint;
  private final String stamp;
  private final Map<String, Instant> modified;

  /** A corpus whose files' modification times are not known (one made in memory). */
  public Corpus(Taxonomy taxonomy, List<CorpusDocument> documents, String fingerprint,
      String stamp) {
    this(taxonomy, documents, fingerprint, stamp, Map.of());
  }

  /**
   * @param modified the last-modified time of each document's file as it was read, by the
   *     document's path ({@link CorpusDocument#path})
   */
  public Corpus(Taxonomy taxonomy, List<CorpusDocument> documents, String fingerprint,
      String stamp, Map<String, Instant> modified) {
    this.taxonomy = taxonomy;
    this.modified = Map.copyOf(modified);
    documents.forEach(d -> this.documents.put(d.id(), d));
    for (CorpusDocument document : documents) {
      if (document.translation() != null) {
        translations.put(document.id(), document.translation());
        translations.put(document.translation(), document.id());
      }
    }
    this.fingerprint = fingerprint;
    this.stamp = stamp;
  }

  public Taxonomy taxonomy() {
    return taxonomy;
  }

  public List<CorpusDocument> documents() {
    return List.copyOf(documents.values());
  }

  public Optional<CorpusDocument> document(String id) {
    return Optional.ofNullable(documents.get(id));
  }

  /** The same document in the other language, whichever of the two names the other. */
  public Optional<CorpusDocument> translation(CorpusDocument document) {
    return Optional.ofNullable(translations.get(document.id())).map(documents::get);
  }

  /**
   * When the document's file was last modified as the corpus was read: when its text last
   * changed, as far as the file system knows; empty for a document not read from a file.
   */
  public Optional<Instant> modified(CorpusDocument document) {
    return Optional.ofNullable(modified.get(document.path()));
  }

  /** A hash of every corpus file's path and bytes: equal fingerprints mean an equal corpus. */
  public String fingerprint() {
    return fingerprint;
  }

  /** The {@link CorpusStamp} of the folder, taken before it was read. */
  public String stamp() {
    return stamp;
  }
}
