package nl.buurtkennis.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.buurtkennis.validation.Problem;
import nl.buurtkennis.validation.ProblemMessage;

/**
 * Checks what no single file can: unique ids, parents that exist, are reports and form no loop,
 * and translations that pair two documents of different languages, each with one other.
 *
 * <p>The checks run on every file whose id could be read, also when the file has other problems:
 * so a file's broken link is reported in the same run as its other mistakes, and a mistake in a
 * report does not make every document that names it as parent look wrong too.
 */
final class CrossReferences {
  /**
   * The type of document a parent must be: a page says "part of" its parent, which is true of a
   * report's chapters and practices, and not of one practice named under another.
   */
  static final String PARENT_TYPE = "report";

  private static final ProblemMessage.Field PARENT = ProblemMessage.field("parent");
  private static final ProblemMessage.Field TRANSLATION = ProblemMessage.field("translation");

  private final Map<String, DocumentParser.Result> parsed;
  private final Path corpusDir;
  private final List<Problem> problems;

  CrossReferences(Map<String, DocumentParser.Result> parsed, Path corpusDir, List<Problem> problems) {
    this.parsed = parsed;
    this.corpusDir = corpusDir;
    this.problems = problems;
  }

  /** Reports every broken reference; returns the valid documents, each id once. */
  List<CorpusDocument> check() {
    Map<String, DocumentLinks> byId = new LinkedHashMap<>();
    Map<String, List<DocumentLinks>> sharing = new LinkedHashMap<>();
    List<CorpusDocument> documents = new ArrayList<>();
    List<DocumentLinks> withoutId = new ArrayList<>();
    for (DocumentParser.Result result : parsed.values()) {
      if (result.links().isEmpty()) {
        continue;
      }
      DocumentLinks links = result.links().get();
      if (links.id() == null) {
        withoutId.add(links);
        continue;
      }
      sharing.computeIfAbsent(links.id(), id -> new ArrayList<>()).add(links);
      if (byId.putIfAbsent(links.id(), links) == null) {
        result.document().ifPresent(documents::add);
      }
    }
    sharing.values().forEach(this::checkUniqueId);
    for (DocumentLinks links : byId.values()) {
      checkParent(links, byId);
    }
    checkTranslations(byId);
    withoutId.forEach(links -> checkLinksWithoutId(links, byId));
    return documents;
  }

  /**
   * The ids that a file named after its id ({@code <id>.md}) holds: such a file is the document
   * with that id, and another file holding that id is a copy of it ({@link #isCopy}).
   */
  static Set<String> namedAfterTheirId(Map<String, DocumentParser.Result> parsed) {
    Set<String> ids = new HashSet<>();
    for (DocumentParser.Result result : parsed.values()) {
      result.links().filter(l -> l.id() != null && namedAfterId(l))
          .ifPresent(l -> ids.add(l.id()));
    }
    return ids;
  }

  /** Whether the file's name is its id followed by .md. */
  static boolean namedAfterId(DocumentLinks links) {
    String path = links.path();
    return path.substring(path.lastIndexOf('/') + 1).equals(links.id() + ".md");
  }

  /**
   * Whether the file holds the id of another file that is named after that id (one of
   * {@code namedAfterTheirId}), not being so named itself: a copy of it, as a file manager or
   * Word makes ({@code buurtschouw (1).md}, {@code Kopie van buurtschouw.md}).
   */
  static boolean isCopy(DocumentLinks links, Set<String> namedAfterTheirId) {
    return links.id() != null && namedAfterTheirId.contains(links.id()) && !namedAfterId(links);
  }

  /**
   * Reports a shared id on every file that has it, each naming the others: which of them is the
   * copy only the librarian knows, and a message on one file only would have them change the id
   * of whichever file the folder order happened to put last, perhaps the established document.
   * When one of them is named after the id, the others are told they are copies of it, and it
   * that they are its copies: renaming a copy to the id would overwrite that file.
   */
  private void checkUniqueId(List<DocumentLinks> sameId) {
    if (sameId.size() < 2) {
      return;
    }
    List<DocumentLinks> named = sameId.stream().filter(CrossReferences::namedAfterId).toList();
    if (named.size() == 1) {
      DocumentLinks original = named.get(0);
      List<DocumentLinks> copies = sameId.stream().filter(l -> l != original).toList();
      report(original, original.idLine(), "links.id.copied", original.id(),
          copies.stream().map(DocumentLinks::path).collect(Collectors.joining(", ")));
      copies.forEach(copy -> report(copy, copy.idLine(), "links.id.copy", copy.id(),
          original.path()));
      return;
    }
    for (DocumentLinks links : sameId) {
      String others = sameId.stream().filter(other -> other != links)
          .map(DocumentLinks::path).collect(Collectors.joining(", "));
      report(links, links.idLine(), "links.id.taken", links.id(), others);
    }
  }

  /**
   * The links of a document whose id is not valid, so that they are reported in the same run as
   * the id: what is checked without knowing the document's own id.
   */
  private void checkLinksWithoutId(DocumentLinks doc, Map<String, DocumentLinks> byId) {
    if (doc.parent() != null) {
      DocumentLinks parent = byId.get(doc.parent());
      if (parent == null) {
        report(doc, doc.parentLine(), "links.parent.unknown", doc.parent(), PARENT);
      } else if (parent.type() != null && !parent.type().equals(PARENT_TYPE)) {
        report(doc, doc.parentLine(), "links.parent.type", doc.parent(), parent.type(),
            PARENT_TYPE, PARENT);
      }
    }
    if (doc.translation() != null) {
      DocumentLinks other = byId.get(doc.translation());
      if (other == null) {
        report(doc, doc.translationLine(), "links.translation.unknown", doc.translation(),
            TRANSLATION);
      } else if (doc.language() != null && Objects.equals(other.language(), doc.language())) {
        report(doc, doc.translationLine(), "links.translation.samelanguage", doc.translation(),
            doc.language(), TRANSLATION);
      }
    }
  }

  private void checkParent(DocumentLinks doc, Map<String, DocumentLinks> byId) {
    if (doc.parent() == null) {
      return;
    }
    DocumentLinks parent = byId.get(doc.parent());
    if (parent == null) {
      report(doc, doc.parentLine(), "links.parent.unknown", doc.parent(), PARENT);
    } else if (inLoop(doc, byId)) {
      report(doc, doc.parentLine(), "links.parent.loop", doc.parent(), PARENT);
    } else if (parent.type() != null && !parent.type().equals(PARENT_TYPE)) {
      report(doc, doc.parentLine(), "links.parent.type", doc.parent(), parent.type(), PARENT_TYPE,
          PARENT);
    }
  }

  /**
   * Reports every translation link that is wrong. Of the documents that name one document as
   * their translation, the one it names back is its translation and every other is told that
   * the link is not mutual; when it names none back, no link says which claim is right, so each
   * claim is reported, naming the others, as a shared id is: on whichever file the folder order
   * happens to read first, a message on the other one alone could blame the established document.
   */
  private void checkTranslations(Map<String, DocumentLinks> byId) {
    Map<String, List<DocumentLinks>> claims = new LinkedHashMap<>();
    for (DocumentLinks doc : byId.values()) {
      String target = doc.translation();
      if (target == null) {
        continue;
      }
      int line = doc.translationLine();
      DocumentLinks other = byId.get(target);
      if (other == null) {
        report(doc, line, "links.translation.unknown", target, TRANSLATION);
      } else if (other == doc) {
        report(doc, line, "links.translation.self", target, TRANSLATION);
      } else if (doc.language() != null && Objects.equals(other.language(), doc.language())) {
        report(doc, line, "links.translation.samelanguage", target, doc.language(), TRANSLATION);
      } else if (other.translation() != null && !other.translation().equals(doc.id())) {
        report(doc, line, "links.translation.notmutual", target, other.translation(),
            TRANSLATION);
      } else {
        claims.computeIfAbsent(target, id -> new ArrayList<>()).add(doc);
      }
    }
    for (List<DocumentLinks> sameTarget : claims.values()) {
      if (sameTarget.size() < 2) {
        continue;
      }
      for (DocumentLinks doc : sameTarget) {
        String others = sameTarget.stream().filter(other -> other != doc)
            .map(DocumentLinks::path).collect(Collectors.joining(", "));
        report(doc, doc.translationLine(), "links.translation.taken", doc.translation(), others,
            TRANSLATION);
      }
    }
  }

  private void report(DocumentLinks doc, int line, String key, Object... arguments) {
    problems.add(new Problem(corpusDir.resolve(doc.path()), line, key, arguments));
  }

  private static boolean inLoop(DocumentLinks start, Map<String, DocumentLinks> byId) {
    Set<String> seen = new HashSet<>();
    DocumentLinks current = start;
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
