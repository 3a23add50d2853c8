package nl.buurtkennis.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import nl.buurtkennis.corpus.Corpus;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.taxonomy.Concept;
import nl.buurtkennis.taxonomy.Facet;
import nl.buurtkennis.testing.TempCorpus;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The names counted at indexing must be exactly what phrase queries for them find in the body,
 * document by document: the search asks for the counts instead of the phrases.
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
  void everyNameIsCountedWhereAPhraseQueryForItMatchesTheBody() throws IOException {
    QueryBuilder phrases = new QueryBuilder(IndexSchema.queryAnalyzer());
    int namesFound = 0;
    int mentions = 0;
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (String dim : IndexSchema.TOPIC_DIMS) {
        Facet facet = corpus.taxonomy().require(dim);
        for (Concept concept : facet.concepts()) {
          for (Map.Entry<String, List<String>> names : ConceptMentions.names(concept).entrySet()) {
            for (String name : names.getValue()) {
              String key = ConceptMentions.key(dim, concept.id(), names.getKey(), name);
              Query phrase = phrases.createPhraseQuery(
                  IndexSchema.field(IndexSchema.BODY, names.getKey()), name);
              Weight weight = phrase == null ? null : searcher.createWeight(
                  searcher.rewrite(phrase), ScoreMode.COMPLETE_NO_SCORES, 1);
              for (LeafReaderContext leaf : reader.leaves()) {
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                  int expected = weight == null ? 0 : phraseMatches(weight, leaf, doc);
                  int counted = termFrequency(leaf, key, doc);
                  assertEquals(expected, counted, key + " in document " + doc);
                  namesFound += expected > 0 ? 1 : 0;
                  mentions += counted;
                }
              }
            }
          }
        }
      }
    }
    assertTrue(namesFound > 100, "the shipped bodies use many names: " + namesFound);
    assertTrue(mentions > namesFound, "some names are used more than once");
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

  private static int termFrequency(LeafReaderContext leaf, String key, int doc)
      throws IOException {
    org.apache.lucene.index.Terms terms = leaf.reader().terms(IndexSchema.MENTIONS);
    if (terms == null) {
      return 0;
    }
    TermsEnum termsEnum = terms.iterator();
    if (!termsEnum.seekExact(new BytesRef(key))) {
      return 0;
    }
    PostingsEnum postings = termsEnum.postings(null, PostingsEnum.FREQS);
    return postings.advance(doc) == doc ? postings.freq() : 0;
  }
}
