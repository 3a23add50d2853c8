package nl.buurtkennis.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.buurtkennis.validation.Problem;

/**
 * Checks what no single file can: unique ids, parents that exist and form no loop, and
 * translations that pair two documents of different languages, each with one other.
 */
final class CrossReferences {
  private final Map<String, DocumentParser.Result> parsed;
  private final Path corpusDir;
  private final List<Problem> problems;

  CrossReferences(Map<String, DocumentParser.Result> parsed, Path corpusDir, List<Problem> problems) {
    this.parsed = parsed;
    this.corpusDir = corpusDir;
    this.problems = problems;
  }

  List<CorpusDocument> check() {
    Map<String, String> firstPathOfId = new HashMap<>();
    Map<String, CorpusDocument> byId = new LinkedHashMap<>();
    Map<String, DocumentParser.Result> resultById = new HashMap<>();
    for (var entry : parsed.entrySet()) {
      entry.getValue().document().ifPresent(doc -> {
        String earlier = firstPathOfId.putIfAbsent(doc.id(), doc.path());
        if (earlier != null) {
          problems.add(new Problem(corpusDir.resolve(doc.path()), entry.getValue().idLine(),
              "id '" + doc.id() + "' is already used by " + earlier
                  + "; every document needs its own id"));
        } else {
          byId.put(doc.id(), doc);
          resultById.put(doc.id(), entry.getValue());
        }
      });
    }
    for (CorpusDocument doc : byId.values()) {
      if (doc.parent() == null) {
        continue;
      }
      int line = resultById.get(doc.id()).parentLine();
      Path path = corpusDir.resolve(doc.path());
      if (!byId.containsKey(doc.parent())) {
        problems.add(new Problem(path, line, "parent '" + doc.parent()
            + "' is not the id of any document in the corpus"));
      } else if (inLoop(doc, byId)) {
        problems.add(new Problem(path, line, "parent '" + doc.parent()
            + "' leads back to this document: parents must not form a loop"));
      }
    }
    checkTranslations(byId, resultById);
    return new ArrayList<>(byId.values());
  }

  private void checkTranslations(Map<String, CorpusDocument> byId,
      Map<String, DocumentParser.Result> resultById) {
    Map<String, CorpusDocument> linkedFrom = new HashMap<>();
    for (CorpusDocument doc : byId.values()) {
      String target = doc.translation();
      if (target == null) {
        continue;
      }
      Path path = corpusDir.resolve(doc.path());
      int line = resultById.get(doc.id()).translationLine();
      CorpusDocument other = byId.get(target);
      CorpusDocument earlier = linkedFrom.putIfAbsent(target, doc);
      if (other == null) {
        problems.add(new Problem(path, line, "translation '" + target
            + "' is not the id of any document in the corpus"));
      } else if (other == doc) {
        problems.add(new Problem(path, line, "translation '" + target
            + "' is this document's own id; give the id of its version in the other language"));
      } else if (other.language().equals(doc.language())) {
        problems.add(new Problem(path, line, "translation '" + target + "' is in the same language ("
            + doc.language() + "); a translation is the document in the other language"));
      } else if (other.translation() != null && !other.translation().equals(doc.id())) {
        problems.add(new Problem(path, line, "translation '" + target + "' names '"
            + other.translation() + "' as its translation; the two links must name each other"));
      } else if (earlier != null) {
        problems.add(new Problem(path, line, "translation '" + target
            + "' is already the translation of " + earlier.path()
            + "; a document has at most one translation"));
      }
    }
  }

  private static boolean inLoop(CorpusDocument start, Map<String, CorpusDocument> byId) {
    Set<String> seen = new HashSet<>();
    CorpusDocument current = start;
    while (current != null && current.parent() != null) {
      if (!seen.add(current.id())) {
        return true;
      }
      if (current.parent().equals(start.id())) {
        return true;
      }
      current = byId.get(current.parent());
    }
    return false;
  }
}
