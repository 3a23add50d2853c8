package nl.buurtkennis.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.buurtkennis.search.SearchIndex;
import nl.buurtkennis.search.SearchService;

/**
 * Writes the engine's whole answer (hits, snippets, facet counts, suggestion) to every query of a
 * query file as one JSON line each, so that two builds can be compared byte for byte: a speed-up
 * must leave this file unchanged.
 *
 * <p>{@code java -cp bench/target/bench.jar nl.buurtkennis.bench.ResponseDump INDEX QUERIES OUT}
 */
public final class ResponseDump {
  private ResponseDump() {}

  public static void main(String[] args) throws Exception {
    List<BenchQuery> queries = QuerySet.read(Path.of(args[1]));
    ObjectMapper json = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);
    try (SearchIndex index = SearchIndex.open(Path.of(args[0]));
        PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]),
            StandardCharsets.UTF_8))) {
      SearchService service = new SearchService(index);
      for (BenchQuery query : queries) {
        out.println(json.writeValueAsString(service.search(BenchMain.request(query))));
      }
    }
  }
}
