package nl.buurtkennis.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

/**
 * The words of a query that a hit holds in no form: a document is also found through a concept
 * the query names, or through its translation, without the query's other words
 * ({@code kosten buurtbemiddeling} finds the documents on mediation, none of which speaks of
 * costs), and the page says so rather than leave the reader to look for the word. Only for a query
 * of several plain words ({@link AnyOfTheWords}): with operators, quotes or exclusions the reader
 * asked for something else than all the words.
 */
final class MissingWords {
  private MissingWords() {}

  /**
   * For each hit of {@code page}, in order, the words of {@code text} it does not hold, in lower
   * case as typed, once each.
   *
   * @param wordQuery how a word alone is searched: its forms, the concepts it names, its
   *     translation
   */
  static List<List<String>> of(IndexView view, Function<String, Query> wordQuery, String text,
      ScoreDoc[] page)
      throws IOException {
    List<List<String>> missing = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      missing.add(new ArrayList<>());
    }
    List<String> typed = AnyOfTheWords.of(text).stream().filter(MissingWords::isWord)
        .map(word -> word.toLowerCase(Locale.ROOT)).distinct().toList();
    if (typed.size() < 2 || page.length == 0) {
      return missing;
    }
    List<String> words = withPhrasesWhole(typed, view.concepts().lexicon());
    if (words.size() < 2) {
      return missing;
    }
    List<LeafReaderContext> leaves = view.getIndexReader().leaves();
    int[] byDoc = IntStream.range(0, page.length).boxed()
        .sorted(Comparator.comparingInt(i -> page[i].doc)).mapToInt(Integer::intValue).toArray();
    boolean[] holds = new boolean[page.length];
    for (String word : words) {
      List<Weight> anyOf = view.wordWeights().computeIfAbsent(word,
          w -> anyOf(view, view.rewrite(wordQuery.apply(w))));
      // the hits of each segment in turn, by doc id
      for (int from = 0; from < byDoc.length; ) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(page[byDoc[from]].doc, leaves));
        int to = from;
        while (to < byDoc.length && page[byDoc[to]].doc < leaf.docBase + leaf.reader().maxDoc()) {
          holds[byDoc[to]] = false;
          to++;
        }
        int left = to - from;
        for (int c = 0; c < anyOf.size() && left > 0; c++) {
          Scorer scorer = anyOf.get(c).scorer(leaf);
          if (scorer == null) {
            continue;
          }
          DocIdSetIterator matching = scorer.iterator();
          for (int k = from; k < to; k++) {
            int i = byDoc[k];
            int target = page[i].doc - leaf.docBase;
            if (!holds[i] && (matching.docID() == target
                || matching.docID() < target && matching.advance(target) == target)) {
              holds[i] = true;
              left--;
            }
          }
        }
        for (int k = from; k < to; k++) {
          if (!holds[byDoc[k]]) {
            missing.get(byDoc[k]).add(word);
          }
        }
        from = to;
      }
    }
    return missing;
  }

  /**
   * The weights of the parts of a word's search, rewritten, any one of which a document that
   * holds the word matches: the clauses of a disjunction, its term queries first (whose scorers
   * cost least to make, and of which most hits hold one), or the whole search where it is no
   * disjunction. Most hits hold most words, and Lucene's scorer of the whole disjunction made a
   * scorer of each of its dozens of clauses in each segment for a handful of hits.
   */
  private static List<Weight> anyOf(IndexView view, Query query) throws IOException {
    if (!(query instanceof BooleanQuery bool) || bool.clauses().isEmpty()
        || bool.getMinimumNumberShouldMatch() > 1
        || bool.clauses().stream().anyMatch(c -> c.getOccur() != BooleanClause.Occur.SHOULD)) {
      return List.of(view.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f));
    }
    List<Query> terms = new ArrayList<>();
    List<Query> others = new ArrayList<>();
    for (BooleanClause clause : bool.clauses()) {
      Query part = clause.getQuery();
      Query inner = part instanceof BoostQuery boosted ? boosted.getQuery() : part;
      (inner instanceof TermQuery ? terms : others).add(part);
    }
    terms.addAll(others);
    List<Weight> weights = new ArrayList<>();
    for (Query part : terms) {
      weights.add(view.createWeight(part, ScoreMode.COMPLETE_NO_SCORES, 1f));
    }
    return List.copyOf(weights);
  }

  /**
   * Whether {@code typed} holds a letter or a digit: a symbol or emoji ({@code ©}, {@code 🚓}) or
   * punctuation ({@code /}) is no word ({@link QuerySymbols}), and is neither searched nor missing.
   */
  private static boolean isWord(String typed) {
    return typed.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /**
   * The words, those that stand side by side as a phrase of the glossary joined as one: such a
   * phrase is translated whole ({@code young people} as {@code jongeren}), its words alone are not.
   */
  private static List<String> withPhrasesWhole(List<String> words, TaxonomyLexicon lexicon) {
    List<Integer> tokens = new ArrayList<>();
    StringBuilder folded = new StringBuilder();
    for (String word : words) {
      List<String> wordTokens = ConceptMatcher.words(word);
      tokens.add(wordTokens.size());
      folded.append(' ').append(String.join(" ", wordTokens));
    }
    List<String> units = new ArrayList<>();
    int next = 0;
    for (String unit : lexicon.units(folded.toString().strip())) {
      int wanted = unit.split(" ").length;
      List<String> typed = new ArrayList<>();
      for (int read = 0; read < wanted && next < words.size(); next++) {
        typed.add(words.get(next));
        read += tokens.get(next);
      }
      units.add(String.join(" ", typed));
    }
    units.addAll(words.subList(next, words.size()));
    return units.stream().filter(unit -> !unit.isEmpty()).distinct().toList();
  }
}
