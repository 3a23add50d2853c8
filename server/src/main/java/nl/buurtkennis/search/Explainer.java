package nl.buurtkennis.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkennis.analysis.DutchCompounds;
import nl.buurtkennis.index.IndexSchema;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.Query;

/**
 * Turns Lucene's score explanation of a hit into the matches a librarian can read: which words
 * matched in which field, which phrases, which concepts.
 */
final class Explainer {
  private static final Pattern WEIGHT = Pattern.compile("^weight\\((\\w+):(.+?) in \\d+\\)");
  private static final Pattern CONCEPT = Pattern.compile(
      "^Linear function on the " + IndexSchema.TOPICS + " field for the (\\w+)/([\\w-]+) ");
  private static final Pattern CONCEPT_NAME =
      Pattern.compile("^weight\\(\\$facets:(\\w+)\\x1f(?:.*\\x1f)?([\\w-]+) in \\d+\\)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** A name of a concept as the vocabulary writes it, and the body field it is searched in. */
  record Name(String field, String name) {}

  /**
   * @param names the names of the concepts the query names, each with its phrase: the search
   *     read how often the body uses them from the concept's feature, which does not say which
   */
  HitExplanation explain(IndexView view, Query query, String text, Map<Name, Query> names,
      int docId) throws IOException {
    Explanation explanation = view.explain(query, docId);
    Map<String, HitExplanation.Match> matches = new LinkedHashMap<>();
    collect(explanation, matches);
    for (Map.Entry<Name, Query> name : names.entrySet()) {
      if (view.explain(name.getValue(), docId).isMatch()) {
        add(matches, new HitExplanation.Match("name", name.getKey().field(),
            name.getKey().name(), 0f));
      }
    }
    List<HitExplanation.Match> sorted = new ArrayList<>(matches.values());
    sorted.sort(Comparator.comparing(HitExplanation.Match::score).reversed());
    List<String> concepts = view.concepts().find(Exclusions.of(text).wanted()).stream()
        .map(m -> m.ref().facet() + "/" + m.ref().concept().id()).distinct().toList();
    return new HitExplanation(explanation.getValue().floatValue(), sorted, concepts,
        compoundParts(text));
  }

  private static void collect(Explanation node, Map<String, HitExplanation.Match> matches) {
    String description = node.getDescription();
    Matcher weight = WEIGHT.matcher(description);
    Matcher concept = CONCEPT.matcher(description);
    boolean weighted = weight.find();
    if (weighted) {
      String terms = weight.group(2);
      String kind = terms.startsWith("\"") ? "phrase" : "words";
      add(matches, new HitExplanation.Match(kind, weight.group(1), terms,
          node.getValue().floatValue()));
      return;
    }
    Matcher conceptName = CONCEPT_NAME.matcher(description);
    if (conceptName.find()) {
      add(matches, new HitExplanation.Match("concept-name", conceptName.group(1),
          conceptName.group(2), node.getValue().floatValue()));
      return;
    }
    if (concept.find()) {
      add(matches, new HitExplanation.Match("concept", concept.group(1), concept.group(2),
          node.getValue().floatValue()));
      return;
    }
    for (Explanation detail : node.getDetails()) {
      collect(detail, matches);
    }
  }

  private static void add(Map<String, HitExplanation.Match> matches, HitExplanation.Match match) {
    String key = match.kind() + "|" + match.field() + "|" + match.text();
    HitExplanation.Match earlier = matches.get(key);
    matches.put(key, earlier == null ? match : new HitExplanation.Match(match.kind(),
        match.field(), match.text(), earlier.score() + match.score()));
  }

  private static List<String> compoundParts(String text) {
    List<String> parts = new ArrayList<>();
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      List<String> segments = DutchCompounds.segments(word.group().toLowerCase(Locale.ROOT));
      if (!segments.isEmpty()) {
        parts.add(word.group() + " = " + String.join(" + ", segments));
      }
    }
    return parts;
  }
}
