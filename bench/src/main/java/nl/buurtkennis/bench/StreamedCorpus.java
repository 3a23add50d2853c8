package nl.buurtkennis.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.buurtkennis.corpus.Corpus;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.corpus.DocumentLinks;
import nl.buurtkennis.corpus.DocumentParser;
import nl.buurtkennis.index.IndexBuilder;

/**
 * A corpus folder read for the engine's timed build without holding it parsed: a first pass
 * ({@link CorpusLoader#scan}) runs the loader's checks and keeps each document's links (id,
 * path, translation), the taxonomy, fingerprint and stamp; {@link #batches} then parses the
 * documents again, {@code size} at a time, each with its translation in the same batch.
 */
final class StreamedCorpus {
  /** Documents parsed at a time: about 130 MB of parsed documents at the bench's sizes. */
  static final int BATCH = 10_000;

  private final Path corpusDir;
  private final Corpus vocabulary;
  private final List<List<String>> groups = new ArrayList<>();
  private final List<List<String>> single = new ArrayList<>();
  private final Set<String> fileIds = new HashSet<>();
  private final int documents;

  private StreamedCorpus(Path corpusDir, Corpus vocabulary, List<DocumentLinks> links) {
    this.corpusDir = corpusDir;
    this.vocabulary = vocabulary;
    Map<String, DocumentLinks> byId = new HashMap<>();
    Map<String, String> partner = new HashMap<>();
    for (DocumentLinks l : links) {
      byId.put(l.id(), l);
      if (l.translation() != null) {
        partner.put(l.id(), l.translation());
        partner.put(l.translation(), l.id());
      }
      String name = Path.of(l.path()).getFileName().toString();
      fileIds.add(name.substring(0, name.length() - ".md".length()));
    }
    // a document and its translation side by side, so that no batch splits a pair
    Set<String> placed = new HashSet<>();
    for (DocumentLinks l : links) {
      single.add(List.of(l.path()));
      if (!placed.add(l.id())) {
        continue;
      }
      List<String> group = new ArrayList<>(2);
      group.add(l.path());
      String other = partner.get(l.id());
      if (other != null && placed.add(other)) {
        group.add(byId.get(other).path());
      }
      groups.add(group);
    }
    this.documents = links.size();
  }

  /** The first pass: the loader's checks, documents dropped; throws when the corpus has problems. */
  static StreamedCorpus scan(Path corpusDir) throws IOException {
    CorpusLoader.Scan scan = CorpusLoader.scan(corpusDir);
    if (scan.result().corpus().isEmpty()) {
      throw new IOException("the corpus in " + corpusDir + " has problems: "
          + scan.result().problems());
    }
    return new StreamedCorpus(corpusDir, scan.result().corpus().get(), scan.links());
  }

  /** The taxonomy, fingerprint and stamp of the corpus, without documents. */
  Corpus vocabulary() {
    return vocabulary;
  }

  int documents() {
    return documents;
  }

  /**
   * The documents parsed again, {@code size} (or one more, for a pair) at a time; with
   * {@code pairs} each with its translation in the same batch (as the engine's converter needs
   * them), else in the corpus order.
   */
  IndexBuilder.Batches batches(int size, boolean pairs) {
    List<List<String>> groups = pairs ? this.groups : single;
    int[] next = {0};
    return () -> {
      if (next[0] >= groups.size()) {
        return null;
      }
      List<CorpusDocument> batch = new ArrayList<>(size + 1);
      while (next[0] < groups.size() && batch.size() < size) {
        for (String relative : groups.get(next[0]++)) {
          batch.add(parse(relative));
        }
      }
      return new Corpus(vocabulary.taxonomy(), batch, vocabulary.fingerprint(),
          vocabulary.stamp());
    };
  }

  private CorpusDocument parse(String relative) throws IOException {
    Path file = corpusDir.resolve(relative);
    DocumentParser.Result result = DocumentParser.parse(vocabulary.taxonomy(), file, relative,
        Files.readAllBytes(file), fileIds::contains);
    if (result.document().isEmpty()) {
      throw new IOException(relative + " changed since it was checked: " + result.problems());
    }
    return result.document().get();
  }
}
