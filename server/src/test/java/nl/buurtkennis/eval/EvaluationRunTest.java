package nl.buurtkennis.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The documented evaluation command measures every system on the judged set, the ranking stages
 * and the baselines included, each with the index it needs.
 */
class EvaluationRunTest {
  @Test
  void everySystemIsMeasured() throws Exception {
    Path root = RelevanceRegressionTest.repositoryRoot();
    Evaluation.Report report = Evaluation.run(root.resolve("corpus"), root.resolve("eval"));
    Map<String, Map<String, Scores>> bySystem = report.bySystem();
    assertEquals(Set.of("engine", "stage1-words", "stage2-compounds", "stage3-concepts",
        "standard-bm25", "dutch-bm25", "ideal"), bySystem.keySet());
    double words = bySystem.get("stage1-words").get("compound-part").ndcg10();
    double compounds = bySystem.get("stage2-compounds").get("compound-part").ndcg10();
    assertTrue(words < compounds,
        "compound parts find what whole words miss: " + words + " against " + compounds);
  }
}
