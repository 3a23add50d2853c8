package nl.buurtkennis.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.buurtkennis.taxonomy.TaxonomyParser;
import nl.buurtkennis.validation.Problem;
import nl.buurtkennis.validation.ProblemMessage;

/**
 * One problem at taxonomy.yml for a value that is no concept id of its facet but that several
 * documents (three or more) use: the mark of a concept whose id was renamed or removed in
 * taxonomy.yml, which each document's own problem cannot tell ("write 'relocation' instead" asks
 * for the very edits a fixed id is there to spare). The documents' problems stay, each at its
 * line. taxonomy.yml is read again only for such a value, to name the facet's line. A value that
 * is the label or synonym of a concept ({@code Buurtpreventie}) is no renamed id: its problem says
 * which id to write instead ({@link #LABEL_KEY}, {@link #SYNONYM_KEY}: the id is argument 4),
 * unless it is written as an id is ({@code displacement}, the label {@code Displacement} of concept
 * {@code relocation}): then it is most likely that concept's former id, and its problem says to
 * put it back first, and to write the id in each document only if they meant the name
 * ({@link #RENAMED_LABEL_KEY}, {@link #RENAMED_SYNONYM_KEY}); nor is a typing error of an id or name several documents copied ({@link #NEAR_KEY}), or a name of
 * several concepts ({@link #AMBIGUOUS_KEY}).
 */
final class SharedUnknownConcepts {
  static final String KEY = "corpus.concept.shared";
  /** The variant for a concept's label that several documents use as an id. */
  static final String LABEL_KEY = "corpus.concept.shared.label";
  /** The variant for one of a concept's synonyms that several documents use as an id. */
  static final String SYNONYM_KEY = "corpus.concept.shared.synonym";
  /**
   * The variant for a concept's label that several documents use, written as an id: most likely
   * the concept's id before it was renamed. The concept's present id is argument 4.
   */
  static final String RENAMED_LABEL_KEY = "corpus.concept.shared.label.renamed";
  /** As {@link #RENAMED_LABEL_KEY}, for one of a concept's synonyms. */
  static final String RENAMED_SYNONYM_KEY = "corpus.concept.shared.synonym.renamed";
  /**
   * The variant for a label of a concept of another facet that several documents use: that
   * concept's id is argument 4, its facet 5, the field used 6 and the field for its facet 7.
   */
  static final String OTHER_LABEL_KEY = "corpus.concept.shared.other.label";
  /** As {@link #OTHER_LABEL_KEY}, for a synonym of a concept of another facet. */
  static final String OTHER_SYNONYM_KEY = "corpus.concept.shared.other.synonym";
  /**
   * The variant for a typing error, in an id ({@code citizen_surveillance}) or a name
   * ({@code Toezigt}), that several documents share (copied from one another): the id of the
   * concept most likely meant is argument 4.
   */
  static final String NEAR_KEY = "corpus.concept.shared.near";
  /** The variant for a name of several concepts; argument 4 lists their ids. */
  static final String AMBIGUOUS_KEY = "corpus.concept.shared.ambiguous";
  /**
   * How many documents must share the value: two may share a typo (a copied file), while a
   * renamed concept is in as many documents as were tagged with it.
   */
  private static final int MIN_DOCUMENTS = 3;
  /** How many files listed by name before the rest is counted. */
  private static final int LISTED = 5;

  private SharedUnknownConcepts() {}

  /** The problems to add to {@code problems} for values {@link #MIN_DOCUMENTS} or more share. */
  static List<Problem> of(List<Problem> problems, Path taxonomyFile, Path corpusDir) {
    Map<List<String>, Set<String>> users = new LinkedHashMap<>();
    Map<List<String>, ProblemMessage> told = new LinkedHashMap<>();
    for (Problem problem : problems) {
      List<Object> arguments = problem.description().arguments();
      if (UnknownConcept.is(problem.description().key()) && arguments.size() >= 3) {
        List<String> valueAndFacet =
            List.of(String.valueOf(arguments.get(0)), String.valueOf(arguments.get(2)));
        users.computeIfAbsent(valueAndFacet, k -> new LinkedHashSet<>())
            .add(corpusDir.relativize(problem.path()).toString().replace('\\', '/'));
        told.putIfAbsent(valueAndFacet, problem.description());
      }
    }
    users.values().removeIf(files -> files.size() < MIN_DOCUMENTS);
    if (users.isEmpty()) {
      return List.of();
    }
    List<String> lines = taxonomyLines(taxonomyFile);
    List<Problem> shared = new ArrayList<>();
    users.forEach((valueAndFacet, files) -> {
      List<String> listed = files.stream().limit(LISTED).toList();
      String named = String.join(", ", listed)
          + (files.size() > LISTED ? ", … (+" + (files.size() - LISTED) + ")" : "");
      int line = facetLine(lines, valueAndFacet.get(1));
      ProblemMessage documentsProblem = told.get(valueAndFacet);
      Optional<String> meant = UnknownConcept.meant(documentsProblem);
      Optional<UnknownConcept.Elsewhere> elsewhere = UnknownConcept.elsewhere(documentsProblem);
      if (elsewhere.isPresent()) {
        String key = documentsProblem.key().equals(UnknownConcept.OTHER_LABEL)
            ? OTHER_LABEL_KEY : OTHER_SYNONYM_KEY;
        shared.add(new Problem(taxonomyFile, line, key, valueAndFacet.get(0),
            valueAndFacet.get(1), String.valueOf(files.size()), named, elsewhere.get().id(),
            elsewhere.get().facet(), String.valueOf(documentsProblem.arguments().get(1)),
            elsewhere.get().field()));
      } else if (UnknownConcept.isTypo(documentsProblem.key()) && meant.isPresent()) {
        shared.add(new Problem(taxonomyFile, line, NEAR_KEY, valueAndFacet.get(0),
            valueAndFacet.get(1), String.valueOf(files.size()), named, meant.get()));
      } else if (documentsProblem.key().equals(UnknownConcept.AMBIGUOUS)) {
        shared.add(new Problem(taxonomyFile, line, AMBIGUOUS_KEY, valueAndFacet.get(0),
            valueAndFacet.get(1), String.valueOf(files.size()), named,
            String.valueOf(documentsProblem.arguments().get(4))));
      } else if (UnknownConcept.isName(documentsProblem.key()) && meant.isPresent()) {
        boolean label = documentsProblem.key().equals(UnknownConcept.LABEL);
        String key = writtenAsAnId(valueAndFacet.get(0))
            ? (label ? RENAMED_LABEL_KEY : RENAMED_SYNONYM_KEY)
            : (label ? LABEL_KEY : SYNONYM_KEY);
        shared.add(new Problem(taxonomyFile, line, key, valueAndFacet.get(0),
            valueAndFacet.get(1), String.valueOf(files.size()), named, meant.get()));
      } else {
        shared.add(new Problem(taxonomyFile, line, KEY, valueAndFacet.get(0),
            valueAndFacet.get(1), String.valueOf(files.size()), named));
      }
    });
    return shared;
  }

  /**
   * Whether {@code value} is written as taxonomy.yml writes an id ({@code displacement}, not
   * {@code Displacement} or {@code buurt preventie}): a name that documents write so could be the
   * id their concept had.
   */
  private static boolean writtenAsAnId(String value) {
    return TaxonomyParser.ID.matcher(value).matches();
  }

  /** The line of the facet's {@code id:} in taxonomy.yml, or 1 where none is found. */
  private static int facetLine(List<String> lines, String facet) {
    Pattern id = Pattern.compile("^\\s*-?\\s*id:\\s*['\"]?" + Pattern.quote(facet)
        + "['\"]?\\s*(#.*)?$");
    for (int i = 0; i < lines.size(); i++) {
      if (id.matcher(lines.get(i)).matches()) {
        return i + 1;
      }
    }
    return 1;
  }

  private static List<String> taxonomyLines(Path taxonomyFile) {
    try {
      return Files.readAllLines(taxonomyFile, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return List.of(); // its own problems are told where it is read
    }
  }
}
