package nl.buurtkennis.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.search.ConceptMatcher.ConceptRef;
import nl.buurtkennis.taxonomy.Concept;
import nl.buurtkennis.taxonomy.Taxonomy;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * What a named concept adds to a query: the documents tagged with it, and the documents whose
 * text uses one of its names in Dutch or English. Both count for less than matching the words
 * themselves, so exact matches stay on top.
 */
final class ConceptExpansion {
  static final float TAGGED_WEIGHT = 2.0f;
  static final float NAMES_WEIGHT = 0.5f;
  private static final int MAX_CONCEPTS = 4;
  private static final int MAX_NAMES = 24;

  private final QueryBuilder phrases;
  private final FacetsConfig facetsConfig;

  ConceptExpansion(Analyzer analyzer, FacetsConfig facetsConfig) {
    this.phrases = new QueryBuilder(analyzer);
    this.facetsConfig = facetsConfig;
  }

  /** The expansion of every concept matched, or null when none was. */
  Query expand(List<ConceptMatcher.Match> matches, Taxonomy taxonomy) {
    Set<ConceptRef> concepts = new LinkedHashSet<>();
    matches.forEach(m -> concepts.add(m.ref()));
    if (concepts.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder expansion = new BooleanQuery.Builder();
    concepts.stream().limit(MAX_CONCEPTS).forEach(ref -> {
      expansion.add(tagged(ref, taxonomy), BooleanClause.Occur.SHOULD);
      Query names = names(ref.concept());
      if (names != null) {
        expansion.add(new BoostQuery(names, NAMES_WEIGHT), BooleanClause.Occur.SHOULD);
      }
    });
    return expansion.build();
  }

  private Query tagged(ConceptRef ref, Taxonomy taxonomy) {
    String field = facetsConfig.getDimConfig(ref.facet()).indexFieldName;
    String[] path = taxonomy.require(ref.facet()).path(ref.concept().id()).toArray(String[]::new);
    return new BoostQuery(new ConstantScoreQuery(
        new TermQuery(DrillDownQuery.term(field, ref.facet(), path))), TAGGED_WEIGHT);
  }

  private Query names(Concept concept) {
    BooleanQuery.Builder names = new BooleanQuery.Builder();
    int added = 0;
    for (String lang : IndexSchema.LANGUAGES) {
      Set<String> all = new LinkedHashSet<>();
      all.add(concept.label().in(lang));
      all.addAll(concept.synonyms(lang));
      for (String name : all) {
        if (added >= MAX_NAMES) {
          break;
        }
        for (String field : List.of(IndexSchema.TITLE, IndexSchema.SUMMARY, IndexSchema.BODY)) {
          Query phrase = phrases.createPhraseQuery(IndexSchema.field(field, lang), name);
          if (phrase != null) {
            names.add(new BoostQuery(phrase, UserQueryParser.FIELD_WEIGHTS.get(field)),
                BooleanClause.Occur.SHOULD);
          }
        }
        added++;
      }
    }
    BooleanQuery built = names.build();
    return built.clauses().isEmpty() ? null : built;
  }
}
