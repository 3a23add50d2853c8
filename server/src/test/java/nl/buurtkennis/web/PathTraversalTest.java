package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.buurtkennis.search.FixtureIndex;
import nl.buurtkennis.search.SearchIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every route that takes an id or a file name, asked for files outside the corpus and the index
 * in every spelling an attacker tries: each answer is a 400 or a 404 and holds none of them.
 */
class PathTraversalTest {
  /** Routes with a name in them; {@code %s} is where the name goes. */
  private static final List<String> ROUTES = List.of("/documents/%s", "/api/documents/%s",
      "/api/documents/%s/cite?format=text", "/api/documents/%s/cite?format=bibtex", "/%s",
      "/public/%s", "/style.css/%s", "/documents/nl-preventie/%s");
  /** Names of files outside the corpus and index, spelled to slip past a naive check. */
  private static final List<String> NAMES = List.of("../../../../../../etc/passwd",
      "..%2f..%2f..%2f..%2f..%2fetc%2fpasswd", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
      "%2e%2e/%2e%2e/%2e%2e/etc/passwd", "..%252f..%252f..%252fetc%252fpasswd",
      "%252e%252e%252f%252e%252e%252fetc%252fpasswd", "/etc/passwd", "%2fetc%2fpasswd",
      "..\\..\\..\\etc\\passwd", "..%5c..%5c..%5cetc%5cpasswd", "C:%5cWindows%5cwin.ini",
      "....//....//....//etc/passwd", "..;/..;/..;/etc/passwd",
      "%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
      "nl-preventie%00", "nl-preventie%00.md", "nl-preventie.md%00.html", "%00../../etc/passwd",
      "..%00/..%00/etc/passwd", "../messages_nl.properties", "..%2fmessages_nl.properties",
      "%2e%2e%2fmessages_nl.properties", "../nl/buurtkennis/web/WebApp.class",
      "..%2fnl%2fbuurtkennis%2fweb%2fWebApp.class", "../simplelogger.properties",
      "..%2f..%2fcorpus%2ftaxonomy.yml", "..%2findex%2fsegments_1", "file:%2f%2f%2fetc%2fpasswd",
      "%SECRET%", "nl-preventie/../../../etc/passwd");

  @TempDir
  static Path temp;
  private static SearchIndex index;
  private static List<String> secrets;

  @BeforeAll
  static void open() throws Exception {
    index = FixtureIndex.open(temp);
    // Text that only a leaked file would hold: a line of each file within reach of a traversal.
    secrets = new ArrayList<>(List.of("root:x:0:", "error.parameter=", "org.slf4j.simpleLogger",
        "\u00ca\u00fe\u00ba\u00be", "Lucene90", "segments_"));
    secrets.add(Files.readAllLines(temp.resolve("corpus/taxonomy.yml")).stream()
        .filter(line -> line.strip().length() > 12).findFirst().orElseThrow());
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Test
  void noRouteServesAFileOutsideTheCorpusOrTheIndex() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(index)), (server, client) -> {
      int asked = 0;
      for (String route : ROUTES) {
        for (String name : NAMES) {
          String target = String.format(route, name);
          RawHttp.Answer answer = RawHttp.get(server.port(), target);
          asked++;
          assertTrue(answer.status() == 400 || answer.status() == 404,
              target + " → " + answer.status());
          for (String secret : secrets) {
            assertFalse(answer.body().contains(secret), target + " leaks " + secret);
          }
          SecurityHeadersTest.assertHeaders(answer, target);
        }
      }
      assertEquals(ROUTES.size() * NAMES.size(), asked);
      HttpHardeningTest.assertHealthy(server.port());
    });
  }

  @Test
  void theRoutesStillServeWhatTheyShould() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(index)), (server, client) -> {
      for (String target : List.of("/documents/nl-preventie", "/api/documents/nl-preventie",
          "/api/documents/nl-preventie/cite?format=text", "/style.css")) {
        assertEquals(200, RawHttp.get(server.port(), target).status(), target);
      }
    });
  }
}
