package nl.buurtkennis.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BlendedTermQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * What the highlighter looks for in some fields: the query without its words, phrases and names
 * in other fields. The highlighter finds a hit's matches clause by clause, opening each clause's
 * postings anew for every hit, and a text query has hundreds of clauses, most of them on fields
 * that are never shown (keywords, concepts, translations, the other language). The query keeps
 * its shape; a requirement that the fields left out may have met counts as met. A compound's
 * parts are marked only where they stand together ({@link PartsTogether}), and never some of them
 * alone: "some parts" ({@link CompoundAwareParser#SOME_PARTS_WEIGHT}) lets a text that holds
 * {@code net} be found for {@code burgernet}, and marked the adverb "net"; only a hit with no
 * other mark shows its parts apart ({@link #withPartsApart}). The bonus for words
 * standing near each other is left out too: its matches span the words between them, across
 * punctuation and sentences, and its words are marked one by one anyway.
 */
final class PassageQuery {
  private PassageQuery() {}

  /** {@code query} in {@code fields} only, or null if it searches none of them. */
  static Query of(Query query, Set<String> fields) {
    Part part = part(query, fields, false);
    return part == null ? null : part.query;
  }

  /**
   * {@code query} in {@code fields} with a compound's parts also apart and alone, as the search
   * found them; null when the query reads no compound into parts, or searches none of the fields.
   * For a hit that {@link #of} marks nothing in: a hit found only through a compound's parts
   * ({@code informatie} and {@code avond} for {@code informatieavonden}) then shows why.
   */
  static Query withPartsApart(Query query, Set<String> fields) {
    if (!readsACompound(query)) {
      return null;
    }
    Part part = part(query, fields, true);
    return part == null ? null : part.query;
  }

  private static boolean readsACompound(Query query) {
    if (query instanceof BoostQuery boosted) {
      return readsACompound(boosted.getQuery());
    }
    return query instanceof BooleanQuery bool && (CompoundAwareParser.reading(bool) != null
        || bool.clauses().stream().anyMatch(clause -> readsACompound(clause.getQuery())));
  }

  /** A query in some fields only, and whether nothing of it was left out. */
  private record Part(Query query, boolean whole) {}

  private static Part part(Query query, Set<String> fields, boolean partsApart) {
    if (query instanceof BoostQuery boosted) {
      Part inner = part(boosted.getQuery(), fields, partsApart);
      return inner == null ? null
          : new Part(new BoostQuery(inner.query, boosted.getBoost()), inner.whole);
    }
    if (query instanceof BooleanQuery bool) {
      return part(bool, fields, partsApart);
    }
    if (query instanceof BlendedTermQuery blended) {
      return part(blended, fields);
    }
    return searchesOnly(query, fields) ? new Part(query, true) : null;
  }

  /**
   * A word in several fields ({@link FieldBlendingParser}) as any of its terms in {@code fields};
   * the highlighter scores passages with its own statistics, so the blend's is not needed.
   */
  private static Part part(BlendedTermQuery query, Set<String> fields) {
    List<Term> terms = new ArrayList<>();
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query parent, Term... consumed) {
        terms.addAll(List.of(consumed));
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    BooleanQuery.Builder kept = new BooleanQuery.Builder();
    int keptTerms = 0;
    for (Term term : terms) {
      if (fields.contains(term.field())) {
        kept.add(new TermQuery(term), BooleanClause.Occur.SHOULD);
        keptTerms++;
      }
    }
    return keptTerms == 0 ? null : new Part(kept.build(), keptTerms == terms.size());
  }

  /**
   * A clause of which something was left out may have been met in the fields left out: a
   * required one becomes optional, and an optional one no longer counts towards the minimum.
   */
  private static Part part(BooleanQuery query, Set<String> fields, boolean partsApart) {
    CompoundAwareParser.Reading compound = CompoundAwareParser.reading(query);
    if (compound != null && partsApart) {
      // The parts anywhere, at their full weight: the search's lower weight for parts apart in
      // a text that does not say the compound ranks texts, and would not choose among passages.
      BooleanQuery anywhere = compound.anywhere();
      if (!anywhere.equals(query)) {
        return part(anywhere, fields, true);
      }
    } else if (compound != null) {
      return part(new BooleanQuery.Builder()
          .add(compound.whole(), BooleanClause.Occur.SHOULD)
          .add(PartsTogether.of(compound.allParts()), BooleanClause.Occur.SHOULD)
          .build(), fields, false);
    }
    BooleanQuery.Builder kept = new BooleanQuery.Builder();
    boolean any = false;
    boolean whole = true;
    int optionalMetElsewhere = 0;
    for (BooleanClause clause : query.clauses()) {
      if (clause.getOccur() == BooleanClause.Occur.MUST_NOT) {
        kept.add(clause);
        continue;
      }
      boolean optional = clause.getOccur() == BooleanClause.Occur.SHOULD;
      if (optional && query.getMinimumNumberShouldMatch() == 0 && isNearness(clause.getQuery())) {
        continue;
      }
      Part inFields = part(clause.getQuery(), fields, partsApart);
      if (inFields == null || !inFields.whole) {
        whole = false;
        optionalMetElsewhere += optional ? 1 : 0;
      }
      if (inFields != null) {
        kept.add(inFields.query, inFields.whole ? clause.getOccur() : BooleanClause.Occur.SHOULD);
        any = true;
      }
    }
    if (!any) {
      return null;
    }
    kept.setMinimumNumberShouldMatch(
        Math.max(0, query.getMinimumNumberShouldMatch() - optionalMetElsewhere));
    return new Part(kept.build(), whole);
  }

  /** Sloppy phrases only: a bonus for words near each other, which the other clauses match. */
  private static boolean isNearness(Query query) {
    if (query instanceof BoostQuery boosted) {
      return isNearness(boosted.getQuery());
    }
    if (query instanceof BooleanQuery bool) {
      return !bool.clauses().isEmpty() && bool.clauses().stream().allMatch(clause ->
          clause.getOccur() == BooleanClause.Occur.SHOULD && isNearness(clause.getQuery()));
    }
    return query instanceof PhraseQuery phrase && phrase.getSlop() > 0
        || query instanceof MultiPhraseQuery multi && multi.getSlop() > 0;
  }

  private static boolean searchesOnly(Query query, Set<String> fields) {
    Set<String> searched = new LinkedHashSet<>();
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        searched.add(field);
        return true;
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return !searched.isEmpty() && fields.containsAll(searched);
  }
}
