package nl.buurtkennis.taxonomy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.buurtkennis.yaml.YamlMap;

/**
 * The labels and synonyms of one facet's concepts, checked against each other once the facet is
 * read. Two concepts with the same label (compared without case and diacritics, per language)
 * show as two identical filter boxes: an error. A synonym or label that already names another
 * concept of the facet is a warning: a search finds both concepts by it, which is seldom meant.
 * A name shared with a concept of another facet is allowed ("Toezicht" is a form and a police
 * task).
 */
final class FacetNames {
  private record Name(String concept, String language, String text, int line) {}

  private final List<Name> labels = new ArrayList<>();
  private final List<Name> synonyms = new ArrayList<>();

  void label(String concept, String language, String text, int line) {
    if (!text.isBlank()) {
      labels.add(new Name(concept, language, text, line));
    }
  }

  void synonym(String concept, String language, String text, int line) {
    synonyms.add(new Name(concept, language, text, line));
  }

  /** Reports a label given twice to {@code errors}, a name of two concepts to {@code warnings}. */
  void check(YamlMap.Problems errors, YamlMap.Problems warnings) {
    Map<String, Name> named = new HashMap<>();
    for (Name label : labels) {
      Name first = named.putIfAbsent(key(label), label);
      if (first != null && !first.concept().equals(label.concept())) {
        errors.report(label.line(), "taxonomy.label.twice", label.text(), first.concept());
      }
    }
    for (Name synonym : synonyms) {
      Name first = named.putIfAbsent(key(synonym), synonym);
      if (first != null && !first.concept().equals(synonym.concept())) {
        warnings.report(synonym.line(), "taxonomy.name.shared", synonym.text(), first.concept());
      }
    }
  }

  /** The name without case and diacritics, in its language. */
  private static String key(Name name) {
    return name.language() + ":" + Normalizer.normalize(name.text(), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }
}
