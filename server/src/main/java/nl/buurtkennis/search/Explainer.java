package nl.buurtkennis.search;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkennis.index.IndexSchema;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Turns Lucene's score explanation of a hit into the matches a librarian can read: which words
 * matched in which field, which phrases, which concepts, and which words matched as the lexicon's
 * translation or other name of a typed word.
 */
final class Explainer {
  private static final Pattern WEIGHT = Pattern.compile("^weight\\((\\w+):(.+?) in \\d+\\)");
  /** The kind of match each concept feature field gives. */
  private static final Map<String, String> FEATURE_KINDS = Map.of(IndexSchema.TOPICS, "concept",
      IndexSchema.SECTIONS, "section", IndexSchema.TITLES, "title");
  private static final Pattern FEATURE = Pattern.compile("^Linear function on the ("
      + String.join("|", FEATURE_KINDS.keySet()) + ") field for the (\\w+)/([\\w-]+) ");
  private static final Pattern CONCEPT_NAME =
      Pattern.compile("^weight\\(\\$facets:(\\w+)\\x1f(?:.*\\x1f)?([\\w-]+) in \\d+\\)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  /** Lucene's {@code DisjunctionMaxQuery}: its best part, and the others times the tie breaker. */
  private static final Pattern MAX = Pattern.compile("^max (?:plus ([0-9.Ee-]+) times others )?of:");

  /**
   * How far, relative to the score (or absolutely, below 1), the matches may add up to other
   * than the query's score before the difference is listed as a rest: float sums of the same
   * parts in another order differ in their last bits.
   */
  static final double REST_TOLERANCE = 1e-4;

  /** A name of a concept as the vocabulary writes it, and the body field it is searched in. */
  record Name(String field, String name) {}

  /**
   * A word the query was also searched as in {@code language}'s texts: the lexicon's translation
   * of the typed words {@code typed}, or, a {@code synonym}, another name the glossary gives them
   * in that language.
   */
  record Via(String word, String language, List<String> typed, boolean synonym) {
    /**
     * Says so in {@code lang}: {@code ouderen — vertaling van elderly}; null for a typed word
     * that stands for no other ({@code typed} empty), whose matches are the words as typed.
     */
    String in(String lang) {
      if (typed.isEmpty()) {
        return null;
      }
      Locale locale = Locale.forLanguageTag("en".equals(lang) ? "en" : "nl");
      ResourceBundle messages = ResourceBundle.getBundle("messages", locale,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
      String key = synonym ? "search.explain.synonym" : "search.explain.translation";
      return new MessageFormat(messages.getString(key), locale)
          .format(new Object[] {word, String.join(", ", typed)});
    }
  }

  /**
   * What a hit is explained with.
   *
   * @param ranking the query that ranked it, whose score the explanation gives
   * @param typed the same without the words the lexicon put in place of typed ones
   * @param alternatives each of those words alone, as the ranking query searches it
   * @param names the names of the concepts the query names, each with its phrase: the search
   *     read how often the body uses them from the concept's feature, which does not say which
   */
  record Queries(Query ranking, Query typed, Map<Via, Query> alternatives,
      Map<Name, Query> names) {}

  /**
   * The weights of one request's queries, made once for all the hits of a page, each when first
   * asked for; not shared between requests.
   */
  static final class Weights {
    private final IndexView view;
    private final Map<Query, Weight> made = new IdentityHashMap<>();

    Weights(IndexView view) {
      this.view = view;
    }

    Explanation explain(Query query, int docId) throws IOException {
      Weight weight = made.get(query);
      if (weight == null) {
        weight = view.createWeight(view.rewrite(query), ScoreMode.COMPLETE, 1f);
        made.put(query, weight);
      }
      return view.explain(weight, docId);
    }
  }

  /**
   * The ranking query's contributions to the hit {@code docId}, the query as typed and each
   * alternative word explained apart so that a match says which it came from: all clauses of the
   * ranking query add up, so each scores as it does within it. What the matches leave of the
   * query's score, if anything, is listed as its {@code rest}, so that they add up to it.
   *
   * @param lang the language to tell in which typed word an alternative stands for
   * @param queryScore the score the search gave the hit, or NaN where it kept none: then the
   *     ranking query's explanation tells it
   */
  HitExplanation explain(IndexView view, Queries queries, Weights weights, String text,
      String lang, int docId, float queryScore) throws IOException {
    boolean typedIsRanking = queries.typed().equals(queries.ranking());
    Explanation explanation = Float.isNaN(queryScore) || typedIsRanking
        ? weights.explain(queries.ranking(), docId) : null;
    float score = Float.isNaN(queryScore) ? explanation.getValue().floatValue() : queryScore;
    Explanation typed = typedIsRanking ? explanation : weights.explain(queries.typed(), docId);
    Map<String, Parts> matches = new HashMap<>();
    if (typed.isMatch()) {
      collect(typed, matches, null, 1);
    }
    for (Map.Entry<Via, Query> alternative : queries.alternatives().entrySet()) {
      Explanation found = weights.explain(alternative.getValue(), docId);
      if (found.isMatch()) {
        collect(found, matches, alternative.getKey().in(lang), 1);
      }
    }
    for (Map.Entry<Name, Query> name : queries.names().entrySet()) {
      if (weights.explain(name.getValue(), docId).isMatch()) {
        add(matches, new HitExplanation.Match("name", name.getKey().field(),
            name.getKey().name(), 0f));
      }
    }
    List<HitExplanation.Match> sorted = sorted(matches);
    double rest = 0;
    for (HitExplanation.Match match : sorted) {
      rest += match.score();
    }
    rest = score - rest;
    if (Math.abs(rest) > REST_TOLERANCE * Math.max(1, Math.abs(score))) {
      sorted.add(new HitExplanation.Match(HitExplanation.REST, "query", "", (float) rest));
    }
    List<String> concepts = view.concepts().find(Exclusions.of(text).wanted()).stream()
        .map(m -> m.ref().facet() + "/" + m.ref().concept().id()).distinct().toList();
    return new HitExplanation(score, List.copyOf(sorted), concepts,
        compoundParts(text, view.getIndexReader()));
  }

  /**
   * Adds the contributions of {@code node}, a part of a score's explanation, to {@code matches}:
   * each scoring leaf (a field's words, a phrase, a concept) with what it adds to the whole
   * score, its own score times {@code share}. A sum adds its parts whole; Lucene's
   * {@code DisjunctionMaxQuery} ("max plus 0.1 times others of") adds its best part whole and the
   * others at the tie breaker's share, so that each counts as much as it adds; a part that scores
   * nothing (a filter's "match on required clause") adds nothing, whatever its own parts score.
   *
   * @param via how the words matched stand for typed ones, or null for the words as typed
   */
  static void collect(Explanation node, Map<String, Parts> matches, String via,
      double share) {
    if (!node.isMatch() || node.getValue().doubleValue() == 0) {
      return;
    }
    HitExplanation.Match leaf = leaf(node, via, share);
    if (leaf != null) {
      add(matches, leaf);
      return;
    }
    Matcher max = MAX.matcher(node.getDescription());
    if (max.find()) {
      double tieBreaker = max.group(1) == null ? 0 : Double.parseDouble(max.group(1));
      // Lucene lists a disjunction's parts in hash order, which changes from one start of the
      // JVM to the next: of equally scoring parts, the one whose first match comes first in a
      // fixed order counts whole, not the one Lucene happens to list first
      Explanation best = null;
      String bestKey = null;
      for (Explanation detail : node.getDetails()) {
        if (!detail.isMatch()) {
          continue;
        }
        int compared = best == null ? 1
            : Double.compare(detail.getValue().doubleValue(), best.getValue().doubleValue());
        if (compared > 0) {
          best = detail;
          bestKey = null;
        } else if (compared == 0) {
          if (bestKey == null) {
            bestKey = firstKey(best, via);
          }
          String key = firstKey(detail, via);
          if (key.compareTo(bestKey) < 0) {
            best = detail;
            bestKey = key;
          }
        }
      }
      for (Explanation detail : node.getDetails()) {
        collect(detail, matches, via, detail == best ? share : share * tieBreaker);
      }
      return;
    }
    for (Explanation detail : node.getDetails()) {
      collect(detail, matches, via, share);
    }
  }

  /**
   * The match {@code node} is, adding its own score times {@code share}, if it is a scoring
   * leaf (a field's words, a phrase, a concept); null for a node made of other parts.
   */
  private static HitExplanation.Match leaf(Explanation node, String via, double share) {
    String description = node.getDescription();
    float adds = (float) (node.getValue().doubleValue() * share);
    Matcher weight = WEIGHT.matcher(description);
    if (weight.find()) {
      String terms = weight.group(2);
      String kind = terms.startsWith("\"") ? "phrase" : "words";
      return new HitExplanation.Match(kind, weight.group(1), terms, adds, via);
    }
    Matcher conceptName = CONCEPT_NAME.matcher(description);
    if (conceptName.find()) {
      return new HitExplanation.Match("concept-name", conceptName.group(1),
          conceptName.group(2), adds, via);
    }
    Matcher feature = FEATURE.matcher(description);
    if (feature.find()) {
      return new HitExplanation.Match(FEATURE_KINDS.get(feature.group(1)), feature.group(2),
          feature.group(3), adds, via);
    }
    return null;
  }

  /**
   * The first, in the order of {@link #key}, of the matches {@code node} is made of: a key of
   * the part of a disjunction that does not depend on the order Lucene lists its parts in.
   */
  private static String firstKey(Explanation node, String via) {
    if (!node.isMatch() || node.getValue().doubleValue() == 0) {
      return "\uffff";
    }
    HitExplanation.Match leaf = leaf(node, via, 1);
    if (leaf != null) {
      return key(leaf);
    }
    String first = "\uffff";
    for (Explanation detail : node.getDetails()) {
      String key = firstKey(detail, via);
      if (key.compareTo(first) < 0) {
        first = key;
      }
    }
    return first;
  }

  /** What a match is told apart by: the same words in the same field add up to one. */
  private static String key(HitExplanation.Match match) {
    return match.kind() + "|" + match.field() + "|" + match.text() + "|" + match.via();
  }

  /** The parts one match is the sum of, in the order they were found. */
  static final class Parts {
    private final HitExplanation.Match first;
    private final List<Float> scores = new ArrayList<>();

    Parts(HitExplanation.Match first) {
      this.first = first;
    }

    /**
     * The match with the sum of its parts' scores, added smallest first: float sums of the
     * same parts in another order may differ in their last bit, and the order the parts are
     * found in is Lucene's hash order, which changes from one start of the JVM to the next.
     */
    HitExplanation.Match sum() {
      List<Float> ordered = new ArrayList<>(scores);
      ordered.sort(null);
      double sum = 0;
      for (float score : ordered) {
        sum += score;
      }
      return new HitExplanation.Match(first.kind(), first.field(), first.text(), (float) sum,
          first.via());
    }
  }

  private static void add(Map<String, Parts> matches, HitExplanation.Match match) {
    matches.computeIfAbsent(key(match), k -> new Parts(match)).scores.add(match.score());
  }

  /**
   * The matches, largest first; of equal scores, in the order of their kind, field, text and
   * how they matched, whatever order they were found in.
   */
  static List<HitExplanation.Match> sorted(Map<String, Parts> matches) {
    List<HitExplanation.Match> sorted = new ArrayList<>();
    for (Parts parts : matches.values()) {
      sorted.add(parts.sum());
    }
    sorted.sort(Comparator.comparing(HitExplanation.Match::score).reversed()
        .thenComparing(Explainer::key));
    return sorted;
  }

  /**
   * The query's Dutch compounds with the parts each is searched as ({@link QueryCompounds#parts}),
   * not all the decompounder finds: {@code mede} of {@code medebewoners} is none.
   */
  private static List<String> compoundParts(String text, IndexReader reader) {
    List<String> parts = new ArrayList<>();
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      List<String> segments = QueryCompounds.parts(word.group(), reader);
      if (!segments.isEmpty()) {
        parts.add(word.group() + " = " + String.join(" + ", segments));
      }
    }
    return parts;
  }
}
