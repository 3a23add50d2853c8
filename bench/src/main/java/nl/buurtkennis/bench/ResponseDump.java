package nl.buurtkennis.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.buurtkennis.search.InvalidRequestException;
import nl.buurtkennis.search.SearchIndex;
import nl.buurtkennis.search.SearchService;
import nl.buurtkennis.search.SearchSettings;

/**
 * Writes the engine's whole answer (hits, snippets, facet counts, suggestion) to every query of a
 * query file as one JSON line each, so that two builds can be compared byte for byte: a speed-up
 * must leave this file unchanged. No deadline cuts a search short here: the first, cold search
 * had sometimes run past the server's and been dumped as a partial answer.
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
      SearchService service =
          new SearchService(index, SearchSettings.DEFAULT, Duration.ofMinutes(10));
      for (BenchQuery query : queries) {
        try {
          out.println(json.writeValueAsString(service.search(BenchMain.request(query))));
        } catch (InvalidRequestException refused) {
          // As the API answers 400: a filter on a place or concept no document of this index has.
          out.println(json.writeValueAsString(Map.of("refused", refused.getMessage())));
        }
      }
    }
  }
}
