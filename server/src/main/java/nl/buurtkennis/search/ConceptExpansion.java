package nl.buurtkennis.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.buurtkennis.index.ConceptMentions;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.search.ConceptMatcher.ConceptRef;
import nl.buurtkennis.taxonomy.Taxonomy;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * What a named concept adds to a query: the documents tagged with it, and the documents whose
 * body uses one of its names in Dutch or English. Both count for less than matching the words
 * themselves, so exact matches stay on top.
 */
final class ConceptExpansion {
  static final float TAGGED_WEIGHT = 2.0f;
  static final float NAMES_WEIGHT = 0.5f;
  private static final int MAX_CONCEPTS = 4;

  private final QueryBuilder phrases;
  private final FacetsConfig facetsConfig;

  ConceptExpansion(Analyzer analyzer, FacetsConfig facetsConfig) {
    this.phrases = new QueryBuilder(analyzer);
    this.facetsConfig = facetsConfig;
  }

  /** The expansion of every concept matched, or null when none was. */
  Query expand(List<ConceptMatcher.Match> matches, Taxonomy taxonomy) {
    Set<ConceptRef> concepts = concepts(matches);
    if (concepts.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder expansion = new BooleanQuery.Builder();
    for (ConceptRef ref : concepts) {
      expansion.add(tagged(ref, taxonomy), BooleanClause.Occur.SHOULD);
      expansion.add(new BoostQuery(names(ref), NAMES_WEIGHT), BooleanClause.Occur.SHOULD);
    }
    return expansion.build();
  }

  /**
   * The names of every concept matched as phrases in the body, or null: what the highlighter
   * marks in a passage, where the search itself asked for {@link IndexSchema#MENTIONS}.
   */
  Query namesInBody(List<ConceptMatcher.Match> matches) {
    BooleanQuery.Builder names = new BooleanQuery.Builder();
    for (ConceptRef ref : concepts(matches)) {
      ConceptMentions.names(ref.concept()).forEach((lang, all) -> all.forEach(name -> {
        Query phrase = phrases.createPhraseQuery(IndexSchema.field(IndexSchema.BODY, lang), name);
        if (phrase != null) {
          names.add(phrase, BooleanClause.Occur.SHOULD);
        }
      }));
    }
    BooleanQuery built = names.build();
    return built.clauses().isEmpty() ? null : built;
  }

  private static Set<ConceptRef> concepts(List<ConceptMatcher.Match> matches) {
    Set<ConceptRef> concepts = new LinkedHashSet<>();
    matches.stream().map(ConceptMatcher.Match::ref).distinct().limit(MAX_CONCEPTS)
        .forEach(concepts::add);
    return concepts;
  }

  private Query tagged(ConceptRef ref, Taxonomy taxonomy) {
    String field = facetsConfig.getDimConfig(ref.facet()).indexFieldName;
    String[] path = taxonomy.require(ref.facet()).path(ref.concept().id()).toArray(String[]::new);
    return new BoostQuery(new ConstantScoreQuery(
        new TermQuery(DrillDownQuery.term(field, ref.facet(), path))), TAGGED_WEIGHT);
  }

  /**
   * The times a body uses each of the concept's names. A name in a title or summary is not asked
   * for: it cost a tenth of a search's CPU at 100k (phrases read positions) and ranked the judged
   * set no better, the document being mostly tagged with the concept already (BENCHMARKS.md).
   */
  private static Query names(ConceptRef ref) {
    BooleanQuery.Builder names = new BooleanQuery.Builder();
    ConceptMentions.names(ref.concept()).forEach((lang, all) -> all.forEach(name -> {
      Term mention = new Term(IndexSchema.MENTIONS,
          ConceptMentions.key(ref.facet(), ref.concept().id(), lang, name));
      names.add(new BoostQuery(new TermQuery(mention),
          UserQueryParser.FIELD_WEIGHTS.get(IndexSchema.BODY)), BooleanClause.Occur.SHOULD);
    }));
    return names.build();
  }
}
