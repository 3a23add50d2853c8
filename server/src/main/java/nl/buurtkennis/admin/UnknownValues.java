package nl.buurtkennis.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import nl.buurtkennis.corpus.UnknownConcept;
import java.util.Map;
import nl.buurtkennis.corpus.DocumentParser;
import nl.buurtkennis.taxonomy.Taxonomy;
import nl.buurtkennis.web.Messages;

/**
 * The values of a document form that none of its options stands for: an id that is not a concept
 * of the facet of its field, in a list of checkboxes or in the select of type, language or
 * evidence (a file written by hand can hold any). Left to the options alone, such a value would
 * show nowhere and be gone after a save. The form shows each one ticked or selected and named as
 * unknown, with an error beside its field; posted back as it is, it is refused by the corpus check
 * like any other unknown concept, so it goes only when the librarian unticks or replaces it.
 */
final class UnknownValues {
  /** The selects whose options are the concepts of a facet, by field; the facet has its name. */
  static final List<String> SELECTS = List.of("type", "language", "evidence");

  private final Map<String, List<String>> byField;

  private UnknownValues(Map<String, List<String>> byField) {
    this.byField = byField;
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
    return new UnknownValues(byField);
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
        .map(value -> error(msg, field, value)).toList()));
    return errors;
  }

  /** The error beside {@code field} for its unknown {@code value}: which, and what to do. */
  static String error(Messages msg, String field, String value) {
    return msg.format(SELECTS.contains(field) ? "admin.form.unknown.select"
        : "admin.form.unknown.list", value);
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
    return new UnknownValues(untold);
  }
}
