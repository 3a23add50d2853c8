package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.taxonomy.Concept;
import nl.buurtkennis.taxonomy.Facet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A sloppy phrase on a concept-name field finds exactly the concepts with a name that holds a
 * term of every position, checked against a scan of every name of the taxonomy; an exact phrase
 * those with a name that holds them in order.
 */
class ConceptNameQueriesTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  /** A sloppy phrase asks for the words in any order; an exact one for them in order. */
  private static final int SLOPPY = 2;

  @Test
  void anExactPhraseFindsTheConceptsWithANameHoldingItsWordsInOrder() {
    int reversedElsewhere = shipped.index().withView(view -> {
      int checked = 0;
      int checkedReversed = 0;
      int reversedFound = 0;
      Analyzer analyzer = IndexSchema.indexAnalyzer();
      for (String language : IndexSchema.LANGUAGES) {
        String field = IndexSchema.field(IndexSchema.CONCEPTS, language);
        for (String dim : IndexSchema.TOPIC_DIMS) {
          Facet facet = view.taxonomy().facet(dim).orElse(null);
          if (facet == null) {
            continue;
          }
          for (Concept concept : facet.concepts()) {
            Term facetTerm = DrillDownQuery.term(
                IndexSchema.facetsConfig().getDimConfig(dim).indexFieldName, dim,
                facet.path(concept.id()).toArray(String[]::new));
            List<String> texts = new ArrayList<>(concept.synonyms(language));
            texts.add(concept.label().in(language));
            for (String text : texts) {
              List<Set<String>> positions = ConceptNameQueries.positions(analyzer, field, text);
              MultiPhraseQuery.Builder inOrder = new MultiPhraseQuery.Builder();
              MultiPhraseQuery.Builder reversed = new MultiPhraseQuery.Builder();
              int last = positions.size() - 1;
              for (int at = 0; at <= last; at++) {
                if (!positions.get(at).isEmpty()) {
                  inOrder.add(terms(field, positions.get(at)), at);
                }
                if (!positions.get(last - at).isEmpty()) {
                  reversed.add(terms(field, positions.get(last - at)), at);
                }
              }
              assertTrue(facetTerms(view.conceptNames().rewrite(inOrder.build()))
                  .contains(facetTerm), concept.id() + ": " + text);
              checked++;
              boolean twoWords = positions.size() == 2 && !positions.get(0).isEmpty()
                  && !positions.get(1).isEmpty();
              boolean reversedIsAName = twoWords && texts.stream()
                  .flatMap(other -> ConceptNameQueries.sequences(analyzer, field, other).stream())
                  .anyMatch(other -> adjacent(other, positions.get(1), positions.get(0)));
              if (twoWords && !reversedIsAName && facetTerms(view.conceptNames().rewrite(
                  reversed.build())).contains(facetTerm)) {
                reversedFound++;
              }
              checkedReversed += twoWords && !reversedIsAName ? 1 : 0;
            }
          }
        }
      }
      assertTrue(checked > 300, "names checked: " + checked);
      assertTrue(checkedReversed > 50, "two-word names reversed: " + checkedReversed);
      return reversedFound;
    });
    assertEquals(0, reversedElsewhere, "two-word names found with their words reversed");
  }

  /** Whether {@code name} has a term of {@code first} right before a term of {@code second}. */
  private static boolean adjacent(List<Set<String>> name, Set<String> first, Set<String> second) {
    for (int at = 0; at + 1 < name.size(); at++) {
      int next = at + 1;
      if (name.get(at).stream().anyMatch(first::contains)
          && name.get(next).stream().anyMatch(second::contains)) {
        return true;
      }
    }
    return false;
  }

  private static Term[] terms(String field, Set<String> texts) {
    return texts.stream().map(text -> new Term(field, text)).toArray(Term[]::new);
  }

  @Test
  void aPhraseFindsTheConceptsWithANameHoldingAllItsWords() {
    int found = shipped.index().withView(view -> {
      int concepts = 0;
      for (String language : IndexSchema.LANGUAGES) {
        String field = IndexSchema.field(IndexSchema.CONCEPTS, language);
        Map<Term, List<Set<String>>> names = names(view, field, language);
        List<String> words = new ArrayList<>();
        names.values().forEach(all -> all.forEach(words::addAll));
        for (List<Set<String>> conceptNames : names.values()) {
          for (Set<String> name : conceptNames) {
            List<String> terms = List.copyOf(name);
            for (int i = 0; i + 1 < terms.size(); i++) {
              String other = words.get((i * 31 + terms.size()) % words.size());
              for (List<String> phrase : List.of(terms.subList(i, i + 2),
                  List.of(terms.get(i), other))) {
                Set<Term> expected = naming(names, List.of(List.of(phrase.get(0)),
                    List.of(phrase.get(1))));
                assertEquals(expected, facetTerms(view.conceptNames().rewrite(
                    new PhraseQuery(SLOPPY, field, phrase.toArray(String[]::new)))),
                    phrase.toString());
                Set<Term> eitherSecond = naming(names, List.of(List.of(phrase.get(0)),
                    List.of(phrase.get(1), other)));
                assertEquals(eitherSecond, facetTerms(view.conceptNames().rewrite(
                    new MultiPhraseQuery.Builder().add(new Term(field, phrase.get(0)))
                        .add(new Term[] {new Term(field, phrase.get(1)), new Term(field, other)})
                        .setSlop(SLOPPY).build())), phrase + " or " + other);
                concepts += expected.size();
              }
            }
          }
        }
      }
      return concepts;
    });
    assertTrue(found > 50, "concepts found: " + found);
  }

  /** The facet term of every topic concept, in taxonomy order, with the terms of its names. */
  private static Map<Term, List<Set<String>>> names(IndexView view, String field,
      String language) {
    Analyzer analyzer = IndexSchema.indexAnalyzer();
    Map<Term, List<Set<String>>> names = new LinkedHashMap<>();
    for (String dim : IndexSchema.TOPIC_DIMS) {
      Facet facet = view.taxonomy().facet(dim).orElse(null);
      if (facet == null) {
        continue;
      }
      for (Concept concept : facet.concepts()) {
        List<Set<String>> all = new ArrayList<>();
        all.add(ConceptNameQueries.terms(analyzer, field, concept.label().in(language)));
        concept.synonyms(language).forEach(
            synonym -> all.add(ConceptNameQueries.terms(analyzer, field, synonym)));
        names.put(DrillDownQuery.term(IndexSchema.facetsConfig().getDimConfig(dim).indexFieldName,
            dim, facet.path(concept.id()).toArray(String[]::new)), all);
      }
    }
    return names;
  }

  private static Set<Term> naming(Map<Term, List<Set<String>>> names,
      List<List<String>> positions) {
    Set<Term> naming = new LinkedHashSet<>();
    names.forEach((facetTerm, all) -> {
      if (all.stream().anyMatch(name -> positions.stream()
          .allMatch(alternatives -> alternatives.stream().anyMatch(name::contains)))) {
        naming.add(facetTerm);
      }
    });
    return naming;
  }

  private static Set<Term> facetTerms(Query query) {
    Set<Term> terms = new LinkedHashSet<>();
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query q, Term... consumed) {
        terms.addAll(List.of(consumed));
      }
    });
    return terms;
  }
}
