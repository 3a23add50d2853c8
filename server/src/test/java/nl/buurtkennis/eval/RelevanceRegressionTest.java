package nl.buurtkennis.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the engine's ranking on the judged query set from silently getting worse: each figure of
 * {@code eval/recorded.tsv} is a floor, less a small margin. After a deliberate change, re-run
 * {@code Evaluation --record yes} and commit the new figures with the change.
 */
class RelevanceRegressionTest {
  /** Overall, a drop this large is a regression (about one query losing 0.6 of its nDCG). */
  static final double OVERALL_MARGIN = 0.01;
  /** A category holds about eight queries: one query may move a little. */
  static final double CATEGORY_MARGIN = 0.05;

  private static RecordedFigures recorded;
  private static Map<String, Scores> measured;

  @BeforeAll
  static void evaluate() throws Exception {
    Path root = repositoryRoot();
    recorded = RecordedFigures.load(root.resolve("eval"));
    measured = Evaluation.engine(root.resolve("corpus"), root.resolve("eval"));
  }

  @Test
  void overallNdcgStaysAtTheRecordedFigure() {
    double floor = recorded.ndcg10().get(Evaluation.OVERALL) - OVERALL_MARGIN;
    double now = measured.get(Evaluation.OVERALL).ndcg10();
    assertTrue(now >= floor, "overall nDCG@10 fell to " + now + ", below " + floor);
  }

  @Test
  void noCategoryFallsBelowItsRecordedFigure() {
    recorded.ndcg10().forEach((category, figure) -> {
      assertTrue(measured.containsKey(category), "category " + category + " is gone");
      double now = measured.get(category).ndcg10();
      assertTrue(now >= figure - CATEGORY_MARGIN,
          category + ": nDCG@10 fell to " + now + ", recorded " + figure);
    });
  }

  static Path repositoryRoot() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("eval").resolve("queries.tsv"))) {
        return p;
      }
    }
    throw new IllegalStateException("no eval/queries.tsv above " + here);
  }
}
