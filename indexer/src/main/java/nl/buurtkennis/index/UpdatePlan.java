package nl.buurtkennis.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.buurtkennis.corpus.Corpus;
import nl.buurtkennis.corpus.CorpusDocument;

/**
 * The difference between a corpus and an index, by id and content hash: what an update adds,
 * rewrites and deletes, and how many documents it leaves alone.
 */
public record UpdatePlan(List<CorpusDocument> added, List<CorpusDocument> changed,
    List<String> removed, int skipped) {

  public UpdatePlan {
    added = List.copyOf(added);
    changed = List.copyOf(changed);
    removed = List.copyOf(removed);
  }

  public static UpdatePlan of(Corpus corpus, IndexedDocuments indexed) {
    List<CorpusDocument> added = new ArrayList<>();
    List<CorpusDocument> changed = new ArrayList<>();
    int skipped = 0;
    Set<String> inCorpus = new HashSet<>();
    for (CorpusDocument document : corpus.documents()) {
      inCorpus.add(document.id());
      IndexedDocuments.Entry entry = indexed.byId().get(document.id());
      if (entry == null) {
        added.add(document);
      } else if (entry.hash().equals(ContentHash.of(document, corpus.translation(document)))) {
        skipped++;
      } else {
        changed.add(document);
      }
    }
    List<String> removed = indexed.byId().keySet().stream()
        .filter(id -> !inCorpus.contains(id)).toList();
    return new UpdatePlan(added, changed, removed, skipped);
  }

  /** A plan that writes every document: all are added or changed, none skipped. */
  public static UpdatePlan rewriteAll(Corpus corpus, IndexedDocuments indexed) {
    UpdatePlan diff = of(corpus, indexed);
    List<CorpusDocument> changed = corpus.documents().stream()
        .filter(d -> indexed.byId().containsKey(d.id())).toList();
    return new UpdatePlan(diff.added(), changed, diff.removed(), 0);
  }

  public boolean isEmpty() {
    return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
  }

  /** How many documents the update writes or deletes. */
  public int touched() {
    return added.size() + changed.size() + removed.size();
  }
}
