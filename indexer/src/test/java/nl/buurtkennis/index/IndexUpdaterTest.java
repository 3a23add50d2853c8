package nl.buurtkennis.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.buurtkennis.corpus.Corpus;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.testing.OlderIndex;
import nl.buurtkennis.testing.TempCorpus;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexUpdaterTest {
  private static final List<String> QUERIES = List.of("bewoners buurt", "veiligheid",
      "buurtpreventie whatsapp", "politie vertrouwen", "residents safety", "neighbourhood watch",
      "mediation conflicts", "groen verlichting geld", "privacy");

  private static final List<String> SEARCHED_FIELDS = List.of(IndexSchema.TITLE,
      IndexSchema.SUMMARY, IndexSchema.KEYWORDS, IndexSchema.BODY, IndexSchema.TRANSLATION,
      IndexSchema.TRANSLATION_BODY);

  @TempDir
  Path temp;

  @Test
  void anUpdatedIndexEqualsAFullBuildOfTheSameCorpus() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp.resolve("c"));
    writeOldState(corpus);
    Path updated = temp.resolve("updated");
    IndexBuilder.build(load(corpus), updated);

    corpus.document("doc-b.md", doc("doc-b", "nl", 2019, "[mediation, contact]", "[trust-police]",
        "[Utrecht]", "Bemiddeling en politie",
        "Buurtbemiddelaars en de wijkagent werken samen aan vertrouwen in de politie."));
    corpus.document("doc-c.md", doc("doc-c", "en", 2016, "[citizen-surveillance]", "[feeling-safer]",
        "[Rotterdam, Amsterdam]", "Neighbourhood watch revisited",
        "Residents patrol and feel safer; the neighbourhood watch shares information."));
    Files.delete(corpus.dir().resolve("documents/doc-d.md"));
    Files.move(corpus.dir().resolve("documents/doc-e.md"),
        Files.createDirectories(corpus.dir().resolve("documents/moved")).resolve("doc-e.md"));
    corpus.document("doc-f.md", doc("doc-f", "nl", 2022, "[information]", "[more-reporting]",
        "[Den Haag]", "Buurtapp meldingen", "Bewoners melden meer via de buurtapp van de politie."));
    UpdateSummary first = IndexUpdater.update(load(corpus), updated, IndexProgress.NONE);
    assertEquals(UpdateSummary.Kind.UPDATE, first.kind());
    assertEquals(List.of(1, 3, 1, 31), List.of(first.added(), first.changed(), first.removed(),
        first.skipped()), first.describe());

    corpus.document("doc-g.md", doc("doc-g", "en", 2023, "[mediation]", "[trust-residents]", "[]",
        "Community mediation", "Mediation volunteers help neighbours resolve conflicts."));
    corpus.document("doc-a.md", doc("doc-a", "nl", 2014, "[citizen-surveillance]",
        "[feeling-safer, trust-police]", "[Rotterdam]", "WhatsApp-buurtpreventie",
        "Bewoners in de buurt delen via WhatsApp wat zij zien; de veiligheid en de privacy."));
    UpdateSummary second = IndexUpdater.update(load(corpus), updated, IndexProgress.NONE);
    assertEquals(List.of(1, 1, 0, 34), List.of(second.added(), second.changed(), second.removed(),
        second.skipped()), second.describe());

    Path full = temp.resolve("full");
    IndexBuilder.build(load(corpus), full);
    try (Directory left = FSDirectory.open(full); Directory right = FSDirectory.open(updated);
        DirectoryReader expected = DirectoryReader.open(left);
        DirectoryReader actual = DirectoryReader.open(right)) {
      assertEquals(36, actual.numDocs());
      IndexComparison.assertSameIndex(expected, actual, queries());
      assertEquals(load(corpus).fingerprint(), IndexCommitInfo.of(
          actual.getIndexCommit().getUserData()).fingerprint());
      assertEquals(IndexCommitInfo.of(expected.getIndexCommit().getUserData()).documents(),
          IndexCommitInfo.of(actual.getIndexCommit().getUserData()).documents());
    }
  }

  /**
   * A document is also found by its translation's text, so an edit of the one rewrites the
   * other, and so does a link that comes or goes.
   */
  @Test
  void aDocumentIsRewrittenWhenItsTranslationChanges() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp.resolve("c"));
    writeOldState(corpus);
    corpus.document("doc-h.md", doc("doc-h", "en", 2016, "[mediation]", "[trust-residents]", "[]",
        "Neighbourhood mediation", "Volunteers help neighbours with conflicts.")
        .replace("---\n## Tekst", "translation: doc-b\n---\n## Tekst"));
    Path updated = temp.resolve("updated");
    IndexBuilder.build(load(corpus), updated);
    assertEquals(List.of("doc-b"), idsWith(updated, "translation_body_en", "conflict"));

    corpus.document("doc-h.md", Files.readString(corpus.dir().resolve("documents/doc-h.md"))
        .replace("with conflicts", "with conflicts at the crossing"));
    assertEquals(List.of(0, 2, 0, 34), counts(IndexUpdater.update(load(corpus), updated,
        IndexProgress.NONE)), "doc-h and, through its translation, doc-b");
    assertEquals(List.of("doc-b"), idsWith(updated, "translation_body_en", "cross"));
    assertSameAsFullBuild(corpus, updated);

    Files.delete(corpus.dir().resolve("documents/doc-h.md"));
    assertEquals(List.of(0, 1, 1, 34), counts(IndexUpdater.update(load(corpus), updated,
        IndexProgress.NONE)), "doc-b loses its translation");
    assertEquals(List.of(), idsWith(updated, "translation_body_en", "conflict"));
    assertSameAsFullBuild(corpus, updated);
  }

  private void assertSameAsFullBuild(TempCorpus corpus, Path updated) throws IOException {
    Path full = Files.createTempDirectory(temp, "full");
    IndexBuilder.build(load(corpus), full);
    try (Directory left = FSDirectory.open(full); Directory right = FSDirectory.open(updated);
        DirectoryReader expected = DirectoryReader.open(left);
        DirectoryReader actual = DirectoryReader.open(right)) {
      IndexComparison.assertSameIndex(expected, actual, queries());
    }
  }

  private static List<String> idsWith(Path index, String field, String term) throws IOException {
    try (Directory directory = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      List<String> ids = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(new TermQuery(new Term(field, term)), 10).scoreDocs) {
        ids.add(searcher.storedFields().document(hit.doc).get(IndexSchema.ID));
      }
      return ids;
    }
  }

  @Test
  void anUnchangedCorpusSkipsEveryDocumentAndMakesNoCommit() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp.resolve("c"));
    writeOldState(corpus);
    Path index = temp.resolve("index");
    IndexBuilder.build(load(corpus), index);
    long generation = generation(index);

    UpdateSummary summary = IndexUpdater.update(load(corpus), index, IndexProgress.NONE);

    assertEquals(UpdateSummary.Kind.UNCHANGED, summary.kind());
    assertEquals(List.of(0, 0, 0, 35, 0), List.of(summary.added(), summary.changed(),
        summary.removed(), summary.skipped(), summary.errors()));
    assertEquals(generation, generation(index));
  }

  @Test
  void aChangedTaxonomyRewritesEveryDocument() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp.resolve("c"));
    writeOldState(corpus);
    Path index = temp.resolve("index");
    IndexBuilder.build(load(corpus), index);
    Path taxonomy = corpus.dir().resolve("taxonomy.yml");
    Files.writeString(taxonomy, Files.readString(taxonomy, StandardCharsets.UTF_8)
        .replace("Conflictbemiddeling", "Buurtbemiddeling"), StandardCharsets.UTF_8);
    Files.delete(corpus.dir().resolve("documents/doc-d.md"));

    UpdateSummary summary = IndexUpdater.update(load(corpus), index, IndexProgress.NONE);

    assertEquals(UpdateSummary.Kind.REBUILD, summary.kind());
    assertEquals("the taxonomy changed", summary.reason());
    assertEquals(List.of(0, 34, 1, 0), List.of(summary.added(), summary.changed(),
        summary.removed(), summary.skipped()));
    assertTrue(summary.describe().contains("full rebuild: the taxonomy changed"),
        summary.describe());
    Path full = temp.resolve("full");
    IndexBuilder.build(load(corpus), full);
    try (Directory left = FSDirectory.open(full); Directory right = FSDirectory.open(index);
        DirectoryReader expected = DirectoryReader.open(left);
        DirectoryReader actual = DirectoryReader.open(right)) {
      IndexComparison.assertSameIndex(expected, actual, queries());
      assertTrue(IndexCommitInfo.of(actual.getIndexCommit().getUserData()).taxonomyYaml()
          .contains("Buurtbemiddeling"));
    }
  }

  @Test
  void anIndexOfAnOlderUnreadableFormatIsRewrittenWhole() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp.resolve("c"));
    writeOldState(corpus);
    Path index = temp.resolve("index");
    OlderIndex.write(index);

    UpdateSummary summary = IndexUpdater.update(load(corpus), index, IndexProgress.NONE);

    assertEquals(UpdateSummary.Kind.REBUILD, summary.kind());
    assertEquals("the index has schema version " + OlderIndex.SCHEMA + ", this indexer writes "
        + IndexSchema.VERSION, summary.reason());
    assertEquals(35, summary.added());
    try (Directory directory = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      assertEquals(35, reader.numDocs());
    }
  }

  @Test
  void withoutAnIndexAnUpdateBuildsItWhole() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp.resolve("c"));
    writeOldState(corpus);
    UpdateSummary summary = IndexUpdater.update(load(corpus), temp.resolve("new"),
        IndexProgress.NONE);
    assertEquals(UpdateSummary.Kind.REBUILD, summary.kind());
    assertEquals(35, summary.added());
    assertEquals(35, IndexCommitInfo.read(temp.resolve("new")).orElseThrow().documents());
  }

  @Test
  void anotherWriterOnTheFolderRefusesTheUpdateAndTheBuild() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp.resolve("c"));
    writeOldState(corpus);
    Path index = temp.resolve("index");
    IndexBuilder.build(load(corpus), index);
    long generation = generation(index);
    corpus.document("doc-f.md", doc("doc-f", "nl", 2022, "[information]", "[]", "[]", "Nieuw", "Tekst."));

    try (Directory directory = FSDirectory.open(index);
        IndexWriter other = new IndexWriter(directory, new IndexWriterConfig())) {
      IndexBusyException update = assertThrows(IndexBusyException.class,
          () -> IndexUpdater.update(load(corpus), index, IndexProgress.NONE));
      assertTrue(update.getMessage().startsWith("another build or update is writing to " + index),
          update.getMessage());
      assertThrows(IndexBusyException.class, () -> IndexBuilder.build(load(corpus), index));
      other.rollback();
    }
    assertEquals(generation, generation(index));
    assertEquals(35, IndexCommitInfo.read(index).orElseThrow().documents());
  }

  @Test
  void anUpdateThatFailsHalfwayLeavesThePreviousCommitWhole() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp.resolve("c"));
    writeOldState(corpus);
    Path index = temp.resolve("index");
    IndexBuilder.build(load(corpus), index);
    long generation = generation(index);
    Map<String, Map<String, List<String>>> before = stored(index);

    corpus.document("doc-b.md", doc("doc-b", "nl", 2016, "[mediation]", "[]", "[]", "Gewijzigd",
        "Andere tekst."));
    Files.delete(corpus.dir().resolve("documents/doc-d.md"));
    Corpus valid = load(corpus);
    // A document the converter cannot write, after the deletion and the change were applied.
    CorpusDocument template = valid.document("doc-b").orElseThrow();
    CorpusDocument broken = new CorpusDocument("doc-broken", "documents/broken.md",
        template.title(), template.type(), template.language(), template.year(),
        template.summary(), List.of("no-such-form"), List.of(), List.of(), List.of(), List.of(),
        null, List.of(), List.of(), List.of(), null, null, List.of(), null, null, template.sections());
    List<CorpusDocument> documents = new ArrayList<>(valid.documents());
    documents.add(broken);
    Corpus failing = new Corpus(valid.taxonomy(), documents, valid.fingerprint(),
        valid.stamp());

    assertThrows(IllegalArgumentException.class,
        () -> IndexUpdater.update(failing, index, IndexProgress.NONE));

    assertEquals(generation, generation(index));
    assertEquals(before, stored(index));
    assertEquals(List.of(0, 1, 1, 33), counts(IndexUpdater.update(valid, index,
        IndexProgress.NONE)), "the writer was released: the next update runs");
  }

  private static List<Integer> counts(UpdateSummary summary) {
    return List.of(summary.added(), summary.changed(), summary.removed(), summary.skipped());
  }

  private static Map<String, Map<String, List<String>>> stored(Path index) throws IOException {
    try (Directory directory = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      return IndexComparison.storedById(reader);
    }
  }

  /**
   * Five documents in Dutch and English with overlapping words, facets and places, and thirty
   * that share their words: enough that a few deletions stay below the merge policy's threshold,
   * so only {@code forceMergeDeletes} removes them.
   */
  private static void writeOldState(TempCorpus corpus) {
    String[] words = {"bewoners", "buurt", "veiligheid", "politie", "residents", "safety",
        "privacy", "conflicts", "groen", "vertrouwen"};
    for (int i = 0; i < 30; i++) {
      StringBuilder body = new StringBuilder();
      for (int w = 0; w <= i % 7; w++) {
        body.append(words[(i + w * 3) % words.length]).append(' ');
      }
      corpus.document("filler/filler-" + i + ".md", doc("filler-" + i, i % 3 == 0 ? "en" : "nl",
          2010 + i % 12, i % 2 == 0 ? "[mediation]" : "[contact, information]", "[]",
          i % 4 == 0 ? "[Utrecht]" : "[]", "Achtergrond " + i, body.toString()));
    }
    corpus.document("doc-a.md", doc("doc-a", "nl", 2014, "[citizen-surveillance]", "[feeling-safer]",
        "[Rotterdam]", "WhatsApp-buurtpreventie",
        "Bewoners in de buurt delen via WhatsApp wat zij zien. Buurtpreventie en veiligheid."));
    corpus.document("doc-b.md", doc("doc-b", "nl", 2016, "[mediation]", "[trust-residents]",
        "[Utrecht]", "Buurtbemiddeling", "Vrijwilligers helpen buren bij conflicten in de buurt."));
    corpus.document("doc-c.md", doc("doc-c", "en", 2018, "[citizen-surveillance]",
        "[crime-reduction, feeling-safer]", "[]", "Neighbourhood watch",
        "Residents watch the street and report to the police; safety and privacy."));
    corpus.document("doc-d.md", doc("doc-d", "nl", 2020, "[public-space, policy-influence]",
        "[attractive-public-space]", "[Rotterdam, Den Haag]", "Budget voor de buurt",
        "Bewoners beslissen over geld voor groen en verlichting in de buurt."));
    corpus.document("doc-e.md", doc("doc-e", "en", 2014, "[contact]", "[trust-police]", "[]",
        "Police and residents", "Contact between residents and the police builds trust."));
  }

  static String doc(String id, String language, int year, String forms, String benefits,
      String places, String title, String body) {
    return "---\n"
        + "id: " + id + "\n"
        + "title: " + title + "\n"
        + "type: practice\n"
        + "language: " + language + "\n"
        + "year: " + year + "\n"
        + "summary: " + title + ", kort samengevat.\n"
        + "forms: " + forms + "\n"
        + "benefits: " + benefits + "\n"
        + "places: " + places + "\n"
        + "---\n"
        + "## Tekst\n\n" + body + "\n";
  }

  private static Corpus load(TempCorpus corpus) throws IOException {
    CorpusLoader.Result result = CorpusLoader.load(corpus.dir());
    return result.corpus().orElseThrow(() -> new AssertionError(result.problems()));
  }

  /** Queries over every text field, analysed as the server analyses them. */
  static List<Query> queries() {
    Analyzer analyzer = IndexSchema.queryAnalyzer();
    QueryBuilder builder = new QueryBuilder(analyzer);
    List<Query> queries = new ArrayList<>();
    for (String text : QUERIES) {
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      for (String language : IndexSchema.LANGUAGES) {
        for (String field : SEARCHED_FIELDS) {
          Query part = builder.createBooleanQuery(IndexSchema.field(field, language), text);
          if (part != null) {
            query.add(part, BooleanClause.Occur.SHOULD);
          }
        }
      }
      queries.add(query.build());
    }
    return queries;
  }

  private static long generation(Path index) throws IOException {
    try (Directory directory = FSDirectory.open(index)) {
      return SegmentInfos.readLatestCommit(directory).getGeneration();
    }
  }
}
