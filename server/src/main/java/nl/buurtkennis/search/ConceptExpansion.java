package nl.buurtkennis.search;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.buurtkennis.analysis.WordCache;
import nl.buurtkennis.index.ConceptMentions;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.search.ConceptMatcher.ConceptRef;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * What a named concept adds to a query: the documents about it, tagged with it or using one of
 * its names in the body in Dutch or English, scored by the value of its feature in
 * {@link IndexSchema#TOPICS} ({@link ConceptMentions#value}: 1 for the tag, up to 1 more for the
 * uses), and, where the query is the concept's name, by a section of their own on it
 * ({@link IndexSchema#SECTIONS}) and, where that name is not its label, by a title naming it
 * ({@link IndexSchema#TITLES}). A concept counts for less than matching the words themselves, so
 * exact matches stay on top.
 */
final class ConceptExpansion {
  /**
   * The score of a tag alone, as before names and tags shared one feature; a body that uses the
   * concept's names adds up to as much again.
   */
  static final float WEIGHT = 2.0f;
  /**
   * What a section of its own on a concept the query is the name of adds: as much as the tag, as
   * a report's section on a form of participation is no less about it than a short text on a
   * practice of that form (the report ranked 12th for {@code opsporing}). Only for a concept the
   * whole query names: a report has a section on nearly every concept, and for a query whose
   * words name several ({@code resultaten burgernet}) the sections would add up to rank it above
   * the document on the practice.
   */
  static final float SECTION_WEIGHT = 2.0f;
  /**
   * What a title naming a concept adds ({@link IndexSchema#TITLES}) where the query names it whole
   * by another name than its label: half a section, as such a document is about one kind of the
   * concept ({@code neighbourhood watch}, a name of citizen surveillance, ranked buurtvaders,
   * tagged with the form for the eye they keep on the street, above "Buurtpreventie en
   * buurtwachten"). Not for the label, which names the concept itself, as a report's section on
   * it does: {@code opsporing} would rank every practice titled by a name of investigation above
   * the report's section "Opsporing".
   */
  static final float TITLE_WEIGHT = 1.0f;
  private static final int MAX_CONCEPTS = 4;

  private final QueryBuilder phrases;
  /**
   * Each name's phrase by field and name: the names are the taxonomy's, few and the same from
   * search to search, and analysing each of a concept's names was a tenth of parsing a query.
   */
  private final WordCache<Optional<Query>> phraseOfName = new WordCache<>(5_000);

  ConceptExpansion(Analyzer analyzer) {
    this.phrases = new QueryBuilder(analyzer);
  }

  /**
   * The expansion of every concept matched, or null when none was.
   *
   * @param namedWhole the concepts among them whose name is the whole query
   */
  Query expand(List<ConceptMatcher.Match> matches, Set<ConceptRef> namedWhole) {
    Set<ConceptRef> concepts = concepts(matches);
    if (concepts.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder expansion = new BooleanQuery.Builder();
    for (ConceptRef ref : concepts) {
      expansion.add(FeatureField.newLinearQuery(IndexSchema.TOPICS,
          ConceptMentions.key(ref.facet(), ref.concept().id()), WEIGHT),
          BooleanClause.Occur.SHOULD);
      if (namedWhole.contains(ref)) {
        expansion.add(FeatureField.newLinearQuery(IndexSchema.SECTIONS,
            ConceptMentions.key(ref.facet(), ref.concept().id()), SECTION_WEIGHT),
            BooleanClause.Occur.SHOULD);
        if (matches.stream().anyMatch(
            match -> match.ref().equals(ref) && !ConceptMatcher.isLabel(match))) {
          expansion.add(FeatureField.newLinearQuery(IndexSchema.TITLES,
              ConceptMentions.key(ref.facet(), ref.concept().id()), TITLE_WEIGHT),
              BooleanClause.Occur.SHOULD);
        }
      }
    }
    return expansion.build();
  }

  /**
   * The names of every concept matched as phrases in the body, or null: what the highlighter
   * marks in a passage, where the search itself read the uses counted at indexing.
   */
  Query namesInBody(List<ConceptMatcher.Match> matches) {
    BooleanQuery.Builder names = new BooleanQuery.Builder();
    namePhrases(matches).values()
        .forEach(phrase -> names.add(phrase, BooleanClause.Occur.SHOULD));
    BooleanQuery built = names.build();
    return built.clauses().isEmpty() ? null : built;
  }

  /** Each name of every concept matched, as written, with its phrase in the body's field. */
  Map<Explainer.Name, Query> namePhrases(List<ConceptMatcher.Match> matches) {
    Map<Explainer.Name, Query> phrasesByName = new LinkedHashMap<>();
    for (ConceptRef ref : concepts(matches)) {
      ConceptMentions.names(ref.concept()).forEach((lang, all) -> all.forEach(name -> {
        String field = IndexSchema.field(IndexSchema.BODY, lang);
        phrase(field, name).ifPresent(
            phrase -> phrasesByName.putIfAbsent(new Explainer.Name(field, name), phrase));
      }));
    }
    return phrasesByName;
  }

  /** {@code name} as a phrase in {@code field}, or none when no word of it is searched. */
  private Optional<Query> phrase(String field, String name) {
    return phraseOfName.computeIfAbsent(field + '\t' + name,
        key -> Optional.ofNullable(phrases.createPhraseQuery(field, name)));
  }

  private static Set<ConceptRef> concepts(List<ConceptMatcher.Match> matches) {
    Set<ConceptRef> concepts = new LinkedHashSet<>();
    matches.stream().map(ConceptMatcher.Match::ref).distinct().limit(MAX_CONCEPTS)
        .forEach(concepts::add);
    return concepts;
  }
}
