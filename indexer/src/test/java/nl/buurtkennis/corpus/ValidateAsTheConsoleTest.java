package nl.buurtkennis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.buurtkennis.testing.TempCorpus;
import nl.buurtkennis.validation.Problem;
import nl.buurtkennis.validation.ProblemMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the console refuses in a form, validate refuses in a file, with its path and line: a
 * summary of more than one paragraph, and U+FFFD, the mark of a character that was lost.
 */
class ValidateAsTheConsoleTest {
  @TempDir
  Path temp;

  private List<String> problems(String file, String text) throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document(file, text);
    return CorpusLoader.load(corpus.dir()).problems().stream()
        .map(p -> p.path().getFileName() + ":" + p.line() + ": " + p.message()).toList();
  }

  @Test
  void aSummaryOfTwoParagraphsIsReportedAtItsLine() throws IOException {
    String doc = TempCorpus.doc("twee-alineas", "", "Tekst.\n").replace(
        "summary: Een korte samenvatting.\n",
        "summary: |\n  Eerste alinea.\n\n  Tweede alinea.\n");

    assertEquals(List.of("twee-alineas.md:7: field 'summary' has more than one paragraph (it"
        + " holds an empty line); a summary is one paragraph: join them or move the rest into"
        + " the text"), problems("twee-alineas.md", doc));
  }

  @Test
  void aSummaryOnSeveralLinesOfOneParagraphPasses() throws IOException {
    String doc = TempCorpus.doc("een-alinea", "", "Tekst.\n").replace(
        "summary: Een korte samenvatting.\n", "summary: |\n  Eerste regel,\n  tweede regel.\n");

    assertEquals(List.of(), problems("een-alinea.md", doc));
  }

  @Test
  void theReplacementCharacterIsReportedAtItsLineInBothLanguages() throws IOException {
    String doc = TempCorpus.doc("kapot", "", "Eerste regel.\n\nCaf\uFFFD aan de hoek.\n");
    TempCorpus corpus = TempCorpus.create(temp).document("kapot.md", doc);
    List<Problem> problems = CorpusLoader.load(corpus.dir()).problems();

    assertEquals(1, problems.size(), problems.toString());
    assertEquals(12, problems.get(0).line(), "the body's third line is line 12 of the file");
    assertEquals("this line holds the character \uFFFD (U+FFFD), which stands where a character"
        + " could not be read, mostly because the file was once not saved as UTF-8; replace it"
        + " with the character meant, or delete it", problems.get(0).message());
    assertEquals("op deze regel staat het teken \uFFFD (U+FFFD), dat staat waar een teken niet"
        + " te lezen was, meestal omdat het bestand ooit niet als UTF-8 was opgeslagen; vervang"
        + " het door het bedoelde teken, of verwijder het",
        problems.get(0).message(ProblemMessage.DUTCH));
  }

  @Test
  void theReplacementCharacterInASummaryIsReportedAtTheSummary() throws IOException {
    String doc = TempCorpus.doc("kapotte-samenvatting", "", "Tekst.\n")
        .replace("Een korte samenvatting.", "Een caf\uFFFD aan de hoek.");

    assertEquals(List.of("kapotte-samenvatting.md:7: this line holds the character \uFFFD"
        + " (U+FFFD), which stands where a character could not be read, mostly because the file"
        + " was once not saved as UTF-8; replace it with the character meant, or delete it"),
        problems("kapotte-samenvatting.md", doc));
  }

  @Test
  void everyLineWithABidirectionalControlIsReportedAndTheRestOfTheFileStillChecked()
      throws IOException {
    String doc = TempCorpus.doc("omgekeerd", "",
        "Eerste regel.\n\nBel \u202Enegnillatseb\u202C nu.\nBedrag \u200F12 - 34\u200F euro.\n")
        .replace("title: Titel van omgekeerd", "title: \"Titel \\u202Eomgekeerd\"")
        .replace("Een korte samenvatting.", "Een \u2067samenvatting\u2069.")
        .replace("year: 2014", "year: ooit");
    TempCorpus corpus = TempCorpus.create(temp).document("omgekeerd.md", doc);
    List<Problem> problems = CorpusLoader.load(corpus.dir()).problems();

    assertEquals(List.of(3, 6, 7, 12, 13), problems.stream().map(Problem::line).toList(),
        problems.toString());
    assertTrue(problems.get(0).message().startsWith(
        "field 'title' holds an invisible direction character (U+202E), written in quotes as an"
            + " escape such as \\u202E: it makes the page show the text around it in another"
            + " order"),
        "written as an escape, it is the same character once read: " + problems.get(0));
    assertTrue(problems.get(1).message().contains("year"), "the file is still checked");
    assertTrue(problems.get(2).message().contains("(U+2067)"), problems.get(2).message());
    assertEquals("an invisible direction character (U+202E) is in this line: it makes the page"
        + " show the text around it in another order than it is written (a way to hide what a"
        + " text says), and is often pasted along from another program; delete it",
        problems.get(3).message());
    assertEquals("op deze regel staat een onzichtbaar richtingsteken (U+202E): daardoor toont de"
        + " pagina de tekst eromheen in een andere volgorde dan hij er staat (een manier om te"
        + " verbergen wat er staat), en het wordt vaak meegeplakt uit een ander programma;"
        + " verwijder het", problems.get(3).message(ProblemMessage.DUTCH));
    assertTrue(problems.get(4).message().contains("(U+200F)"), problems.get(4).message());
  }
}
