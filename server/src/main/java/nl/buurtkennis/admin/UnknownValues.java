package nl.buurtkennis.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.buurtkennis.corpus.DocumentParser;
import nl.buurtkennis.corpus.UnknownConcept;
import nl.buurtkennis.taxonomy.Concept;
import nl.buurtkennis.taxonomy.Facet;
import nl.buurtkennis.taxonomy.Taxonomy;
import nl.buurtkennis.validation.ProblemMessage;
import nl.buurtkennis.web.Messages;

/**
 * The values of a document form that none of its options stands for: an id that is not a concept
 * of the facet of its field, in a list of checkboxes or in the select of type, language or
 * evidence (a file written by hand can hold any). Left to the options alone, such a value would
 * show nowhere and be gone after a save. The form shows each one ticked or selected and named as
 * unknown, with an error beside its field; posted back as it is, it is refused by the corpus check
 * like any other unknown concept, so it goes only when the librarian unticks or replaces it.
 *
 * <p>The error gives the validator's advice ({@link UnknownConcept}, as {@code indexer validate}
 * gives it): the concept whose label was written, or the id (or name) one or two typing errors
 * away, named by its id and by its label as the form's options show it; for a name of several
 * concepts, their labels.
 */
final class UnknownValues {
  /** The selects whose options are the concepts of a facet, by field; the facet has its name. */
  static final List<String> SELECTS = DocumentParser.SINGLE_CONCEPT_FIELDS;

  private final Map<String, List<String>> byField;
  private final Taxonomy taxonomy;

  private UnknownValues(Map<String, List<String>> byField, Taxonomy taxonomy) {
    this.byField = byField;
    this.taxonomy = taxonomy;
  }

  static UnknownValues of(DraftForm form, Taxonomy taxonomy) {
    Map<String, List<String>> byField = new LinkedHashMap<>();
    for (String field : SELECTS) {
      String value = form.value(field);
      if (!value.isEmpty() && !known(taxonomy, field, value)) {
        byField.put(field, List.of(value));
      }
    }
    for (String field : DraftForm.CONCEPT_LISTS) {
      String facet = DocumentParser.CONCEPT_FIELDS.get(field);
      List<String> unknown = form.values(field).stream()
          .filter(value -> !known(taxonomy, facet, value)).distinct().toList();
      if (!unknown.isEmpty()) {
        byField.put(field, unknown);
      }
    }
    return new UnknownValues(byField, taxonomy);
  }

  /** Whether {@code value} is a concept of the facet; no value is when the facet is missing. */
  private static boolean known(Taxonomy taxonomy, String facetId, String value) {
    return taxonomy.facet(facetId).map(facet -> facet.contains(value)).orElse(false);
  }

  boolean isEmpty() {
    return byField.isEmpty();
  }

  /** The unknown values of {@code field}, in the order of the form's values. */
  List<String> in(String field) {
    return byField.getOrDefault(field, List.of());
  }

  /** For each field with unknown values, an error per value: which, and what to do with it. */
  Map<String, List<String>> errors(Messages msg) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    byField.forEach((field, values) -> errors.put(field, values.stream()
        .map(value -> error(msg, taxonomy, field, problem(field, value))).toList()));
    return errors;
  }

  /** The validator's problem for {@code value} in {@code field}; the plain one without a facet. */
  private ProblemMessage problem(String field, String value) {
    String facetId = facetOf(field);
    return taxonomy.facet(facetId).map(facet -> UnknownConcept.of(field, value, facet, taxonomy))
        .orElseGet(() -> ProblemMessage.of(UnknownConcept.KEY, value, ProblemMessage.field(field),
            facetId, ""));
  }

  /**
   * The error beside {@code field} for the validator's {@code problem} of its unknown value
   * (argument 0): which, the id meant when the validator names one, and what to do.
   */
  static String error(Messages msg, Taxonomy taxonomy, String field, ProblemMessage problem) {
    String value = String.valueOf(problem.arguments().get(0));
    String kind = SELECTS.contains(field) ? "admin.form.unknown.select" : "admin.form.unknown.list";
    Optional<UnknownConcept.Elsewhere> elsewhere = UnknownConcept.elsewhere(problem);
    if (elsewhere.isPresent()) {
      return elsewhere(msg, taxonomy, kind, value, problem, elsewhere.get());
    }
    List<String> candidates = UnknownConcept.candidates(problem);
    if (!candidates.isEmpty()) {
      Facet facet = taxonomy.facet(facetOf(field)).orElse(null);
      String labels = candidates.stream()
          .map(id -> "'" + (facet == null ? id : facet.concept(id)
              .map(c -> c.label().in(msg.lang())).orElse(id)) + "'")
          .collect(Collectors.joining(", "));
      return msg.format(kind + ".ambiguous", value, labels);
    }
    Optional<Concept> meant = UnknownConcept.meant(problem)
        .flatMap(id -> taxonomy.facet(facetOf(field)).flatMap(facet -> facet.concept(id)));
    if (meant.isEmpty()) {
      return msg.format(kind, value);
    }
    String variant = problem.key().equals(UnknownConcept.LABEL) ? ".label"
        : problem.key().equals(UnknownConcept.SYNONYM) ? ".synonym" : ".near";
    return msg.format(kind + variant, value, meant.get().id(),
        meant.get().label().in(msg.lang()));
  }

  /**
   * The error for a value that is the label or synonym of a concept of another facet: which
   * concept, under which facet of the form, and to tick or choose it there.
   */
  private static String elsewhere(Messages msg, Taxonomy taxonomy, String kind, String value,
      ProblemMessage problem, UnknownConcept.Elsewhere concept) {
    String label = taxonomy.facet(concept.facet()).flatMap(facet -> facet.concept(concept.id()))
        .map(c -> c.label().in(msg.lang())).orElse(concept.id());
    String facetLabel = FormProblemText.label(msg, taxonomy, concept.field());
    String where = facetLabel == null ? concept.field() : facetLabel;
    String there = msg.format(SELECTS.contains(concept.field())
        ? "admin.form.unknown.other.choose" : "admin.form.unknown.other.tick", label, where);
    String variant = problem.key().equals(UnknownConcept.OTHER_LABEL) ? ".other.label"
        : ".other.synonym";
    return msg.format(kind + variant, value, concept.id(), where, there);
  }

  /** The facet whose concepts are the options of {@code field}. */
  private static String facetOf(String field) {
    return SELECTS.contains(field) ? field : DocumentParser.CONCEPT_FIELDS.get(field);
  }

  /**
   * These values but those that a problem of the candidate file {@code candidatePath} already
   * says are not in the facet of their field (the corpus check's own message, which names the
   * allowed values): each unknown value is told once beside its field.
   */
  UnknownValues untoldBy(List<DocumentProblem> problems, String candidatePath) {
    Map<String, List<String>> untold = new LinkedHashMap<>();
    byField.forEach((field, values) -> {
      List<String> rest = new ArrayList<>(values);
      for (DocumentProblem problem : problems) {
        if (problem.path().equals(candidatePath)
            && UnknownConcept.is(problem.description().key())
            && problem.field().filter(field::equals).isPresent()
            && !problem.description().arguments().isEmpty()) {
          rest.remove(String.valueOf(problem.description().arguments().get(0)));
        }
      }
      if (!rest.isEmpty()) {
        untold.put(field, List.copyOf(rest));
      }
    });
    return new UnknownValues(untold, taxonomy);
  }
}
