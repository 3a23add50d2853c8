package nl.buurtkennis.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.buurtkennis.corpus.UnknownConcept;
import nl.buurtkennis.taxonomy.Taxonomy;
import nl.buurtkennis.validation.ProblemMessage;
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
   * An unknown concept id and the files that use it; {@code renamedTo} is the concept of
   * taxonomy.yml that now has the id as its label (or, {@code asSynonym}, a synonym): the mark
   * of that concept's id renamed.
   */
  record Stale(String id, List<String> paths, Optional<String> renamedTo, boolean asSynonym) {}

  /**
   * Each unknown concept id of another file than {@code candidatePath} among {@code problems}
   * that the {@code live} vocabulary (the live index's) has in the facet the problem names, with
   * the files that use it, in the order the problems give them.
   */
  static List<Stale> in(List<DocumentProblem> problems, String candidatePath, Taxonomy live) {
    Map<String, Set<String>> users = new LinkedHashMap<>();
    Map<String, ProblemMessage> told = new LinkedHashMap<>();
    for (DocumentProblem problem : problems) {
      if (!problem.path().equals(candidatePath)
          && UnknownConcept.is(problem.description().key())
          && wasInVocabulary(problem.description().arguments(), live)) {
        String id = String.valueOf(problem.description().arguments().get(0));
        users.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(problem.path());
        told.putIfAbsent(id, problem.description());
      }
    }
    List<Stale> stale = new ArrayList<>();
    users.forEach((id, paths) -> {
      ProblemMessage problem = told.get(id);
      Optional<String> renamedTo = UnknownConcept.isName(problem.key())
          ? UnknownConcept.meant(problem) : Optional.empty();
      stale.add(new Stale(id, List.copyOf(paths), renamedTo,
          problem.key().equals(UnknownConcept.SYNONYM)));
    });
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
   * refused {@code change}: an id that is now a name of another concept is told as that concept's
   * id renamed, to put back first.
   */
  static List<String> explained(Messages msg, List<DocumentProblem> problems,
      String candidatePath, Change change, Taxonomy live) {
    List<String> notes = new ArrayList<>();
    for (Stale stale : in(problems, candidatePath, live)) {
      String paths = String.join(", ", stale.paths());
      notes.add(stale.renamedTo().isPresent()
          ? msg.format("admin.form.staleconcept.renamed", stale.id(), stale.paths().size(), paths,
              change.ordinal(), stale.asSynonym() ? 1 : 0, stale.renamedTo().get())
          : msg.format("admin.form.staleconcept", stale.id(), stale.paths().size(), paths,
              change.ordinal()));
    }
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
    for (Stale stale : in(problems, candidatePath, live)) {
      text.append("; '").append(stale.id()).append("' is not in taxonomy.yml, but ")
          .append(stale.paths().size()).append(" other document file(s) still use it (")
          .append(String.join(", ", stale.paths()))
          .append("), and while any does, the corpus is not valid as a whole: ").append(refused)
          .append(" and search keeps the old vocabulary; ");
      if (stale.renamedTo().isPresent()) {
        String concept = stale.renamedTo().get();
        text.append("'").append(stale.id()).append("' is now ")
            .append(stale.asSynonym() ? "a synonym" : "the label").append(" of concept '")
            .append(concept).append("', so most likely that concept's id was renamed: put '")
            .append(stale.id()).append("' back as its id in taxonomy.yml (a concept's id never"
                + " changes; a new name is a label or synonym); only if the concept is to keep"
                + " its new id, write '").append(concept)
            .append("' in those documents one by one (such a repair is saved)");
      } else {
        text.append("give those documents a concept of the vocabulary one by one (such a repair"
            + " is saved), or put the id back in taxonomy.yml");
      }
    }
    return text.toString();
  }
}
