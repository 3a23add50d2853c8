package nl.buurtkennis.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import nl.buurtkennis.corpus.UnknownConcept;
import java.util.Map;
import java.util.Set;
import nl.buurtkennis.taxonomy.Taxonomy;
import nl.buurtkennis.web.Messages;

/**
 * Concepts that taxonomy.yml no longer has but other documents still use, found among the
 * problems of a refused change. After a concept's id is renamed or removed in taxonomy.yml, every
 * document that still uses the old id fails the corpus check, and the corpus must be valid as a
 * whole: so a new document is refused, and a change to any other document (only a repair is
 * made, {@code DocumentStore}), until none uses it. Told once per id with the files that use it, the librarian sees why and what to do.
 *
 * <p>Only an id that the vocabulary of the live index has is such a concept: an id that was never
 * in the vocabulary (a typo, a label written as an id) is a mistake of the file that holds it,
 * which that file's own problem tells, and the advice to put it "back" in taxonomy.yml would add
 * the typo to the vocabulary.
 */
final class StaleConcepts {

  private StaleConcepts() {}

  /**
   * Each unknown concept id of another file than {@code candidatePath} among {@code problems}
   * that the {@code live} vocabulary (the live index's) has in the facet the problem names, with
   * the files that use it, in the order the problems give them.
   */
  static Map<String, List<String>> in(List<DocumentProblem> problems, String candidatePath,
      Taxonomy live) {
    Map<String, Set<String>> users = new LinkedHashMap<>();
    for (DocumentProblem problem : problems) {
      if (!problem.path().equals(candidatePath)
          && UnknownConcept.is(problem.description().key())
          && wasInVocabulary(problem.description().arguments(), live)) {
        users.computeIfAbsent(String.valueOf(problem.description().arguments().get(0)),
            k -> new LinkedHashSet<>()).add(problem.path());
      }
    }
    Map<String, List<String>> stale = new LinkedHashMap<>();
    users.forEach((id, paths) -> stale.put(id, List.copyOf(paths)));
    return stale;
  }

  /** Whether the unknown concept's id (argument 0) is in its facet (argument 2) of {@code live}. */
  private static boolean wasInVocabulary(List<Object> arguments, Taxonomy live) {
    if (arguments.size() < 3) {
      return false;
    }
    String id = String.valueOf(arguments.get(0));
    return live.facet(String.valueOf(arguments.get(2))).map(f -> f.contains(id)).orElse(false);
  }

  /** The change that was refused, which the explanation names. */
  enum Change {
    /** A new document. */
    NEW,
    /** A change to an existing document (not one of those that use the concept). */
    EDIT,
    /** The removal of a document. */
    REMOVAL
  }

  /**
   * For each unknown concept id, what it means and what to do, in the page's language, for a
   * refused {@code change}.
   */
  static List<String> explained(Messages msg, List<DocumentProblem> problems,
      String candidatePath, Change change, Taxonomy live) {
    List<String> notes = new ArrayList<>();
    in(problems, candidatePath, live).forEach((id, paths) -> notes.add(msg.format(
        "admin.form.staleconcept", id, paths.size(), String.join(", ", paths),
        change.ordinal())));
    return notes;
  }

  /** As {@link #explained}, in English, for the admin API. */
  static String explainedInEnglish(List<DocumentProblem> problems, String candidatePath,
      Change change, Taxonomy live) {
    String refused = switch (change) {
      case NEW -> "a new document is refused";
      case EDIT -> "a change to any other document is refused too";
      case REMOVAL -> "removing any other document is refused too";
    };
    StringBuilder text = new StringBuilder();
    in(problems, candidatePath, live).forEach((id, paths) -> text.append("; '").append(id)
        .append("' is not in taxonomy.yml, but ").append(paths.size())
        .append(" other document file(s) still use it (").append(String.join(", ", paths))
        .append("), and while any does, the corpus is not valid as a whole: ").append(refused)
        .append(" and search keeps the old vocabulary; give those documents a concept of"
            + " the vocabulary one by one (such a repair is saved), or put the id back in"
            + " taxonomy.yml"));
    return text.toString();
  }
}
