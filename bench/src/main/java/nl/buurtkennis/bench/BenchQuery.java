package nl.buurtkennis.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One query of the fixed set: its kind (for latency per kind), what the user typed and the facet
 * values selected (values of one facet OR-ed, facets AND-ed).
 */
record BenchQuery(String kind, String text, Map<String, List<String>> filters) {

  /** One line of the query file the Solr peer reads: kind, text, dim=v1|v2;dim=v3. */
  String line() {
    List<String> parts = new ArrayList<>();
    filters.forEach((dim, values) -> parts.add(dim + "=" + String.join("|", values)));
    return kind + "\t" + text + "\t" + String.join(";", parts);
  }

  static BenchQuery parse(String line) {
    String[] cols = line.split("\t", -1);
    Map<String, List<String>> filters = new LinkedHashMap<>();
    if (!cols[2].isEmpty()) {
      for (String part : cols[2].split(";")) {
        int eq = part.indexOf('=');
        filters.put(part.substring(0, eq), List.of(part.substring(eq + 1).split("\\|")));
      }
    }
    return new BenchQuery(cols[0], cols[1], filters);
  }
}
