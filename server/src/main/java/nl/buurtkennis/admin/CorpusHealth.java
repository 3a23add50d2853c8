package nl.buurtkennis.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.reindex.ReindexStatus;
import nl.buurtkennis.taxonomy.Concept;
import nl.buurtkennis.taxonomy.Facet;
import nl.buurtkennis.taxonomy.Taxonomy;

/**
 * The state of the corpus as a librarian checks it: how often each concept is tagged, documents
 * without an issue, a benefit or a source, concepts nobody uses, the newest files and the last re-index.
 * Labels are in the page's language. A concept counts the documents tagged with it or with any
 * concept below it, each document once, as a search for the concept finds them; so a parent whose
 * children are used is not unused.
 */
public record CorpusHealth(int documents, List<FacetCounts> facets, List<DocumentRef> noIssue,
    List<DocumentRef> noBenefit, List<DocumentRef> noSource, List<ConceptCount> unused, List<DocumentRef> newest,
    ReindexStatus reindex) {
  static final int NEWEST = 10;

  /** How often each concept of one facet is tagged. */
  public record FacetCounts(String id, String label, List<ConceptCount> concepts) {}

  public record ConceptCount(String facet, String id, String label, int depth, int count) {}

  /** @param modified when the file last changed, or null when it is not in the corpus folder */
  public record DocumentRef(String id, String title, String language, String path,
      Instant modified) {}

  private static final Map<String, Function<CorpusDocument, List<String>>> TAGS = tags();

  static CorpusHealth of(Taxonomy taxonomy, List<CorpusDocument> documents, Path corpusDir,
      ReindexStatus reindex, String lang) {
    List<FacetCounts> facets = new ArrayList<>();
    List<ConceptCount> unused = new ArrayList<>();
    TAGS.forEach((facetId, tags) -> taxonomy.facet(facetId).ifPresent(facet -> {
      Map<String, Integer> counts = new LinkedHashMap<>();
      documents.forEach(d -> withAncestors(facet, tags.apply(d))
          .forEach(id -> counts.merge(id, 1, Integer::sum)));
      List<ConceptCount> concepts = new ArrayList<>();
      for (Concept concept : facet.concepts()) {
        ConceptCount count = new ConceptCount(facet.id(), concept.id(), concept.label().in(lang),
            facet.depth(concept.id()), counts.getOrDefault(concept.id(), 0));
        concepts.add(count);
        if (count.count() == 0) {
          unused.add(count);
        }
      }
      facets.add(new FacetCounts(facet.id(), facet.label().in(lang), concepts));
    }));
    List<DocumentRef> refs = documents.stream().map(d -> ref(d, corpusDir)).toList();
    return new CorpusHealth(documents.size(), facets,
        refs(documents, corpusDir, d -> d.issues().isEmpty()),
        refs(documents, corpusDir, d -> d.benefits().isEmpty()),
        refs(documents, corpusDir, d -> d.source() == null || d.source().isBlank()), unused,
        refs.stream().filter(r -> r.modified() != null)
            .sorted(Comparator.comparing(DocumentRef::modified).reversed()
                .thenComparing(DocumentRef::id))
            .limit(NEWEST).toList(),
        reindex);
  }

  /** The tagged concepts and every concept above them, each once. */
  private static Set<String> withAncestors(Facet facet, List<String> tagged) {
    Set<String> ids = new LinkedHashSet<>();
    tagged.forEach(id -> ids.addAll(facet.path(id)));
    return ids;
  }

  private static List<DocumentRef> refs(List<CorpusDocument> documents, Path corpusDir,
      java.util.function.Predicate<CorpusDocument> filter) {
    return documents.stream().filter(filter).map(d -> ref(d, corpusDir))
        .sorted(Comparator.comparing(DocumentRef::id)).toList();
  }

  private static DocumentRef ref(CorpusDocument doc, Path corpusDir) {
    Instant modified = null;
    if (corpusDir != null) {
      try {
        Path file = corpusDir.resolve(doc.path());
        if (Files.isRegularFile(file)) {
          modified = Files.getLastModifiedTime(file).toInstant();
        }
      } catch (IOException e) {
        modified = null;
      }
    }
    return new DocumentRef(doc.id(), doc.title(), doc.language(), doc.path(), modified);
  }

  private static Map<String, Function<CorpusDocument, List<String>>> tags() {
    Map<String, Function<CorpusDocument, List<String>>> tags = new LinkedHashMap<>();
    tags.put("form", CorpusDocument::forms);
    tags.put("issue", CorpusDocument::issues);
    tags.put("benefit", CorpusDocument::benefits);
    tags.put("condition", CorpusDocument::conditions);
    tags.put("police_task", CorpusDocument::policeTasks);
    tags.put("evidence", d -> d.evidence() == null ? List.of() : List.of(d.evidence()));
    tags.put("type", d -> List.of(d.type()));
    tags.put("language", d -> List.of(d.language()));
    return tags;
  }
}
