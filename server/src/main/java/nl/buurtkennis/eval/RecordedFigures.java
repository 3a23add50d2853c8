package nl.buurtkennis.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The engine's last recorded nDCG@10, per category and {@link Evaluation#OVERALL}, in
 * {@code eval/recorded.tsv} (category, ndcg@10; tab-separated, header line): the floor the
 * relevance regression test holds the engine to. Written by {@code Evaluation --record}.
 */
public record RecordedFigures(Map<String, Double> ndcg10) {
  public static final String FILE = "recorded.tsv";

  public static RecordedFigures load(Path evalDir) throws IOException {
    Path file = evalDir.resolve(FILE);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Map<String, Double> figures = new LinkedHashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] cols = lines.get(i).split("\t", -1);
      try {
        if (cols.length != 2) {
          throw new NumberFormatException();
        }
        figures.put(cols[0], Double.parseDouble(cols[1]));
      } catch (NumberFormatException e) {
        throw new IOException(file + ":" + (i + 1) + ": expected a category and an nDCG@10");
      }
    }
    return new RecordedFigures(figures);
  }

  static RecordedFigures of(Map<String, Scores> scores) {
    Map<String, Double> figures = new LinkedHashMap<>();
    scores.forEach((category, s) -> figures.put(category, s.ndcg10()));
    return new RecordedFigures(figures);
  }

  void write(Path evalDir) throws IOException {
    List<String> lines = new ArrayList<>(List.of("category\tndcg@10"));
    ndcg10.forEach((category, value) ->
        lines.add(category + "\t" + String.format(Locale.ROOT, "%.4f", value)));
    Files.write(evalDir.resolve(FILE), lines, StandardCharsets.UTF_8);
  }
}
