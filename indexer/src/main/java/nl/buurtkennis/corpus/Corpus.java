package nl.buurtkennis.corpus;

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

  public Corpus(Taxonomy taxonomy, List<CorpusDocument> documents, String fingerprint,
      String stamp) {
    this.taxonomy = taxonomy;
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

  /** A hash of every corpus file's path and bytes: equal fingerprints mean an equal corpus. */
  public String fingerprint() {
    return fingerprint;
  }

  /** The {@link CorpusStamp} of the folder, taken before it was read. */
  public String stamp() {
    return stamp;
  }
}
