package nl.buurtkennis.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The project's judged queries: {@code queries.tsv} (qid, category, query) and {@code qrels.tsv}
 * (qid, docid, grade 0–2), both tab-separated with a header line.
 */
public record JudgedSet(List<Query> queries, Map<String, Map<String, Integer>> grades) {

  /** One judged query. */
  public record Query(String qid, String category, String text) {}

  public static JudgedSet load(Path evalDir) throws IOException {
    Path queriesFile = evalDir.resolve("queries.tsv");
    Path qrelsFile = evalDir.resolve("qrels.tsv");
    List<Query> queries = new ArrayList<>();
    List<String> lines = Files.readAllLines(queriesFile, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] cols = columns(queriesFile, i, lines.get(i), 3);
      queries.add(new Query(cols[0], cols[1], cols[2]));
    }
    Map<String, Map<String, Integer>> grades = new HashMap<>();
    lines = Files.readAllLines(qrelsFile, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] cols = columns(qrelsFile, i, lines.get(i), 3);
      try {
        grades.computeIfAbsent(cols[0], q -> new LinkedHashMap<>())
            .put(cols[1], Integer.parseInt(cols[2].strip()));
      } catch (NumberFormatException e) {
        throw new IOException(qrelsFile + ":" + (i + 1) + ": grade must be 0, 1 or 2");
      }
    }
    return new JudgedSet(List.copyOf(queries), grades);
  }

  /** The grades of one query's judged documents; unjudged documents count as 0. */
  public Map<String, Integer> grades(String qid) {
    return grades.getOrDefault(qid, Map.of());
  }

  private static String[] columns(Path file, int index, String line, int expected)
      throws IOException {
    String[] cols = line.split("\t", -1);
    if (cols.length != expected) {
      throw new IOException(file + ":" + (index + 1) + ": expected " + expected
          + " tab-separated columns, found " + cols.length);
    }
    return cols;
  }
}
