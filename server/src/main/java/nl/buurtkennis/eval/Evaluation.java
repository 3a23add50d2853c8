package nl.buurtkennis.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.buurtkennis.cli.CliArgs;
import nl.buurtkennis.corpus.Corpus;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.index.IndexBuilder;
import nl.buurtkennis.search.SearchIndex;
import nl.buurtkennis.search.SearchSettings;
import nl.buurtkennis.analysis.LanguageAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Measures the engine against the judged queries, next to two stock baselines built from the same
 * corpus in the same run: {@code StandardAnalyzer} BM25 and {@code DutchAnalyzer} BM25 (Solr's
 * {@code text_nl}). The engine is also measured with its ranking steps switched on one after the
 * other (stage1: words only, stage2: + Dutch compounds, stage3: + concepts; the engine adds phrase
 * proximity). Prints nDCG@10, recall@10 and MRR per category and overall, and what a perfect
 * ranking would score ({@code ideal}: recall@10 cannot reach 1 where more than ten documents are
 * relevant).
 *
 * <p>{@code java -cp server/target/server.jar nl.buurtkennis.eval.Evaluation [--corpus corpus]
 * [--eval eval] [--details SYSTEM] [--record yes]}; {@code --record yes} writes the engine's
 * figures to {@code eval/recorded.tsv}, the floor of the relevance regression test.
 */
public final class Evaluation {
  static final int CUTOFF = 10;
  static final int DEPTH = 100;
  public static final String OVERALL = "overall";

  private Evaluation() {}

  /** Scores per system, then per category (and {@link #OVERALL}). */
  public record Report(Map<String, Map<String, Scores>> bySystem) {
    public Scores engineOverall() {
      return bySystem.get("engine").get(OVERALL);
    }
  }

  public static void main(String[] args) throws Exception {
    CliArgs parsed;
    boolean record;
    try {
      parsed = CliArgs.parse(List.of(args), List.of("corpus", "eval", "details", "record"));
      record = parsed.flag("record", "yes", "no");
    } catch (CliArgs.UsageException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println("usage: Evaluation [--corpus DIR] [--eval DIR] [--details SYSTEM]"
          + " [--record yes|no]");
      System.exit(2);
      return;
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path evalDir = parsed.path("eval", "eval");
    Report report = run(parsed.path("corpus", "corpus"), evalDir, parsed.get("details", ""), out);
    print(report, out);
    if (record) {
      RecordedFigures.of(report.bySystem().get("engine")).write(evalDir);
      out.println("recorded the engine's figures in " + evalDir.resolve(RecordedFigures.FILE));
    }
  }

  /**
   * The engine alone on the judged set, per category and {@link #OVERALL}: what the relevance
   * regression test checks, in seconds.
   */
  public static Map<String, Scores> engine(Path corpusDir, Path evalDir) throws Exception {
    Corpus corpus = CorpusLoader.load(corpusDir).orThrow();
    JudgedSet judged = JudgedSet.load(evalDir);
    ByteBuffersDirectory full = new ByteBuffersDirectory();
    IndexBuilder.build(corpus, full);
    try (SearchIndex index = SearchIndex.open(full)) {
      return evaluate(new EngineRanker("engine", index, SearchSettings.DEFAULT), judged, null);
    }
  }

  public static Report run(Path corpusDir, Path evalDir) throws Exception {
    return run(corpusDir, evalDir, "", null);
  }

  /**
   * @param details the system whose every query is printed to {@code out} with its scores and the
   *     relevant documents it missed in the top 10; empty for none
   */
  static Report run(Path corpusDir, Path evalDir, String details, PrintStream out)
      throws Exception {
    Corpus corpus = CorpusLoader.load(corpusDir).orThrow();
    JudgedSet judged = JudgedSet.load(evalDir);
    ByteBuffersDirectory full = new ByteBuffersDirectory();
    IndexBuilder.build(corpus, full);
    ByteBuffersDirectory undivided = new ByteBuffersDirectory();
    IndexBuilder.build(corpus, undivided, LanguageAnalyzer::forIndexingWithoutCompoundParts);
    try (SearchIndex index = SearchIndex.open(full);
        SearchIndex wordsIndex = SearchIndex.open(undivided)) {
      List<Ranker> rankers = List.of(
          new EngineRanker("engine", index, SearchSettings.DEFAULT),
          new EngineRanker("stage1-words", wordsIndex, SearchSettings.WORDS_ONLY),
          new EngineRanker("stage2-compounds", index,
              new SearchSettings(true, false, false)),
          new EngineRanker("stage3-concepts", index,
              new SearchSettings(true, true, false)),
          new BaselineRanker("standard-bm25", new StandardAnalyzer(), corpus),
          new BaselineRanker("dutch-bm25", new DutchAnalyzer(), corpus),
          new IdealRanker(judged));
      Map<String, Map<String, Scores>> bySystem = new LinkedHashMap<>();
      for (Ranker ranker : rankers) {
        bySystem.put(ranker.name(), evaluate(ranker, judged,
            ranker.name().equals(details) ? out : null));
      }
      return new Report(bySystem);
    }
  }

  private static Map<String, Scores> evaluate(Ranker ranker, JudgedSet judged, PrintStream details)
      throws IOException {
    Map<String, List<Scores>> byCategory = new LinkedHashMap<>();
    List<Scores> all = new ArrayList<>();
    for (JudgedSet.Query query : judged.queries()) {
      List<String> ranking = ranker.rank(query.text(), DEPTH);
      Map<String, Integer> grades = judged.grades(query.qid());
      Scores scores = new Scores(1, Metrics.ndcg(ranking, grades, CUTOFF),
          Metrics.recall(ranking, grades, CUTOFF), Metrics.reciprocalRank(ranking, grades));
      byCategory.computeIfAbsent(query.category(), c -> new ArrayList<>()).add(scores);
      if (details != null) {
        List<String> top = ranking.subList(0, Math.min(CUTOFF, ranking.size()));
        List<String> missed = grades.entrySet().stream()
            .filter(g -> g.getValue() > 0 && !top.contains(g.getKey()))
            .map(g -> g.getKey() + "(" + g.getValue() + ")").sorted().toList();
        details.println(String.format(Locale.ROOT, "%s %-14s nDCG=%.3f R=%.3f  %-40s top: %s%n"
            + "    missed: %s", query.qid(), query.category(), scores.ndcg10(), scores.recall10(),
            query.text(), top.stream().map(id -> id + "(" + grades.getOrDefault(id, 0) + ")")
                .toList(), missed));
      }
      all.add(scores);
    }
    Map<String, Scores> result = new LinkedHashMap<>();
    byCategory.forEach((category, scores) -> result.put(category, Scores.mean(scores)));
    result.put(OVERALL, Scores.mean(all));
    return result;
  }

  static void print(Report report, PrintStream out) {
    List<String> systems = List.copyOf(report.bySystem().keySet());
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-16s %3s", "category", "n"));
    for (String system : systems) {
      header.append(String.format(Locale.ROOT, " | %-22s", system + " nDCG/R/MRR"));
    }
    out.println(header);
    for (String category : report.bySystem().get(systems.get(0)).keySet()) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-16s %3d", category,
          report.bySystem().get(systems.get(0)).get(category).queries()));
      for (String system : systems) {
        Scores s = report.bySystem().get(system).get(category);
        row.append(String.format(Locale.ROOT, " | %.3f  %.3f  %.3f   ", s.ndcg10(), s.recall10(),
            s.mrr()));
      }
      out.println(row);
    }
    out.println();
    for (String system : systems) {
      report.bySystem().get(system).forEach((category, s) -> out.println(String.format(Locale.ROOT,
          "EVAL system=%s category=%s ndcg@10=%.4f recall@10=%.4f mrr=%.4f", system, category,
          s.ndcg10(), s.recall10(), s.mrr())));
    }
  }
}
