package nl.buurtkennis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Markdown a document page does not show as written (a heading without its space among it)
 * is warned of at its line, without failing the corpus; what it does show (headings, paragraphs, lists, quotes, emphasis) is not.
 */
class MarkdownWarningsTest {
  /** A source, so that its absence is no warning here. */
  private static final String SOURCE = "source: Rapport\n";

  @TempDir
  Path temp;

  @Test
  void aTableAnImageACodeBlockAndALinkToNothingAreWarnedOfAtTheirLines() throws IOException {
    String body = """
        Zie [de buurtschouw](buurtschouw.md), [de andere](../practices/bestaat.md),
        [de pagina](/documents/bestaat), [weg](/documents/weg), [web](https://example.org)
        en [hier](#sectie).

        | a | b |
        |---|---|
        | 1 | 2 |

        ![foto](foto.png)

        ```
        x = 1
        ```

        Een *nadruk*, een **vet** woord en `code`.

            ingesprongen code

        - een lijst | met een streep

        ##Zonder spatie
        Tekst eronder.

        #1 in de wijk staat bovenaan, geen kop.
        Tekst.

        ###### Wel een kop

        #Kop
        """;
    TempCorpus corpus = TempCorpus.create(temp)
        .document("en/linker.md", TempCorpus.doc("linker", SOURCE, body))
        .document("practices/bestaat.md", TempCorpus.doc("bestaat", SOURCE, "Tekst.\n"));

    CorpusLoader.Result result = CorpusLoader.load(corpus.dir());

    assertTrue(result.problems().isEmpty(), result.problems().toString());
    Path documents = corpus.dir().resolve("documents");
    List<String> warnings = result.warnings().stream()
        .map(w -> documents.relativize(w.path()) + ":" + w.line() + ": " + w.message()
            .replaceAll("(?<=[:;]) .*", ""))
        .toList();
    int first = TempCorpus.doc("linker", SOURCE, "").split("\n", -1).length; // the body's first line
    assertEquals(List.of(
        "en/linker.md:" + first + ": the link to 'buurtschouw.md' leads nowhere:",
        "en/linker.md:" + (first + 1) + ": the link to '/documents/weg' leads nowhere:",
        "en/linker.md:" + (first + 4) + ": a table is not shown as a table:",
        "en/linker.md:" + (first + 8) + ": an image is not shown:",
        "en/linker.md:" + (first + 10) + ": a code block is shown as an ordinary paragraph, its lines run together;",
        "en/linker.md:" + (first + 16) + ": a code block is shown as an ordinary paragraph, its lines run together;",
        "en/linker.md:" + (first + 20) + ": heading needs a space after ##:",
        "en/linker.md:" + (first + 28) + ": heading needs a space after #:"),
        warnings);
  }
}
