package nl.buurtkennis.search.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import nl.buurtkennis.eval.JudgedSet;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.search.SearchIndex;
import nl.buurtkennis.search.SearchSettings;
import nl.buurtkennis.search.UserQueryParser;
import nl.buurtkennis.testing.TempCorpus;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.index.IndexBuilder;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Term at a time finds the documents Lucene finds, with the same scores to the last bit, for
 * boolean queries of every shape Lucene's boolean scorers distinguish and for the queries users
 * type.
 */
class TermAtATimeQueryTest {
  private static final String[] WORDS = {"buurt", "preventie", "politie", "veiligheid", "wijk",
      "bewoners", "app", "melding", "inbraak", "vertrouwen", "overlast", "jongeren"};
  /** In the last segment only, so that a clause has no scorer in the others. */
  private static final String LATE_WORD = "burgernet";

  @TempDir
  Path temp;

  @Test
  void randomBooleanQueriesScoreAsLucenesOnSeveralSegments() throws IOException {
    Random random = new Random(20261203);
    try (Directory directory = new ByteBuffersDirectory()) {
      writeSegments(directory, random);
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertTrue(reader.leaves().size() >= 3, "several segments");
        IndexSearcher searcher = new IndexSearcher(reader);
        int matched = 0;
        for (int i = 0; i < 400; i++) {
          Query query = randomQuery(random, 0);
          if (compare(searcher, query, query.toString()) > 0) {
            matched++;
          }
        }
        assertTrue(matched > 200, "queries with matches: " + matched);
      }
    }
  }

  @Test
  void minimumShouldMatchAndExclusionScoreAsLucenes() throws IOException {
    Random random = new Random(7);
    try (Directory directory = new ByteBuffersDirectory()) {
      writeSegments(directory, random);
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query late = term("a", LATE_WORD);
        List<Query> queries = List.of(
            // two of three, one of which exists in one segment only: a segment without it
            // turns the other two into required clauses
            new BooleanQuery.Builder().setMinimumNumberShouldMatch(2)
                .add(term("a", "buurt"), Occur.SHOULD).add(term("a", "wijk"), Occur.SHOULD)
                .add(late, Occur.SHOULD).build(),
            // where the one-segment word is missing, the other optional clause is required
            // and its score is summed with the required ones', not added to their sum
            new BooleanQuery.Builder().setMinimumNumberShouldMatch(1)
                .add(term("a", "buurt"), Occur.MUST).add(term("b", "wijk"), Occur.MUST)
                .add(new BoostQuery(term("b", "politie"), 1.7f), Occur.SHOULD)
                .add(late, Occur.SHOULD).build(),
            // required, optional under a minimum, and a prohibited clause
            new BooleanQuery.Builder().setMinimumNumberShouldMatch(1)
                .add(term("a", "politie"), Occur.MUST).add(term("b", "app"), Occur.SHOULD)
                .add(term("b", "melding"), Occur.SHOULD).add(term("a", "jongeren"), Occur.MUST_NOT)
                .build(),
            // a filter beside an optional clause: the filter scores nothing
            new BooleanQuery.Builder().add(term("a", "buurt"), Occur.FILTER)
                .add(new BoostQuery(term("b", "overlast"), 2.5f), Occur.SHOULD).build(),
            // a phrase as a bonus to a required word
            new BooleanQuery.Builder().add(term("a", "veiligheid"), Occur.MUST)
                .add(new PhraseQuery(2, "a", "buurt", "preventie"), Occur.SHOULD).build(),
            // a filter of the words the scored clause asks for (their postings read once), of
            // phrases, and with a minimum, a required word and an exclusion of its own
            new BooleanQuery.Builder()
                .add(new BooleanQuery.Builder().add(term("a", "wijk"), Occur.SHOULD)
                    .add(term("b", "wijk"), Occur.SHOULD)
                    .add(new PhraseQuery(1, "a", "buurt", "app"), Occur.SHOULD).build(),
                    Occur.FILTER)
                .add(new BooleanQuery.Builder().add(term("a", "wijk"), Occur.SHOULD)
                    .add(new BoostQuery(term("b", "wijk"), 0.5f), Occur.SHOULD).build(),
                    Occur.MUST)
                .add(new BooleanQuery.Builder().setMinimumNumberShouldMatch(2)
                    .add(term("a", "politie"), Occur.SHOULD).add(term("b", "politie"), Occur.SHOULD)
                    .add(late, Occur.SHOULD).add(term("a", "wijk"), Occur.SHOULD).build(),
                    Occur.FILTER)
                .add(new BooleanQuery.Builder().add(term("b", "melding"), Occur.MUST)
                    .add(term("a", "overlast"), Occur.SHOULD)
                    .add(term("a", "inbraak"), Occur.MUST_NOT).build(), Occur.MUST_NOT)
                .build());
        for (Query query : queries) {
          assertTrue(compare(searcher, query, query.toString()) > 0, query.toString());
        }
      }
    }
  }

  @Test
  void aSubtreeHeldTwiceWithTheSameBoostScoresAsLucenes() throws IOException {
    // A phrase's words unquoted stand weighed apart and again beside the proximity they must
    // keep; such a subtree is evaluated once per segment and read again among later candidates
    // (fewer, the same, or more than the first use asked about).
    Random random = new Random(20261207);
    int matched = matchedComparedWithLucenes(random, 300, i -> {
      Query shared = randomBoolean(random, 1);
      float boost = 0.5f + random.nextInt(4) * 0.5f;
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      switch (i % 3) {
        case 0 -> query.add(randomQuery(random, 1), Occur.MUST)
            .add(new BoostQuery(shared, boost), Occur.SHOULD)
            .add(new BoostQuery(new BooleanQuery.Builder().add(shared, Occur.MUST)
                .add(randomQuery(random, 2), Occur.FILTER).build(), boost), Occur.SHOULD);
        case 1 -> query // the first use asks about fewer documents than the second
            .add(new BoostQuery(new BooleanQuery.Builder().add(shared, Occur.MUST)
                .add(randomQuery(random, 2), Occur.MUST).build(), boost), Occur.SHOULD)
            .add(new BoostQuery(shared, boost), Occur.SHOULD)
            .add(randomQuery(random, 1), Occur.SHOULD);
        default -> query // three uses, one with another boost
            .add(shared, Occur.SHOULD).add(new BoostQuery(shared, 1.5f), Occur.SHOULD)
            .add(new BooleanQuery.Builder().add(shared, Occur.MUST)
                .add(randomQuery(random, 2), Occur.SHOULD).build(), Occur.MUST)
            .add(new BooleanQuery.Builder().add(randomQuery(random, 2), Occur.MUST)
                .add(shared, Occur.SHOULD).build(), Occur.SHOULD);
      }
      return query.build();
    });
    assertTrue(matched > 100, "queries with matches: " + matched);
  }

  @Test
  void aSubtreeHeldWithBoostsAPowerOfTwoApartScoresAsLucenes() throws IOException {
    // A compound's parts weigh 0.8 where a text says them together and 0.2 anywhere: one
    // evaluation per segment, its scores times the power of two between the boosts (nested boosts,
    // a disjunction's maximum and sums of doubles included); boosts another ratio apart are
    // evaluated apart.
    Random random = new Random(20261208);
    int matched = matchedComparedWithLucenes(random, 300, i -> {
      BooleanQuery.Builder subtree = new BooleanQuery.Builder()
          .add(randomBoolean(random, 1), Occur.SHOULD)
          .add(new BoostQuery(new DisjunctionMaxQuery(List.of(randomQuery(random, 2),
              randomQuery(random, 2), term("b", WORDS[random.nextInt(WORDS.length)])),
              0.1f * random.nextInt(3)), 0.5f + random.nextInt(4) * 0.5f), Occur.SHOULD);
      Query shared = subtree.build();
      float boost = 0.2f * (1 + random.nextInt(5));
      float other = Math.scalb(boost, random.nextInt(6) - 3);
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      switch (i % 4) {
        case 0 -> query // the compound's shape: together first, then anywhere
            .add(randomQuery(random, 1), Occur.SHOULD)
            .add(new BoostQuery(new BooleanQuery.Builder().add(shared, Occur.MUST)
                .add(randomQuery(random, 2), Occur.FILTER).build(), 0.8f), Occur.SHOULD)
            .add(new BoostQuery(randomQuery(random, 1), 0.2f), Occur.SHOULD)
            .add(new BoostQuery(shared, 0.2f), Occur.SHOULD);
        case 1 -> query // the first use asks about fewer documents than the second
            .add(new BoostQuery(new BooleanQuery.Builder().add(shared, Occur.MUST)
                .add(randomQuery(random, 2), Occur.MUST).build(), boost), Occur.SHOULD)
            .add(new BoostQuery(shared, other), Occur.SHOULD)
            .add(randomQuery(random, 1), Occur.SHOULD);
        case 2 -> query // three uses, the third another ratio apart
            .add(new BoostQuery(shared, boost), Occur.SHOULD)
            .add(new BoostQuery(shared, other), Occur.SHOULD)
            .add(new BoostQuery(shared, boost * 1.5f), Occur.SHOULD)
            .add(randomQuery(random, 1), Occur.MUST);
        default -> query // a use inside another use's required clauses
            .add(new BoostQuery(shared, other), Occur.MUST)
            .add(new BoostQuery(new BooleanQuery.Builder().add(randomQuery(random, 2),
                Occur.MUST).add(new BoostQuery(shared, boost), Occur.SHOULD).build(), 2f),
                Occur.SHOULD);
      }
      return query.build();
    });
    assertTrue(matched > 100, "queries with matches: " + matched);
  }

  @Test
  void theJudgedQueriesScoreAsLucenesOnTheShippedCorpus() throws Exception {
    Path indexDir = temp.resolve("index");
    IndexBuilder.build(CorpusLoader.load(TempCorpus.shippedCorpus()).orThrow(), indexDir);
    JudgedSet judged = JudgedSet.load(evalDir());
    UserQueryParser parser =
        new UserQueryParser(IndexSchema.queryAnalyzer(), SearchSettings.DEFAULT);
    try (SearchIndex index = SearchIndex.open(indexDir)) {
      int matched = index.withView(view -> {
        int withHits = 0;
        for (JudgedSet.Query judgedQuery : judged.queries()) {
          Query query = parser.parse(judgedQuery.text(), view);
          if (compare(view, query, judgedQuery.text()) > 0) {
            withHits++;
          }
        }
        return withHits;
      });
      assertTrue(matched >= judged.queries().size() - 5, "judged queries with hits: " + matched);
    }
  }

  /** Compares every hit and score; returns the number of hits. */
  /**
   * How many of {@code count} queries, the {@code i}th made by {@code make} after the segments
   * are written with {@code random}, match a document; each compared with Lucene's
   * ({@link #compare}).
   */
  private static int matchedComparedWithLucenes(Random random, int count, IntFunction<Query> make)
      throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      writeSegments(directory, random);
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        int matched = 0;
        for (int i = 0; i < count; i++) {
          Query query = make.apply(i);
          if (compare(searcher, query, query.toString()) > 0) {
            matched++;
          }
        }
        return matched;
      }
    }
  }

  private static int compare(IndexSearcher searcher, Query query, String what)
      throws IOException {
    int all = searcher.getIndexReader().maxDoc();
    TopDocs lucene = searcher.search(query, new TopScoreDocCollectorManager(all, Integer.MAX_VALUE));
    TopDocs clauseByClause = searcher.search(new TermAtATimeQuery(query),
        new TopScoreDocCollectorManager(all, Integer.MAX_VALUE));
    assertEquals(lucene.totalHits.value, clauseByClause.totalHits.value, what);
    assertArrayEquals(docs(lucene), docs(clauseByClause), what);
    assertArrayEquals(scores(lucene), scores(clauseByClause), what);
    return lucene.scoreDocs.length;
  }

  private static int[] docs(TopDocs top) {
    int[] docs = new int[top.scoreDocs.length];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = top.scoreDocs[i].doc;
    }
    return docs;
  }

  private static float[] scores(TopDocs top) {
    float[] scores = new float[top.scoreDocs.length];
    int i = 0;
    for (ScoreDoc hit : top.scoreDocs) {
      scores[i++] = hit.score;
    }
    return scores;
  }

  private static void writeSegments(Directory directory, Random random) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
        .setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (int segment = 0; segment < 3; segment++) {
        for (int i = 0; i < 150; i++) {
          Document doc = new Document();
          doc.add(new TextField("a", text(random, segment == 2), Field.Store.NO));
          doc.add(new TextField("b", text(random, false), Field.Store.NO));
          writer.addDocument(doc);
        }
        writer.commit();
      }
    }
  }

  private static String text(Random random, boolean late) {
    StringBuilder text = new StringBuilder();
    int length = 1 + random.nextInt(12);
    for (int i = 0; i < length; i++) {
      text.append(late && random.nextInt(8) == 0 ? LATE_WORD : WORDS[random.nextInt(WORDS.length)])
          .append(' ');
    }
    return text.toString();
  }

  private static Query randomQuery(Random random, int depth) {
    int kind = depth >= 3 ? random.nextInt(3) : random.nextInt(6);
    Query query = switch (kind) {
      case 0, 1 -> term(random.nextBoolean() ? "a" : "b",
          random.nextInt(10) == 0 ? LATE_WORD : WORDS[random.nextInt(WORDS.length)]);
      case 2 -> new PhraseQuery(random.nextInt(3), "a", WORDS[random.nextInt(WORDS.length)],
          WORDS[random.nextInt(WORDS.length)]);
      default -> randomBoolean(random, depth);
    };
    return random.nextInt(4) == 0 ? new BoostQuery(query, 0.5f + random.nextInt(6) * 0.5f)
        : query;
  }

  private static Query randomBoolean(Random random, int depth) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    int clauses = 1 + random.nextInt(5);
    int optional = 0;
    Occur[] occurs = {Occur.SHOULD, Occur.SHOULD, Occur.SHOULD, Occur.MUST, Occur.FILTER,
        Occur.MUST_NOT};
    List<Occur> chosen = new ArrayList<>();
    for (int i = 0; i < clauses; i++) {
      Occur occur = occurs[random.nextInt(occurs.length)];
      chosen.add(occur);
      optional += occur == Occur.SHOULD ? 1 : 0;
      builder.add(randomQuery(random, depth + 1), occur);
    }
    if (chosen.stream().allMatch(o -> o == Occur.MUST_NOT)) {
      builder.add(randomQuery(random, depth + 1), Occur.SHOULD);
      optional++;
    }
    if (optional > 1 && random.nextInt(3) == 0) {
      builder.setMinimumNumberShouldMatch(1 + random.nextInt(optional));
    }
    return builder.build();
  }

  private static Query term(String field, String word) {
    return new TermQuery(new Term(field, word));
  }

  private static Path evalDir() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("eval").resolve("queries.tsv"))) {
        return p.resolve("eval");
      }
    }
    throw new IllegalStateException("no eval/queries.tsv above the working directory");
  }
}
