package nl.buurtkennis.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.buurtkennis.corpus.Corpus;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.taxonomy.Concept;
import nl.buurtkennis.taxonomy.Facet;
import nl.buurtkennis.testing.TempCorpus;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The value of a concept's feature must follow from what phrase queries for its names find in the
 * body and whether its facet term (which a narrower concept's tag also gives) matches, document by
 * document: the search asks for the feature instead of the phrases and the tag.
 */
class ConceptMentionsTest {
  private static Corpus corpus;
  private static Directory directory;

  @BeforeAll
  static void buildShippedCorpus() throws IOException {
    corpus = CorpusLoader.load(TempCorpus.shippedCorpus()).corpus().orElseThrow();
    directory = new ByteBuffersDirectory();
    IndexBuilder.build(corpus, directory);
  }

  @Test
  void eachConceptsValueIsTheUsesOfItsNamesPlusTheTag() throws IOException {
    QueryBuilder phrases = new QueryBuilder(IndexSchema.queryAnalyzer());
    FacetsConfig facetsConfig = IndexSchema.facetsConfig();
    int used = 0;
    int taggedOnly = 0;
    int usedOnly = 0;
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (String dim : IndexSchema.TOPIC_DIMS) {
        Facet facet = corpus.taxonomy().require(dim);
        for (Concept concept : facet.concepts()) {
          List<Weight> names = new ArrayList<>();
          for (Map.Entry<String, List<String>> byLanguage
              : ConceptMentions.names(concept).entrySet()) {
            for (String name : byLanguage.getValue()) {
              Query phrase = phrases.createPhraseQuery(
                  IndexSchema.field(IndexSchema.BODY, byLanguage.getKey()), name);
              if (phrase != null) {
                names.add(weight(searcher, phrase));
              }
            }
          }
          Weight tag = weight(searcher, new TermQuery(DrillDownQuery.term(
              facetsConfig.getDimConfig(dim).indexFieldName, dim,
              facet.path(concept.id()).toArray(String[]::new))));
          String key = ConceptMentions.key(dim, concept.id());
          for (LeafReaderContext leaf : reader.leaves()) {
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
              int uses = 0;
              for (Weight name : names) {
                uses += phraseMatches(name, leaf, doc);
              }
              boolean tagged = tag.matches(leaf, doc) != null;
              float expected = tagged || uses > 0 ? ConceptMentions.value(tagged, uses) : 0;
              assertEquals(expected, featureValue(leaf, key, doc), 1f / 128,
                  key + " in document " + doc);
              used += uses;
              taggedOnly += tagged && uses == 0 ? 1 : 0;
              usedOnly += !tagged && uses > 0 ? 1 : 0;
            }
          }
        }
      }
    }
    assertTrue(used > 300, "the shipped bodies use many names: " + used);
    assertTrue(taggedOnly > 20, "some documents are tagged without using a name: " + taggedOnly);
    assertTrue(usedOnly > 20, "some use a name without the tag: " + usedOnly);
  }

  @Test
  void noNumberOfUsesOutweighsTheTag() {
    assertEquals(1f, ConceptMentions.value(true, 0));
    assertEquals(0.5f, ConceptMentions.value(false, 1));
    assertTrue(ConceptMentions.value(false, 1000) < ConceptMentions.value(true, 0));
    assertTrue(ConceptMentions.value(true, 3) > ConceptMentions.value(true, 1));
    assertTrue(ConceptMentions.value(true, 1000) < 2f);
  }

  private static Weight weight(IndexSearcher searcher, Query query) throws IOException {
    return searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
  }

  private static int phraseMatches(Weight weight, LeafReaderContext leaf, int doc)
      throws IOException {
    Matches matches = weight.matches(leaf, doc);
    if (matches == null) {
      return 0;
    }
    int count = 0;
    for (String field : matches) {
      MatchesIterator iterator = matches.getMatches(field);
      while (iterator.next()) {
        count++;
      }
    }
    return count;
  }

  /** The feature's value as {@code FeatureField} decodes it: 0 where the document lacks it. */
  private static float featureValue(LeafReaderContext leaf, String key, int doc)
      throws IOException {
    org.apache.lucene.index.Terms terms = leaf.reader().terms(IndexSchema.TOPICS);
    if (terms == null) {
      return 0;
    }
    TermsEnum termsEnum = terms.iterator();
    if (!termsEnum.seekExact(new BytesRef(key))) {
      return 0;
    }
    PostingsEnum postings = termsEnum.postings(null, PostingsEnum.FREQS);
    return postings.advance(doc) == doc ? Float.intBitsToFloat(postings.freq() << 15) : 0;
  }
}
