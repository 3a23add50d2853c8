package nl.buurtkennis.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds translation pairs whose tags differ. A translation is the same document in the other
 * language, so it has the same topics and the same strength of evidence; when the tags differ,
 * a search filtered by language gives another answer than the same search in the other
 * language. A difference is no error (the texts may have been written apart, and either side may
 * be the one to fix), so it is reported as a warning.
 */
public final class TranslationTags {
  /** The compared fields, by their names in the front matter, in the order they are written. */
  public static final List<String> FIELDS = List.of("forms", "issues", "benefits", "conditions",
      "police_tasks", "evidence");

  /**
   * One field on which a document and its translation disagree.
   *
   * @param document the document the difference is reported in: the one that names the other as
   *     its translation (the first by id when both do)
   * @param field the front matter field, one of {@link #FIELDS}
   * @param onlyInDocument the values only {@code document} has, in its order
   * @param onlyInTranslation the values only {@code translation} has, in its order
   */
  public record Difference(CorpusDocument document, CorpusDocument translation, String field,
      List<String> onlyInDocument, List<String> onlyInTranslation) {
    public Difference {
      onlyInDocument = List.copyOf(onlyInDocument);
      onlyInTranslation = List.copyOf(onlyInTranslation);
    }
  }

  private TranslationTags() {}

  /** Every difference in the corpus, pair by pair in document order, field by field. */
  public static List<Difference> differences(Corpus corpus) {
    List<Difference> differences = new ArrayList<>();
    for (CorpusDocument document : corpus.documents()) {
      Optional<CorpusDocument> translation = corpus.translation(document);
      if (translation.isPresent() && reportsIn(document, translation.get())) {
        differences.addAll(differences(document, translation.get()));
      }
    }
    return differences;
  }

  /** The fields on which the two documents differ, in {@link #FIELDS} order. */
  public static List<Difference> differences(CorpusDocument document,
      CorpusDocument translation) {
    Map<String, List<String>> mine = values(document);
    Map<String, List<String>> theirs = values(translation);
    List<Difference> differences = new ArrayList<>();
    for (String field : FIELDS) {
      List<String> onlyMine = without(mine.get(field), theirs.get(field));
      List<String> onlyTheirs = without(theirs.get(field), mine.get(field));
      if (!onlyMine.isEmpty() || !onlyTheirs.isEmpty()) {
        differences.add(new Difference(document, translation, field, onlyMine, onlyTheirs));
      }
    }
    return differences;
  }

  /** Each pair is reported once, in the file where the link was written. */
  private static boolean reportsIn(CorpusDocument document, CorpusDocument translation) {
    boolean namesTranslation = translation.id().equals(document.translation());
    boolean namedByTranslation = document.id().equals(translation.translation());
    if (namesTranslation && namedByTranslation) {
      return document.id().compareTo(translation.id()) < 0;
    }
    return namesTranslation;
  }

  private static Map<String, List<String>> values(CorpusDocument doc) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    values.put("forms", doc.forms());
    values.put("issues", doc.issues());
    values.put("benefits", doc.benefits());
    values.put("conditions", doc.conditions());
    values.put("police_tasks", doc.policeTasks());
    values.put("evidence", doc.evidence() == null ? List.of() : List.of(doc.evidence()));
    return values;
  }

  private static List<String> without(List<String> values, List<String> others) {
    return values.stream().filter(v -> !others.contains(v)).distinct().toList();
  }
}
