package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkennis.search.FixtureIndex;
import nl.buurtkennis.search.SearchIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document whose headings are named like the page's own elements: every id on its page is
 * still unique, and every link and label within the page reaches the element it means.
 */
class DocumentPageIdsTest {
  private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");
  private static final Pattern REFERENCE =
      Pattern.compile("(?:href=\"#|aria-labelledby=\"|aria-describedby=\")([^\"]+)\"");

  @TempDir
  static Path temp;
  private static SearchIndex index;

  @BeforeAll
  static void open() throws Exception {
    TempCorpus corpus = TempCorpus.create(temp.resolve("source")).document("clash.md",
        TempCorpus.doc("clash", "", "Inleiding.\n\n## Main\n\nEerste deel.\n\n"
            + "## Cite heading\n\nTweede deel.\n\n## Skip\n\nDerde deel.\n"));
    index = FixtureIndex.open(corpus.dir(), temp);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Test
  void headingAnchorsNeverClashWithThePagesOwnIds() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(index)), (server, client) -> {
      for (String path : List.of("/documents/clash", "/documents/clash?lang=en")) {
        String html = client.get(path).body().string();
        List<String> ids = all(ID, html);
        assertEquals(new HashSet<>(ids).size(), ids.size(), "repeated ids " + ids);
        Set<String> known = new HashSet<>(ids);
        for (String reference : all(REFERENCE, html)) {
          assertTrue(known.contains(reference), "#" + reference + " leads nowhere: " + ids);
        }
        assertTrue(html.contains("<h2 id=\"main\">Main</h2>"), html);
        assertTrue(html.contains("<h2 id=\"cite-heading\">Cite heading</h2>"), html);
        assertTrue(html.contains("<a href=\"#main\">Main</a>"), "the contents link the heading");
        Matcher skip = Pattern.compile("<a class=\"skip\" href=\"#([^\"]+)\"").matcher(html);
        assertTrue(skip.find(), html);
        assertTrue(html.contains("<main id=\"" + skip.group(1) + "\">"), "skip to <main>");
      }
    });
  }

  private static List<String> all(Pattern pattern, String html) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(html);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }
}
