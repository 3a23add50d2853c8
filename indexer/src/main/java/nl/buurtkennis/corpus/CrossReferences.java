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

/** Checks what no single file can: unique ids, and parents that exist and form no loop. */
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
    return new ArrayList<>(byId.values());
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
