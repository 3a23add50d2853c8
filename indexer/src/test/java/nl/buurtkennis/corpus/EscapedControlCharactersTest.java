package nl.buurtkennis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.buurtkennis.testing.TempCorpus;
import nl.buurtkennis.validation.Problem;
import nl.buurtkennis.validation.ProblemMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A control character written as an escape in a quoted value is refused like the same character
 * as a byte: in every field, list items and field names included, and in taxonomy.yml, at the
 * line of its field, in both languages; a tab and a line break stay allowed, as they are as bytes.
 */
class EscapedControlCharactersTest {
  @TempDir
  Path temp;

  @Test
  void escapedControlCharactersAreReportedAtTheirFieldInBothLanguages() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("bel.md", TempCorpus.doc("bel",
        "places:\n  - Utrecht\n  - \"Rotter\\x85dam\"\n\"sour\\u001Bce\": x\n", "Tekst.\n")
        .replace("title: Titel van bel", "title: \"Titel\\u0007met bel \\u0000 nul\""));

    List<Problem> problems = CorpusLoader.load(corpus.dir()).problems();

    assertEquals(List.of("3: field 'title' holds an invisible control character (U+0007), often"
            + " pasted from another program or written in quotes as an escape such as \\u0007 or"
            + " \\a; delete it",
        "11: field 'places' holds an invisible control character (U+0085), often pasted from"
            + " another program or written in quotes as an escape such as \\u0007 or \\a; delete it",
        "12: the field name 'sour[U+001B]ce' holds an invisible control character (U+001B);"
            + " delete it",
        "12: unknown field 'sour[U+001B]ce'"),
        problems.stream().map(p -> p.line() + ": " + p.message())
            .map(m -> m.replaceFirst("(unknown field '[^']*').*", "$1")).toList());
    assertEquals("veld 'title' bevat een onzichtbaar stuurteken (U+0007), vaak meegeplakt uit een"
        + " ander programma of tussen aanhalingstekens geschreven als \\u0007 of \\a; verwijder het",
        problems.get(0).message(ProblemMessage.DUTCH));
    assertEquals(java.util.Optional.of("title"), problems.get(0).description().field());
  }

  /** An escaped direction character is told why it is refused, as one written as itself is. */
  @Test
  void anEscapedDirectionCharacterGetsTheDirectionCharactersReason() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("richting.md", TempCorpus.doc(
        "richting", "keywords: [\"\\u202E\"]\n", "Tekst.\n")
        .replace("title: Titel van richting", "title: \"Titel \\u2067omgekeerd\""));

    List<Problem> problems = CorpusLoader.load(corpus.dir()).problems();

    assertEquals(List.of("3: field 'title' holds an invisible direction character (U+2067),"
            + " written in quotes as an escape such as \\u202E: it makes the page show the text"
            + " around it in another order than it is written (a way to hide what a text says);"
            + " delete it",
        "9: field 'keywords' holds an invisible direction character (U+202E), written in quotes"
            + " as an escape such as \\u202E: it makes the page show the text around it in another"
            + " order than it is written (a way to hide what a text says); delete it"),
        problems.stream().map(p -> p.line() + ": " + p.message()).toList());
    assertTrue(problems.get(1).message(ProblemMessage.DUTCH).startsWith("veld 'keywords' bevat"
        + " een onzichtbaar richtingsteken (U+202E)"), problems.get(1).message(ProblemMessage.DUTCH));
  }

  @Test
  void escapedTabsAndLineBreaksAreWhiteSpaceAsTheirBytesAre() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("tab.md", TempCorpus.doc("tab",
        "source: \"Kolom\\teen\\r\\nregel twee\"\n", "Tekst.\n"));

    CorpusLoader.Result result = CorpusLoader.load(corpus.dir());

    assertEquals(List.of(), result.problems());
    // accepted as white space; the line break of a one-line field is read as a space
    assertEquals("Kolom\teen regel twee",
        result.corpus().orElseThrow().document("tab").orElseThrow().source());
  }

  @Test
  void anEscapedControlCharacterInTheTaxonomyIsReportedToo() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("goed.md",
        TempCorpus.doc("goed", "", "Tekst.\n"));
    Path taxonomy = corpus.dir().resolve("taxonomy.yml");
    String text = Files.readString(taxonomy);
    int labelAt = text.indexOf("{nl: Toezicht,");
    Files.writeString(taxonomy, text.replace("{nl: Toezicht,", "{nl: \"Toe\\azicht\","));
    int line = (int) text.substring(0, labelAt).chars().filter(c -> c == '\n').count() + 1;

    List<Problem> problems = CorpusLoader.load(corpus.dir()).problems();

    assertTrue(problems.stream().anyMatch(p -> p.line() == line
        && p.message().startsWith("field 'nl' holds an invisible control character (U+0007)")),
        problems.toString());
  }
}
