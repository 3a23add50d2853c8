package nl.buurtkennis.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.taxonomy.Concept;
import nl.buurtkennis.taxonomy.Facet;
import nl.buurtkennis.taxonomy.Taxonomy;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * The words of a query searched among the names (labels and synonyms) of the topic concepts, in
 * the taxonomy rather than in every document: a query's clause on the field {@code concepts_nl} or
 * {@code concepts_en}, which the index does not hold, becomes the facet terms of the concepts one
 * of whose names holds its words (all of them, for a phrase), which every document tagged with
 * such a concept, or a narrower one, carries. Indexing each tagged document's names cost a fifth
 * of a build and a sixth of the index (BENCHMARKS.md).
 */
final class ConceptNameQueries {
  /**
   * A word in the names of several of a document's concepts counts as its best match there, and
   * a tenth of each other, as a word used often in one field counts less than in as many fields.
   */
  private static final float TIE_BREAKER = 0.1f;

  private record Named(String dim, String[] path, List<Set<String>> names) {}

  private final Map<String, List<Named>> byLanguage = new HashMap<>();
  private final FacetsConfig facetsConfig;

  ConceptNameQueries(Taxonomy taxonomy, Analyzer indexAnalyzer, FacetsConfig facetsConfig) {
    this.facetsConfig = facetsConfig;
    for (String language : IndexSchema.LANGUAGES) {
      String field = IndexSchema.field(IndexSchema.CONCEPTS, language);
      List<Named> named = new ArrayList<>();
      for (String dim : IndexSchema.TOPIC_DIMS) {
        Facet facet = taxonomy.facet(dim).orElse(null);
        if (facet == null) {
          continue;
        }
        for (Concept concept : facet.concepts()) {
          List<Set<String>> names = new ArrayList<>();
          names.add(terms(indexAnalyzer, field, concept.label().in(language)));
          for (String synonym : concept.synonyms(language)) {
            names.add(terms(indexAnalyzer, field, synonym));
          }
          named.add(new Named(dim, facet.path(concept.id()).toArray(String[]::new), names));
        }
      }
      byLanguage.put(language, named);
    }
  }

  /** {@code query} with each clause on a concept-name field replaced by the concepts it finds. */
  Query rewrite(Query query) {
    if (query instanceof BooleanQuery bq) {
      BooleanQuery.Builder builder = new BooleanQuery.Builder()
          .setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
      for (BooleanClause clause : bq.clauses()) {
        builder.add(rewrite(clause.getQuery()), clause.getOccur());
      }
      return builder.build();
    }
    if (query instanceof BoostQuery boost) {
      return new BoostQuery(rewrite(boost.getQuery()), boost.getBoost());
    }
    if (query instanceof TermQuery term) {
      return concepts(term.getTerm().field(), name -> name.contains(term.getTerm().text()), query);
    }
    if (query instanceof SynonymQuery synonyms) {
      return concepts(synonyms.getField(), name -> synonyms.getTerms().stream()
          .anyMatch(t -> name.contains(t.text())), query);
    }
    if (query instanceof PhraseQuery phrase) {
      return concepts(phrase.getField(), name -> List.of(phrase.getTerms()).stream()
          .allMatch(t -> name.contains(t.text())), query);
    }
    if (query instanceof MultiPhraseQuery phrase) {
      Term[][] positions = phrase.getTermArrays();
      String field = positions.length == 0 ? "" : positions[0][0].field();
      return concepts(field, name -> List.of(positions).stream()
          .allMatch(alternatives -> List.of(alternatives).stream()
              .anyMatch(t -> name.contains(t.text()))), query);
    }
    if (query instanceof PrefixQuery prefix) {
      String start = prefix.getPrefix().text();
      return concepts(prefix.getField(), name -> name.stream().anyMatch(t -> t.startsWith(start)),
          query);
    }
    return query;
  }

  private Query concepts(String field, Predicate<Set<String>> nameMatches, Query unchanged) {
    String language = languageOf(field);
    if (language == null) {
      return unchanged;
    }
    Set<String> seen = new HashSet<>();
    List<Query> any = new ArrayList<>();
    for (Named named : byLanguage.get(language)) {
      if (named.names().stream().anyMatch(nameMatches)) {
        Term term = DrillDownQuery.term(facetsConfig.getDimConfig(named.dim()).indexFieldName,
            named.dim(), named.path());
        if (seen.add(term.text())) {
          any.add(new TermQuery(term));
        }
      }
    }
    if (any.isEmpty()) {
      return new MatchNoDocsQuery("no concept has this name");
    }
    return new DisjunctionMaxQuery(any, TIE_BREAKER);
  }

  private static String languageOf(String field) {
    for (String language : IndexSchema.LANGUAGES) {
      if (field.equals(IndexSchema.field(IndexSchema.CONCEPTS, language))) {
        return language;
      }
    }
    return null;
  }

  private static Set<String> terms(Analyzer analyzer, String field, String text) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream tokens = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        terms.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text in memory does not read a file", e);
    }
    return terms;
  }
}
