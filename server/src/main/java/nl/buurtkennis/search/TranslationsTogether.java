package nl.buurtkennis.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * The texts in which a translation of each word of a concept's name of several words stands close
 * to the others, as the words of a name do: {@code fear of crime} translates word by word as
 * {@code angst} and {@code misdaad}, which texts on anonymous reporting hold apart ("uit angst voor
 * represailles", "Meld Misdaad Anoniem"); a text that says the name in the other language holds
 * them together, or names the concept otherwise and is found through it.
 */
final class TranslationsTogether {
  private TranslationsTogether() {}

  /**
   * Any of {@code fields} holding one of each group's alternatives within {@code slop} positions
   * of each other, in any order; null for fewer than two groups that the analysis keeps.
   *
   * @param groups for each word of the name that translates, its translations
   */
  static Query of(List<List<String>> groups, Iterable<String> fields, Analyzer analyzer,
      int slop) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String field : fields) {
      List<IntervalsSource> sources = new ArrayList<>();
      for (List<String> group : groups) {
        IntervalsSource source = anyOf(field, group, analyzer);
        if (source != null) {
          sources.add(source);
        }
      }
      if (sources.size() < 2) {
        continue;
      }
      any.add(new IntervalQuery(field, Intervals.maxgaps(slop,
          Intervals.unordered(sources.toArray(IntervalsSource[]::new)))),
          BooleanClause.Occur.SHOULD);
    }
    BooleanQuery built = any.build();
    return built.clauses().isEmpty() ? null : built;
  }

  /** Any of {@code alternatives} as {@code field}'s analysis reads it; null when it drops all. */
  private static IntervalsSource anyOf(String field, List<String> alternatives,
      Analyzer analyzer) {
    List<IntervalsSource> sources = new ArrayList<>();
    for (String alternative : alternatives) {
      IntervalsSource source = asAnalysed(field, alternative, analyzer);
      if (source != null) {
        sources.add(source);
      }
    }
    return sources.isEmpty() ? null : sources.size() == 1 ? sources.get(0)
        : Intervals.or(sources.toArray(IntervalsSource[]::new));
  }

  /**
   * {@code text}'s terms position by position (a compound's parts share its position, any of
   * them), a phrase of those positions; null when the analysis keeps no term.
   */
  private static IntervalsSource asAnalysed(String field, String text, Analyzer analyzer) {
    IntervalsSource[] positions = ConceptNameQueries.positions(analyzer, field, text).stream()
        .filter(terms -> !terms.isEmpty())
        .map(terms -> terms.size() == 1 ? Intervals.term(terms.iterator().next())
            : Intervals.or(terms.stream().map(Intervals::term).toArray(IntervalsSource[]::new)))
        .toArray(IntervalsSource[]::new);
    return positions.length == 0 ? null
        : positions.length == 1 ? positions[0] : Intervals.phrase(positions);
  }
}
