package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import nl.buurtkennis.search.FixtureIndex;
import nl.buurtkennis.search.SearchIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A nested Markdown list is shown as a list inside its item, on the page and in the API. */
class NestedListPageTest {
  @TempDir
  static Path temp;
  private static SearchIndex index;

  @BeforeAll
  static void open() throws Exception {
    TempCorpus corpus = TempCorpus.create(temp.resolve("source")).document("lijst.md",
        TempCorpus.doc("lijst", "", "## Stappen\n\n- Een\n  - Een a\n  - Een <b>\n- Twee\n\n"
            + "1. Stap een\n   1. Deel a\n2. Stap twee\n"));
    index = FixtureIndex.open(corpus.dir(), temp);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Test
  void theNestedListIsInsideItsItem() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(index)), (server, client) -> {
      String html = client.get("/documents/lijst").body().string();
      assertTrue(html.contains("<ul><li>Een<ul><li>Een a</li><li>Een &lt;b&gt;</li></ul></li>"
          + "<li>Twee</li></ul>"), html);
      assertTrue(html.contains("<ol><li>Stap een<ol><li>Deel a</li></ol></li>"
          + "<li>Stap twee</li></ol>"), html);
    });
  }

  @Test
  void theApiGivesTheNestedListWithItsItem() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(index)), (server, client) -> {
      String json = client.get("/api/documents/lijst").body().string();
      assertTrue(json.contains("{\"kind\":\"BULLET_LIST\",\"lines\":[\"Een\",\"Twee\"],"
          + "\"sublists\":[[{\"kind\":\"BULLET_LIST\",\"lines\":[\"Een a\",\"Een <b>\"]}],[]]}"),
          json);
    });
  }
}
