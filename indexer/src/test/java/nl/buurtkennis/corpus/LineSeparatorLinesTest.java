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
 * The YAML parser reads U+2028 and U+2029 as line breaks, which an editor does not show: such a
 * character in the front matter is named at its line, and every later line is still counted as
 * an editor counts it (by {@code \n}).
 */
class LineSeparatorLinesTest {
  private static final String NAMED = "an invisible line separator (U+2028) is in this line,"
      + " often pasted along from another program: YAML reads it as a line break an editor does"
      + " not show, which cuts the line in two; replace it with a space";

  @TempDir
  Path temp;

  @Test
  void aSeparatorInAQuotedTitleIsNamedAndLaterLinesKeepTheirNumbers() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("ls.md", TempCorpus.doc("ls", "",
        "Tekst.\n").replace("title: Titel van ls", "title: \"Titel\u2028met LS\"")
        .replace("year: 2014", "year: 3000"));

    assertEquals(List.of("3: " + NAMED, "6: field 'year' must be a year from 1950 to"),
        lines(corpus));
  }

  @Test
  void aSeparatorInAnUnquotedTitleIsNamedNotReadAsABrokenField() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("ls.md", TempCorpus.doc("ls",
        "foo: 1\n", "Tekst.\n").replace("title: Titel van ls", "title: Titel\u2028met LS")
        .replace("summary: Een korte", "summary: Een\u2029korte"));

    List<Problem> problems = CorpusLoader.load(corpus.dir()).problems();

    assertEquals(List.of("3: " + NAMED, "7: " + NAMED.replace("U+2028", "U+2029"), "9: unknown field 'foo'; known"
            + " fields are:"),
        lines(problems));
    assertTrue(problems.get(0).message(ProblemMessage.DUTCH).startsWith("op deze regel staat"
        + " een onzichtbaar regelscheidingsteken (U+2028)"), problems.get(0).toString());
  }

  @Test
  void aSeparatorInTheTaxonomyIsNamedAtItsLine() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("goed.md",
        TempCorpus.doc("goed", "", "Tekst.\n"));
    Path taxonomy = corpus.dir().resolve("taxonomy.yml");
    String text = Files.readString(taxonomy);
    int labelAt = text.indexOf("{nl: Toezicht,");
    Files.writeString(taxonomy, text.substring(0, labelAt)
        + text.substring(labelAt).replaceFirst("\\{nl: Toezicht,", "{nl: \"Toe\u2028zicht\","));
    int line = (int) text.substring(0, labelAt).chars().filter(c -> c == '\n').count() + 1;

    assertEquals(List.of(line + ": " + NAMED), lines(corpus));
  }

  private static List<String> lines(TempCorpus corpus) throws IOException {
    return lines(CorpusLoader.load(corpus.dir()).problems());
  }

  private static List<String> lines(List<Problem> problems) {
    return problems.stream().map(p -> p.line() + ": " + p.message()
        .replaceAll("(from 1950 to|known fields are:).*", "$1")).toList();
  }
}
