package nl.buurtkennis.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.buurtkennis.index.IndexSchema;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * A compound's "all parts" ({@link CompoundAwareParser.Reading#allParts}) as a passage shows it:
 * the parts where they stand together, in a longer compound that holds them all (the index holds
 * a compound's parts at its position and offsets: {@code buurtpreventieteam} for {@code
 * buurtpreventie}) or as words side by side ({@code WhatsApp-groep} for {@code whatsappgroep}),
 * and further apart as Dutch writes a compound in words: "gevoel van veiligheid" for {@code
 * veiligheidsgevoel} ({@link #MAX_GAPS}, {@link #GAPS_IN_ORDER}); a compound of three parts or
 * more, with its parts at most {@link #MAX_GAPS} apart in any order. The search asks for the
 * parts anywhere in a field, so that every {@code Burgers} of a text that says {@code net}
 * somewhere was marked for {@code burgernet}.
 */
final class PartsTogether {
  /**
   * The most words that may stand between two parts in the reverse order, as Dutch says a
   * compound in words ("overlast van groepen jongeren" for {@code jongerenoverlast}).
   */
  static final int MAX_GAPS = 3;
  /**
   * The most words between two parts in the compound's order: one, for a part shared by two
   * compounds ("buurt- en wijkschouwen" for {@code buurtschouw}), and not "per wijk en per agent"
   * for {@code wijkagent}.
   */
  static final int GAPS_IN_ORDER = 1;

  /**
   * The fields whose values are labels of a whole text rather than its words: the keywords
   * ({@code hangjongeren}, {@code jeugdoverlast} of the text on buurtvaders, which is about
   * jongerenoverlast), and the concepts' names, which the search reads as the concepts a name
   * holds the words of ({@link ConceptNameQueries}). Their parts count in any of its values.
   */
  private static final Set<String> LABELS = Set.of(IndexSchema.KEYWORDS, IndexSchema.CONCEPTS);

  private PartsTogether() {}

  /**
   * {@code allParts} with the parts of each field together; a field whose parts are not all
   * single words (or alternatives of them) is kept as it is.
   */
  static Query of(BooleanQuery allParts) {
    BooleanQuery.Builder together = new BooleanQuery.Builder();
    together.setMinimumNumberShouldMatch(allParts.getMinimumNumberShouldMatch());
    for (BooleanClause clause : allParts.clauses()) {
      Query query = clause.getQuery();
      float boost = 1f;
      if (query instanceof BoostQuery boosted) {
        boost = boosted.getBoost();
        query = boosted.getQuery();
      }
      Query inField = query instanceof BooleanQuery parts ? inField(parts, false) : null;
      if (inField == null) {
        together.add(clause);
      } else {
        together.add(boost == 1f ? inField : new BoostQuery(inField, boost), clause.getOccur());
      }
    }
    return together.build();
  }

  /**
   * Whether a text says the compound of {@code allParts} ({@link CompoundAwareParser.Reading}):
   * its parts together in a field of text, as a passage shows them (the compound written whole
   * holds them together too), or all of them in a field of labels ({@link #LABELS}), whose values
   * each name what the whole text is about; null when no field's parts can be asked together
   * (they are no words: a part's other name of several words).
   */
  static Query said(BooleanQuery allParts) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    boolean together = false;
    for (BooleanClause clause : allParts.clauses()) {
      Query parts = clause.getQuery() instanceof BoostQuery boosted ? boosted.getQuery()
          : clause.getQuery();
      Query inField = parts instanceof BooleanQuery bool ? inField(bool, true) : null;
      if (inField == null || LABELS.contains(IndexSchema.nameOf(fieldOf(inField)))) {
        any.add(parts, BooleanClause.Occur.SHOULD);
      } else {
        any.add(inField, BooleanClause.Occur.SHOULD);
        together = true;
      }
    }
    return together ? any.build() : null;
  }

  /**
   * The required parts of one field, together; null when they are not all words of one field.
   * With {@code docsOnly}, of two parts, a query that finds the same texts as the passages' (which
   * shows where the parts stand) with a third of the postings read: {@link #said} asks only
   * whether a text holds them together, and it asks it of every text that holds all the parts.
   */
  private static Query inField(BooleanQuery parts, boolean docsOnly) {
    String field = null;
    List<IntervalsSource> sources = new ArrayList<>();
    for (BooleanClause clause : parts.clauses()) {
      List<Term> words = clause.getOccur() == BooleanClause.Occur.MUST
          ? words(clause.getQuery()) : null;
      if (words == null || words.isEmpty()) {
        return null;
      }
      for (Term word : words) {
        if (field == null) {
          field = word.field();
        } else if (!field.equals(word.field())) {
          return null;
        }
      }
      IntervalsSource[] alternatives = words.stream()
          .map(word -> Intervals.term(word.bytes())).toArray(IntervalsSource[]::new);
      sources.add(alternatives.length == 1 ? alternatives[0] : Intervals.or(alternatives));
    }
    if (sources.size() < 2) {
      return null;
    }
    if (sources.size() > 2) {
      return new IntervalQuery(field, Intervals.maxgaps(MAX_GAPS,
          Intervals.unordered(sources.toArray(IntervalsSource[]::new))));
    }
    IntervalsSource first = sources.get(0);
    IntervalsSource second = sources.get(1);
    if (docsOnly && !first.equals(second)) {
      // The three ways below, as positions: the second part at most GAPS_IN_ORDER + 1 after the
      // first, at its position (in a longer compound), or at most MAX_GAPS + 1 before it; one
      // postings list a part instead of three, one interval check instead of three; of two
      // single words, their position lists merged (PartsNearQuery finds the same texts).
      List<Term> firstWords = words(parts.clauses().get(0).getQuery());
      List<Term> secondWords = words(parts.clauses().get(1).getQuery());
      if (firstWords.size() == 1 && secondWords.size() == 1) {
        return new PartsNearQuery(firstWords.get(0), secondWords.get(0), MAX_GAPS + 1,
            GAPS_IN_ORDER + 1);
      }
      return new IntervalQuery(field, Intervals.containedBy(second,
          Intervals.extend(first, MAX_GAPS + 1, GAPS_IN_ORDER + 1)));
    }
    return new IntervalQuery(field, Intervals.or(
        Intervals.maxgaps(0, Intervals.unordered(first, second)),
        Intervals.maxgaps(GAPS_IN_ORDER, Intervals.ordered(first, second)),
        Intervals.maxgaps(MAX_GAPS, Intervals.ordered(second, first))));
  }

  /** The field of a query {@link #inField} made. */
  private static String fieldOf(Query inField) {
    return inField instanceof PartsNearQuery near ? near.field()
        : ((IntervalQuery) inField).getField();
  }

  /** The terms of a word or of alternative words, or null for anything else. */
  private static List<Term> words(Query query) {
    if (query instanceof TermQuery term) {
      return List.of(term.getTerm());
    }
    if (query instanceof SynonymQuery synonyms) {
      return synonyms.getTerms();
    }
    if (query instanceof BooleanQuery any && any.getMinimumNumberShouldMatch() <= 1) {
      List<Term> terms = new ArrayList<>();
      for (BooleanClause clause : any.clauses()) {
        List<Term> inClause = clause.getOccur() == BooleanClause.Occur.SHOULD
            ? words(clause.getQuery()) : null;
        if (inClause == null) {
          return null;
        }
        terms.addAll(inClause);
      }
      return terms;
    }
    return null;
  }
}
