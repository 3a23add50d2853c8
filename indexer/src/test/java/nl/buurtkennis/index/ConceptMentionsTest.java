package nl.buurtkennis.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.buurtkennis.corpus.Corpus;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.corpus.Section;
import nl.buurtkennis.taxonomy.Concept;
import nl.buurtkennis.taxonomy.Facet;
import nl.buurtkennis.testing.TempCorpus;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
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
 * body, whether its facet term (which a narrower concept's tag also gives) matches and whether a
 * phrase query for a name finds one of the document's section headings, document by document:
 * the search asks for the feature instead of the phrases and the tag.
 */
class ConceptMentionsTest {
  private static Corpus corpus;
  private static Directory directory;
  /**
   * One Lucene document per section heading, title, summary and keyword of the shipped corpus,
   * with its document's id and {@link #KIND}, analysed as the body is.
   */
  private static Directory shortTexts;
  private static final String KIND = "kind";
  private static final String HEADING = "heading";
  private static final String TITLE = "title";

  @BeforeAll
  static void buildShippedCorpus() throws IOException {
    corpus = CorpusLoader.load(TempCorpus.shippedCorpus()).corpus().orElseThrow();
    directory = new ByteBuffersDirectory();
    IndexBuilder.build(corpus, directory);
    shortTexts = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(shortTexts,
        new IndexWriterConfig(IndexSchema.indexAnalyzer()))) {
      for (CorpusDocument doc : corpus.documents()) {
        for (Section section : doc.sections()) {
          if (section.heading() != null) {
            writer.addDocument(shortText(doc, HEADING, section.heading()));
          }
        }
        // The title heads the whole text, read with the names of both languages.
        for (String language : IndexSchema.LANGUAGES) {
          writer.addDocument(shortText(doc, TITLE, doc.title(), language));
        }
        List<String> about = new ArrayList<>(List.of(doc.title(), doc.summary()));
        about.addAll(doc.keywords());
        for (String text : about) {
          writer.addDocument(shortText(doc, "about", text));
        }
      }
    }
  }

  private static Document shortText(CorpusDocument doc, String kind, String text) {
    return shortText(doc, kind, text, doc.language());
  }

  private static Document shortText(CorpusDocument doc, String kind, String text,
      String language) {
    Document shortText = new Document();
    shortText.add(new StringField(IndexSchema.ID, doc.id(), Field.Store.YES));
    shortText.add(new StringField(KIND, kind, Field.Store.YES));
    shortText.add(new TextField(IndexSchema.field(IndexSchema.BODY, language), text,
        Field.Store.NO));
    return shortText;
  }

  @Test
  void eachConceptsValueIsTheUsesOfItsNamesPlusTheTagAndAHeading() throws IOException {
    QueryBuilder phrases = new QueryBuilder(IndexSchema.queryAnalyzer());
    FacetsConfig facetsConfig = IndexSchema.facetsConfig();
    int used = 0;
    int taggedOnly = 0;
    int usedOnly = 0;
    int headed = 0;
    int titled = 0;
    try (DirectoryReader reader = DirectoryReader.open(directory);
        DirectoryReader shortReader = DirectoryReader.open(shortTexts)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      IndexSearcher shortSearcher = new IndexSearcher(shortReader);
      for (String dim : IndexSchema.TOPIC_DIMS) {
        Facet facet = corpus.taxonomy().require(dim);
        for (Concept concept : facet.concepts()) {
          List<Weight> names = new ArrayList<>();
          Set<String> namedInAHeading = new HashSet<>();
          Set<String> namedInTheTitle = new HashSet<>();
          Map<String, Integer> usesOutsideTheBody = new HashMap<>();
          for (Map.Entry<String, List<String>> byLanguage
              : ConceptMentions.countedNames(concept).entrySet()) {
            for (String name : byLanguage.getValue()) {
              Query phrase = phrases.createPhraseQuery(
                  IndexSchema.field(IndexSchema.BODY, byLanguage.getKey()), name);
              if (phrase != null) {
                names.add(weight(searcher, phrase));
                usesIn(shortSearcher, phrase, namedInAHeading, namedInTheTitle,
                    usesOutsideTheBody);
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
              String id = leaf.reader().storedFields().document(doc).get(IndexSchema.ID);
              boolean heading = namedInAHeading.contains(id);
              boolean title = namedInTheTitle.contains(id);
              uses += usesOutsideTheBody.getOrDefault(id, 0);
              float expected = tagged || uses > 0 ? ConceptMentions.value(tagged, uses) : 0;
              assertEquals(expected, featureValue(leaf, IndexSchema.TOPICS, key, doc), 1f / 128,
                  key + " in document " + doc);
              assertEquals(tagged && heading ? 1f : 0f,
                  featureValue(leaf, IndexSchema.SECTIONS, key, doc), 1f / 128,
                  "the section on " + key + " in document " + doc);
              assertEquals(tagged && title ? 1f : 0f,
                  featureValue(leaf, IndexSchema.TITLES, key, doc), 1f / 128,
                  "the title naming " + key + " in document " + doc);
              used += uses;
              taggedOnly += tagged && uses == 0 ? 1 : 0;
              usedOnly += !tagged && uses > 0 ? 1 : 0;
              headed += tagged && heading ? 1 : 0;
              titled += tagged && title ? 1 : 0;
            }
          }
        }
      }
    }
    assertTrue(used > 300, "the shipped bodies use many names: " + used);
    assertTrue(taggedOnly > 20, "some documents are tagged without using a name: " + taggedOnly);
    assertTrue(usedOnly > 20, "some use a name without the tag: " + usedOnly);
    assertTrue(headed > 20, "the reports give tagged concepts sections of their own: " + headed);
    assertTrue(titled > 20, "practices are titled by names of their forms: " + titled);
  }

  @Test
  void theReportHasASectionOnAFormThePracticesTaggedWithItHaveNot() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      assertEquals(1f, featureOf(reader, IndexSchema.SECTIONS, "burgers-in-veiligheid",
          "form/investigation"), 1f / 128, "tagged, with the section 'Opsporing'");
      assertEquals(0f, featureOf(reader, IndexSchema.SECTIONS, "meld-misdaad-anoniem",
          "form/investigation"), "tagged, no section on it");
    }
  }

  @Test
  void aTitleNamingATaggedConceptGivesItsFeature() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      assertEquals(1f, featureOf(reader, IndexSchema.TITLES, "buurtpreventie",
          "form/citizen-surveillance"), 1f / 128, "titled 'Buurtpreventie en buurtwachten'");
      assertEquals(1f, featureOf(reader, IndexSchema.TITLES, "waaks",
          "form/citizen-surveillance"), 1f / 128, "titled 'WAAKS', a name of the form");
      assertEquals(1f, featureOf(reader, IndexSchema.TITLES, "amber-alert-missing-children",
          "form/investigation"), 1f / 128,
          "an English title with the Dutch name 'AMBER Alert', which the English names lack");
      assertEquals(1f, featureOf(reader, IndexSchema.TITLES, "whatsapp-neighbourhood-prevention",
          "form/citizen-surveillance"), 1f / 128,
          "titled 'WhatsApp neighbourhood prevention groups', an English name of the form");
      assertEquals(0f, featureOf(reader, IndexSchema.TITLES, "buurtvaders",
          "form/citizen-surveillance"), "tagged, but titled by another practice");
      assertEquals(0f, featureOf(reader, IndexSchema.TITLES, "neighbourhood-fathers",
          "form/citizen-surveillance"), "tagged, but titled by another practice");
    }
  }

  @Test
  void eachLanguageKeepsItsOwnNames() {
    // citizen surveillance has 16 Dutch names and 13 English ones: a cap shared by both
    // languages, Dutch first, cut the last 5 English names, which were then never counted
    Concept surveillance = corpus.taxonomy().require("form").concepts().stream()
        .filter(concept -> concept.id().equals("citizen-surveillance")).findFirst()
        .orElseThrow();
    Map<String, List<String>> names = ConceptMentions.countedNames(surveillance);
    assertTrue(names.get("en").contains("WhatsApp neighbourhood prevention"), names.toString());
    assertTrue(names.get("en").contains("informal social control"), names.toString());
    assertTrue(names.get("nl").contains("WAAKS"), names.toString());
  }

  private static float featureOf(DirectoryReader reader, String field, String id, String key)
      throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (id.equals(leaf.reader().storedFields().document(doc).get(IndexSchema.ID))) {
          return featureValue(leaf, field, key, doc);
        }
      }
    }
    throw new AssertionError("no document " + id);
  }

  /**
   * Adds the ids of the documents with a heading that {@code phrase} matches to {@code headed},
   * those whose title it matches in either language's analysis to {@code titled}, and its matches
   * in their titles, summaries and keywords to {@code uses}.
   */
  private static void usesIn(IndexSearcher searcher, Query phrase, Set<String> headed,
      Set<String> titled, Map<String, Integer> uses) throws IOException {
    Weight weight = weight(searcher, phrase);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        int matches = phraseMatches(weight, leaf, doc);
        if (matches > 0) {
          Document text = leaf.reader().storedFields().document(doc);
          if (HEADING.equals(text.get(KIND))) {
            headed.add(text.get(IndexSchema.ID));
          } else if (TITLE.equals(text.get(KIND))) {
            titled.add(text.get(IndexSchema.ID));
          } else {
            uses.merge(text.get(IndexSchema.ID), matches, Integer::sum);
          }
        }
      }
    }
  }

  /**
   * Documents share keywords and headings, whose uses the converter works out once per text and
   * language: the values checked above include such remembered uses.
   */
  @Test
  void documentsShareKeywordsAndHeadings() {
    Map<String, Set<String>> documentsByText = new HashMap<>();
    for (CorpusDocument doc : corpus.documents()) {
      List<String> shared = new ArrayList<>(doc.keywords());
      doc.sections().stream().map(Section::heading).filter(h -> h != null).forEach(shared::add);
      for (String text : shared) {
        documentsByText.computeIfAbsent(doc.language() + "\n" + text, t -> new HashSet<>())
            .add(doc.id());
      }
    }
    assertTrue(documentsByText.values().stream().filter(ids -> ids.size() > 1).count() >= 10,
        documentsByText.toString());
  }

  @Test
  void aNameInTheKeywordsOrSummaryCountsAsAUse() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      float watch = featureOf(reader, IndexSchema.TOPICS, "burgerwacht", "issue/vigilantism");
      float amber = featureOf(reader, IndexSchema.TOPICS, "amber-alert-missing-children",
          "issue/vigilantism");
      assertTrue(watch > amber, "burgerwacht's keywords and summary say 'eigenrichting', as"
          + " its body does as often as AMBER Alert's names vigilantism: " + watch + " " + amber);
    }
  }

  @Test
  void aNameSayingOneWordAmongStopWordsIsNoName() {
    assertTrue(ConceptMentions.isOneWordOfALongerName("en", "More reporting"));
    assertTrue(ConceptMentions.isOneWordOfALongerName("nl", "meldingen doen"));
    assertTrue(ConceptMentions.isOneWordOfALongerName("nl", "geen effectmeting"));
    assertFalse(ConceptMentions.isOneWordOfALongerName("en", "reporting"));
    assertFalse(ConceptMentions.isOneWordOfALongerName("en", "reporting to the police"));
    assertFalse(ConceptMentions.isOneWordOfALongerName("en", "buy-in"));
    assertFalse(ConceptMentions.isOneWordOfALongerName("nl", "in- en uitsluiting"));
    assertFalse(ConceptMentions.isOneWordOfALongerName("nl", "112 bellen"));
  }

  @Test
  void theReportSayingReportIsNoUseOfMoreReporting() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      float english = featureOf(reader, IndexSchema.TOPICS, "citizens-in-security",
          "benefit/more-reporting");
      float dutch = featureOf(reader, IndexSchema.TOPICS, "burgers-in-veiligheid",
          "benefit/more-reporting");
      assertTrue(english <= dutch, "the English report says 'report' of itself, which its Dutch"
          + " twin says 'rapport': " + english + " " + dutch);
    }
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
  private static float featureValue(LeafReaderContext leaf, String field, String key, int doc)
      throws IOException {
    org.apache.lucene.index.Terms terms = leaf.reader().terms(field);
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
