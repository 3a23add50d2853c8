package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.taxonomy.GlossaryEntry;
import nl.buurtkennis.taxonomy.Taxonomy;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** What a match weighs in a passage: what the query weighs down, not a field's weight. */
class PassageWeightsTest {
  @Test
  void aTranslationAndAConceptsNameWeighLessThanATypedWordInEveryField() {
    Query typed = new BooleanQuery.Builder()
        .add(term("body_nl", "politie"), Occur.SHOULD)
        .add(new BoostQuery(term("summary_nl", "politie"), 2f), Occur.SHOULD).build();
    Query translated = new BoostQuery(new BooleanQuery.Builder()
        .add(term("body_nl", "vertrouw"), Occur.SHOULD)
        .add(new BoostQuery(term("summary_nl", "vertrouw"), 2f), Occur.SHOULD).build(),
        UserQueryParser.TRANSLATION_WEIGHT);
    Query names = new BoostQuery(new BooleanQuery.Builder()
        .add(new PhraseQuery("body_nl", "vertrouw", "politie"), Occur.SHOULD)
        .add(term("body_nl", "politie"), Occur.SHOULD)
        .add(term("body_nl", "toezicht"), Occur.SHOULD).build(),
        UserQueryParser.NAME_IN_PASSAGE);
    Query query = new BooleanQuery.Builder()
        .add(typed, Occur.SHOULD).add(translated, Occur.SHOULD).add(names, Occur.SHOULD)
        .add(term("body_nl", "onveilig"), Occur.MUST_NOT).build();
    PassageWeights weights = PassageWeights.of(query);
    assertEquals(Map.of(new BytesRef("politie"), 1f, new BytesRef("vertrouw"), 0.5f,
        new BytesRef("vertrouw politie"), 0.25f, new BytesRef("toezicht"), 0.25f),
        weights.in("body_nl"));
    assertEquals(Map.of(new BytesRef("politie"), 1f, new BytesRef("vertrouw"), 0.5f),
        weights.in("summary_nl"));
  }

  @Test
  void aCompoundsPartsFoundTogetherShareItsWeight() {
    BooleanQuery allParts = new BooleanQuery.Builder()
        .add(new BooleanQuery.Builder()
            .add(term("body_nl", "wijk"), Occur.MUST)
            .add(term("body_nl", "agent"), Occur.MUST).build(), Occur.SHOULD)
        .build();
    Query query = new BooleanQuery.Builder()
        .add(term("body_nl", "wijkagent"), Occur.SHOULD)
        .add(PartsTogether.of(allParts), Occur.SHOULD).build();
    assertEquals(Map.of(new BytesRef("wijkagent"), 1f, new BytesRef("wijk"), 0.5f,
        new BytesRef("agent"), 0.5f), PassageWeights.of(query).in("body_nl"));
  }

  @Test
  void aWordThatEveryTextHoldsWeighsLessThanOneThatFewHold() throws IOException {
    try (DirectoryReader reader = texts("body_nl", "hoe het werkt woninginbraak",
        "hoe het werkt", "hoe het werkt", "hoe het werkt")) {
      Query query = new BooleanQuery.Builder()
          .add(term("body_nl", "werkt"), Occur.SHOULD)
          .add(term("body_nl", "woninginbraak"), Occur.SHOULD).build();
      Map<BytesRef, Float> weights =
          PassageWeights.of(query, new PassageRarity(reader), Loanwords.none(),
              PassageWords.none()).in("body_nl");
      assertEquals(1f, weights.get(new BytesRef("woninginbraak")), "held by one text");
      assertTrue(weights.get(new BytesRef("werkt")) < 0.1f, weights.toString());
    }
  }

  @Test
  void aConceptsNameIsNoRarerThanTheRarestTypedWord() throws IOException {
    try (DirectoryReader reader = texts("body_nl", "politie toezicht", "politie", "politie")) {
      Query query = new BooleanQuery.Builder()
          .add(term("body_nl", "politie"), Occur.SHOULD)
          .add(new BoostQuery(term("body_nl", "toezicht"), UserQueryParser.NAME_IN_PASSAGE),
              Occur.SHOULD).build();
      Map<BytesRef, Float> weights =
          PassageWeights.of(query, new PassageRarity(reader), Loanwords.none(),
              PassageWords.none()).in("body_nl");
      assertEquals(weights.get(new BytesRef("politie")) * UserQueryParser.NAME_IN_PASSAGE,
          weights.get(new BytesRef("toezicht")), 1e-6f);
    }
  }

  @Test
  void aLoanwordWeighsNoMoreThanItsTranslationsWhichWeighAsTypedWords() throws IOException {
    try (DirectoryReader reader = texts("body_nl", "politiezorg community polic politie",
        "vertrouw politie", "politie", "politie", "politie")) {
      Query query = new BooleanQuery.Builder()
          .add(term("body_nl", "polic"), Occur.SHOULD)
          .add(new BoostQuery(term("body_nl", "politie"), UserQueryParser.TRANSLATION_WEIGHT),
              Occur.SHOULD).build();
      TaxonomyLexicon lexicon = new TaxonomyLexicon(new Taxonomy(List.of(),
          List.of(new GlossaryEntry(List.of("politie"), List.of("police"))), "test"));
      Loanwords loanwords =
          Loanwords.of(List.of("police"), lexicon, IndexSchema.queryAnalyzer());
      Map<BytesRef, Float> weights =
          PassageWeights.of(query, new PassageRarity(reader), loanwords,
              PassageWords.none()).in("body_nl");
      float politie = new PassageRarity(reader).of(new Term("body_nl", "politie"));
      assertEquals(Map.of(new BytesRef("polic"), politie, new BytesRef("politie"), politie),
          weights);
      assertEquals(Map.of(new BytesRef("polic"), 1f, new BytesRef("politie"), 0.5f * politie),
          PassageWeights.of(query, new PassageRarity(reader), Loanwords.none(),
              PassageWords.none()).in("body_nl"),
          "in a text of its own language, police is no loanword");
    }
  }

  /** An index of {@code texts} in {@code field}, one document each, read word by word. */
  private static DirectoryReader texts(String field, String... texts) throws IOException {
    Directory directory = new ByteBuffersDirectory();
    try (IndexWriter writer =
        new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
      for (String text : texts) {
        Document doc = new Document();
        doc.add(new TextField(field, text, Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    return DirectoryReader.open(directory);
  }

  private static Query term(String field, String word) {
    return new TermQuery(new Term(field, word));
  }
}
