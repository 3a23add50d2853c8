package nl.buurtkennis.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.buurtkennis.taxonomy.Concept;
import nl.buurtkennis.taxonomy.Facet;
import nl.buurtkennis.taxonomy.Taxonomy;
import nl.buurtkennis.validation.ProblemMessage;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;

/**
 * The problem of a value that is no concept id of its facet, with the id most likely meant when
 * there is one: the id of the concept whose label or synonym was written ({@code Toezicht},
 * {@code Buurtpreventie} or {@code buurt preventie} for {@code citizen-surveillance}; case,
 * spaces, hyphens and underscores aside), or an id one or two typing errors away
 * ({@code citizen-survelliance}, {@code NL}), or the concept whose label or synonym was written
 * with one or two typing errors ({@code Toezigt}); a name of several concepts is told as such,
 * with their ids. Every such message has a key that starts with
 * {@link #KEY} and the value as its first argument, the field second and the facet third.
 */
public final class UnknownConcept {
  /** The key of the plain message, and the start of the key of every variant. */
  public static final String KEY = "document.concept.unknown";
  /** The variant for a concept's label written instead of its id; the id is argument 4. */
  public static final String LABEL = "document.concept.unknown.label";
  /** The variant for one of a concept's synonyms written instead of its id; the id is argument 4. */
  public static final String SYNONYM = "document.concept.unknown.synonym";
  /** The variant for an id one or two typing errors away; that id is argument 4. */
  public static final String NEAR = "document.concept.unknown.near";
  /**
   * The variant for a label or synonym written with one or two typing errors: the id of its
   * concept is argument 4, the name as the taxonomy writes it argument 5.
   */
  public static final String NEAR_NAME = "document.concept.unknown.near.name";
  /**
   * The variant for a label or synonym of more than one concept of the facet, which names none
   * of them: argument 4 lists their ids.
   */
  public static final String AMBIGUOUS = "document.concept.unknown.ambiguous";
  /**
   * The variant for the label of a concept of another facet: the concept's id is argument 4, its
   * facet argument 5 and the field for that facet argument 6.
   */
  public static final String OTHER_LABEL = "document.concept.unknown.other.label";
  /** As {@link #OTHER_LABEL}, for one of the synonyms of a concept of another facet. */
  public static final String OTHER_SYNONYM = "document.concept.unknown.other.synonym";

  /** A concept of another facet than the value's field has, and the field for that facet. */
  public record Elsewhere(String id, String facet, String field) {}

  private UnknownConcept() {}

  /** Whether {@code key} is that of a value that is no concept id of its facet. */
  public static boolean is(String key) {
    return key.equals(KEY) || key.startsWith(KEY + ".");
  }

  /**
   * The problem of {@code value} in {@code field}, which is no concept id of {@code facet}: the
   * validator's, and the console's for a value its form has no option for.
   */
  public static ProblemMessage of(String field, String value, Facet facet) {
    return of(field, value, facet, List.of());
  }

  /**
   * As {@link #of(String, String, Facet)}, and a value that is no name of a concept of
   * {@code facet} but the label or synonym of one concept of another facet of {@code taxonomy}
   * ({@code Vigilantism} in {@code forms}) is told as that concept, with its facet and field.
   */
  public static ProblemMessage of(String field, String value, Facet facet, Taxonomy taxonomy) {
    return of(field, value, facet,
        taxonomy.facets().stream().filter(other -> !other.id().equals(facet.id())).toList());
  }

  private static ProblemMessage of(String field, String value, Facet facet, List<Facet> others) {
    List<String> ids = facet.concepts().stream().map(Concept::id).toList();
    Object[] arguments = {value, ProblemMessage.field(field), facet.id(), String.join(", ", ids)};
    boolean spellsAnId = ids.contains(typed(value));
    Optional<String> labelled = named(value, facet, UnknownConcept::labels);
    // 'citizen_surveillance' is a spelling of the id, not its label 'Citizen surveillance'
    if (labelled.isPresent() && (!spellsAnId || isLabelAsWritten(value, facet))) {
      return ProblemMessage.of(LABEL, arguments[0], arguments[1], arguments[2],
          arguments[3], labelled.get());
    }
    Optional<String> synonym = named(value, facet, UnknownConcept::synonyms);
    // an id in capitals ('NL', a synonym of 'nl' too) is told as the id it nearly is
    if (synonym.isPresent() && !spellsAnId) {
      return ProblemMessage.of(SYNONYM, arguments[0], arguments[1], arguments[2],
          arguments[3], synonym.get());
    }
    List<String> sharing = spellsAnId ? List.of() : namedBySeveral(value, facet);
    if (sharing.size() > 1) {
      return ProblemMessage.of(AMBIGUOUS, arguments[0], arguments[1], arguments[2],
          arguments[3], quotedList(sharing));
    }
    if (synonym.isEmpty() && !spellsAnId) {
      Optional<ProblemMessage> elsewhere = elsewhere(arguments, others);
      if (elsewhere.isPresent()) {
        return elsewhere.get();
      }
    }
    Optional<String> near = nearest(value, ids);
    if (near.isPresent()) {
      return ProblemMessage.of(NEAR, arguments[0], arguments[1], arguments[2],
          arguments[3], near.get());
    }
    Optional<Concept> nearlyNamed = nearestName(value, facet, UnknownConcept::labels)
        .or(() -> nearestName(value, facet, UnknownConcept::synonyms));
    if (nearlyNamed.isPresent()) {
      Concept concept = nearlyNamed.get();
      return ProblemMessage.of(NEAR_NAME, arguments[0], arguments[1], arguments[2],
          arguments[3], concept.id(), nearName(value, concept));
    }
    return ProblemMessage.of(KEY, arguments);
  }

  /** The id {@code problem} (one of these problems) names as the one meant; empty for none. */
  public static Optional<String> meant(ProblemMessage problem) {
    return namesConcept(problem.key()) && problem.arguments().size() > 4
        ? Optional.of(String.valueOf(problem.arguments().get(4))) : Optional.empty();
  }

  /**
   * The ids of the concepts {@code problem} says its value is a name of, when it names more than
   * one ({@link #AMBIGUOUS}); empty otherwise.
   */
  public static List<String> candidates(ProblemMessage problem) {
    if (!problem.key().equals(AMBIGUOUS) || problem.arguments().size() < 5) {
      return List.of();
    }
    return Stream.of(String.valueOf(problem.arguments().get(4)).split(", "))
        .map(id -> id.replace("'", "")).toList();
  }

  /** The concept of another facet {@code problem} (one of these problems) names; empty for none. */
  public static Optional<Elsewhere> elsewhere(ProblemMessage problem) {
    boolean other = problem.key().equals(OTHER_LABEL) || problem.key().equals(OTHER_SYNONYM);
    List<Object> arguments = problem.arguments();
    return other && arguments.size() > 6
        ? Optional.of(new Elsewhere(String.valueOf(arguments.get(4)),
            String.valueOf(arguments.get(5)), String.valueOf(arguments.get(6))))
        : Optional.empty();
  }

  /**
   * The problem of a value that is the label, else a synonym, of one concept of one of the
   * {@code others} facets that a document has a field for.
   */
  private static Optional<ProblemMessage> elsewhere(Object[] arguments, List<Facet> others) {
    String value = String.valueOf(arguments[0]);
    List<Elsewhere> labelled = namedElsewhere(value, others, UnknownConcept::labels);
    String key = OTHER_LABEL;
    List<Elsewhere> found = labelled;
    if (labelled.isEmpty()) {
      key = OTHER_SYNONYM;
      found = namedElsewhere(value, others, UnknownConcept::synonyms);
    }
    if (found.size() != 1) {
      return Optional.empty(); // none, or several concepts: no one to name
    }
    Elsewhere concept = found.get(0);
    return Optional.of(ProblemMessage.of(key, arguments[0], arguments[1], arguments[2],
        arguments[3], concept.id(), concept.facet(), ProblemMessage.field(concept.field())));
  }

  /**
   * The concepts of those of the {@code others} facets a document has a field for that have
   * {@code value} among their {@code names}.
   */
  private static List<Elsewhere> namedElsewhere(String value, List<Facet> others,
      Function<Concept, Stream<String>> names) {
    List<Elsewhere> found = new ArrayList<>();
    for (Facet other : others) {
      Optional<String> field = fieldOf(other.id());
      Optional<String> id = named(value, other, names);
      if (field.isPresent() && id.isPresent()) {
        found.add(new Elsewhere(id.get(), other.id(), field.get()));
      }
    }
    return found;
  }

  /** The front-matter field whose values are concepts of {@code facetId}, if a document has one. */
  private static Optional<String> fieldOf(String facetId) {
    return DocumentParser.CONCEPT_FIELDS.entrySet().stream()
        .filter(entry -> entry.getValue().equals(facetId)).map(Map.Entry::getKey).findFirst()
        .or(() -> DocumentParser.SINGLE_CONCEPT_FIELDS.contains(facetId)
            ? Optional.of(facetId) : Optional.empty());
  }

  /** Whether {@code key} is that of a value that is a label or synonym of a concept. */
  public static boolean isName(String key) {
    return key.equals(LABEL) || key.equals(SYNONYM);
  }

  private static boolean namesConcept(String key) {
    return isName(key) || key.equals(NEAR) || key.equals(NEAR_NAME);
  }

  /** Whether {@code key} is that of a value that is most likely a typing error for a concept. */
  public static boolean isTypo(String key) {
    return key.equals(NEAR) || key.equals(NEAR_NAME);
  }

  /**
   * The id of the one concept of the facet that has {@code value} among its {@code names}, case,
   * spaces, hyphens and underscores aside ({@code buurt preventie} is {@code Buurtpreventie}).
   */
  private static Optional<String> named(String value, Facet facet,
      Function<Concept, Stream<String>> names) {
    String wanted = compact(value);
    List<String> ids = facet.concepts().stream()
        .filter(c -> names.apply(c).anyMatch(name -> compact(name).equals(wanted)))
        .map(Concept::id).toList();
    return !wanted.isEmpty() && ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
  }

  /**
   * The ids of the concepts of the facet that have {@code value} among their labels, else among
   * their synonyms, case, spaces, hyphens and underscores aside: more than one when the value
   * names none of them alone.
   */
  private static List<String> namedBySeveral(String value, Facet facet) {
    String wanted = compact(value);
    if (wanted.isEmpty()) {
      return List.of();
    }
    List<String> labelled = idsNamed(wanted, facet, UnknownConcept::labels);
    return labelled.isEmpty() ? idsNamed(wanted, facet, UnknownConcept::synonyms) : labelled;
  }

  private static List<String> idsNamed(String compacted, Facet facet,
      Function<Concept, Stream<String>> names) {
    return facet.concepts().stream()
        .filter(c -> names.apply(c).anyMatch(name -> compact(name).equals(compacted)))
        .map(Concept::id).toList();
  }

  /**
   * The one concept of the facet one of whose {@code names} is closest to {@code value}, case,
   * spaces, hyphens and underscores aside, when it is at most one edit away (two for six letters
   * or more), as {@link #nearest} for ids.
   */
  private static Optional<Concept> nearestName(String value, Facet facet,
      Function<Concept, Stream<String>> names) {
    String wanted = compact(value);
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    int allowed = wanted.length() >= 6 ? 2 : 1;
    for (int edits = 1; edits <= allowed; edits++) {
      Automaton near = new LevenshteinAutomata(wanted, true).toAutomaton(edits);
      List<Concept> found = facet.concepts().stream()
          .filter(c -> names.apply(c).anyMatch(name -> Operations.run(near, compact(name))))
          .toList();
      if (!found.isEmpty()) {
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The name of {@code concept} that {@code value} is nearest to, as the taxonomy writes it. */
  private static String nearName(String value, Concept concept) {
    String wanted = compact(value);
    return Stream.concat(labels(concept), synonyms(concept)).filter(name -> name != null)
        .min(Comparator.comparingInt(name -> distance(wanted, compact(name))))
        .orElse(concept.id());
  }

  /** The number of edits, as Lucene's automata count them, up to two; three for more. */
  private static int distance(String a, String b) {
    for (int edits = 0; edits <= 2; edits++) {
      if (Operations.run(new LevenshteinAutomata(a, true).toAutomaton(edits), b)) {
        return edits;
      }
    }
    return 3;
  }

  private static String quotedList(List<String> ids) {
    return ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", "));
  }

  /** Whether {@code value} is a label of a concept of the facet, case aside. */
  private static boolean isLabelAsWritten(String value, Facet facet) {
    return facet.concepts().stream().flatMap(UnknownConcept::labels)
        .anyMatch(label -> label != null && label.equalsIgnoreCase(value.strip()));
  }

  private static Stream<String> labels(Concept concept) {
    return Stream.of(concept.label().nl(), concept.label().en());
  }

  private static Stream<String> synonyms(Concept concept) {
    return Stream.concat(concept.synonymsNl().stream(), concept.synonymsEn().stream());
  }

  /**
   * The one id closest to {@code value} in letters, written in lower case, when it is at most
   * one edit away (two for a value of six letters or more): a typing error, not another word.
   * Edits are Lucene's Levenshtein automata's: a letter added, left out or changed, or two
   * neighbours swapped.
   */
  private static Optional<String> nearest(String value, List<String> ids) {
    String typed = typed(value);
    int allowed = typed.length() >= 6 ? 2 : 1;
    for (int edits = 0; edits <= allowed; edits++) {
      List<String> near = within(typed, edits, ids);
      if (!near.isEmpty()) {
        return near.size() == 1 ? Optional.of(near.get(0)) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** {@code value} as an id would be written: lower case, '-' for a space or underscore. */
  private static String typed(String value) {
    return value.strip().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
  }

  /** The ids at most {@code edits} edits from {@code typed}. */
  private static List<String> within(String typed, int edits, List<String> ids) {
    Automaton near = new LevenshteinAutomata(typed, true).toAutomaton(edits);
    return ids.stream().filter(id -> Operations.run(near, id)).toList();
  }

  private static String compact(String text) {
    return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
  }
}
