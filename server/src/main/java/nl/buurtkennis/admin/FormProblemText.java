package nl.buurtkennis.admin;

import java.util.List;
import nl.buurtkennis.corpus.DocumentParser;
import nl.buurtkennis.corpus.UnknownConcept;
import nl.buurtkennis.taxonomy.Taxonomy;
import nl.buurtkennis.web.Messages;

/**
 * A problem of the document a console form makes, told in the form's words and the page's
 * language: a field by its label ("Titel"), not by its key in the file ({@code title}), and a
 * value that is no concept as the form's boxes show it, not with the list of concept ids the
 * validator names for a file written by hand, but with the id it says was meant. The command line, the logs and the admin API keep
 * the validator's words.
 */
final class FormProblemText {
  /** Validator messages whose advice is for a file written by hand, said anew for the form. */
  private static final List<String> SAID_FOR_THE_FORM = List.of("document.forms.missing",
      "document.forms.empty");

  private final Messages msg;
  private final Taxonomy taxonomy;

  FormProblemText(Messages msg, Taxonomy taxonomy) {
    this.msg = msg;
    this.taxonomy = taxonomy;
  }

  /** What is wrong with the form's document, beside its field or above the form. */
  String of(DocumentProblem problem) {
    String key = problem.description().key();
    List<Object> arguments = problem.description().arguments();
    String field = problem.field().orElse(null);
    if (UnknownConcept.is(key) && field != null && DraftForm.isField(field)
        && !arguments.isEmpty()) {
      return UnknownValues.error(msg, taxonomy, field, problem.description());
    }
    if (SAID_FOR_THE_FORM.contains(key) && field != null) {
      return msg.format("admin.problem." + key, name(field));
    }
    return problem.description().in(msg.locale(), this::name);
  }

  /**
   * The field as a message names it: its label without what the label adds in brackets
   * ("Hoort bij", not "Hoort bij (id van het rapport)"); a key the form has no field for as it is.
   */
  String name(String field) {
    String label = label(msg, taxonomy, field);
    return label == null ? field : label.replaceFirst("\\s*\\([^()]*\\)$", "");
  }

  /** The label of a field of the document form in the page's language; null for another key. */
  static String label(Messages msg, Taxonomy taxonomy, String field) {
    if (DraftForm.CONCEPT_LISTS.contains(field)) {
      String facet = DocumentParser.CONCEPT_FIELDS.get(field);
      return taxonomy.facet(facet).map(f -> f.label().in(msg.lang())).orElse(facet);
    }
    if (DraftForm.BODY.equals(field)) {
      return msg.get("admin.form.body");
    }
    return msg.has("admin.field." + field) ? msg.get("admin.field." + field) : null;
  }
}
