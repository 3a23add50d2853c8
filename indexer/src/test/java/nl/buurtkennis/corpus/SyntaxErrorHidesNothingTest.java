package nl.buurtkennis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A YAML syntax error in one field does not hide the problems of the others: each field that is
 * valid YAML on its own is checked too, each problem at its line, as the console shows them.
 */
class SyntaxErrorHidesNothingTest {
  @TempDir
  Path temp;

  @Test
  void aTabIsReportedWithTheProblemsOfTheFieldsAboveIt() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("buurt.md", TempCorpus.doc("buurt",
        "keywords:\n\t- buurt\n", "Tekst.\n").replace("type: practice", "type: reprt")
        .replace("year: 2014", "year: 2035").replace("forms: [mediation]", "forms: [kontakt]"));

    assertEquals(List.of(
        "4: 'reprt' in 'type' is not in facet 'type' of taxonomy.yml; did you mean 'report'?"
            + " Allowed: report, practice,"
            + " evaluation, article, policy",
        "6: field 'year' must be a year from 1950 to " + DocumentParser.maxYear() + ", not '2035'",
        "8: 'kontakt' in 'forms' is not in facet 'form' of taxonomy.yml; did you mean 'contact'?"
            + " Allowed: "
            + "citizen-surveillance, investigation, public-space, mediation, contact, information,"
            + " policy-influence",
        "10: a tab character is not allowed in YAML; indent with spaces"), problems(corpus));
  }

  @Test
  void aColonInAValueIsReportedWithTheProblemsOfTheFieldsAroundIt() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("buurt.md", TempCorpus.doc("buurt",
        "issues: [inbraak]\nsource: Bron: iets\nfoo: bar\n", "Tekst.\n")
        .replace("year: 2014", "year: 2035"));

    List<String> problems = problems(corpus);
    assertEquals(List.of("6", "9", "10", "11"),
        problems.stream().map(p -> p.substring(0, p.indexOf(':'))).toList(), problems.toString());
    assertEquals(List.of("field 'year'", "'inbraak' in 'issues'", "a ': ' inside a value",
        "unknown field 'foo'"), problems.stream().map(p -> p.substring(p.indexOf(": ") + 2))
        .map(p -> p.substring(0, p.startsWith("a ': '") ? 21 : p.indexOf(p.startsWith("field")
            ? " must" : p.startsWith("unknown") ? ";" : " is not"))).toList());
  }

  @Test
  void aFieldOnTheLineOfTheErrorIsNotAlsoReportedMissing() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("buurt.md",
        TempCorpus.doc("buurt", "", "Tekst.\n").replace("type: practice", "  type: practice"));

    assertEquals(List.of("4: this line starts with spaces, so YAML reads it as part of the value"
        + " above; if 'type' is a field, remove the spaces at the start of the line; if it is"
        + " text, put the whole value between double quotes"), problems(corpus));
  }

  @Test
  void everyLineOfAKnownFieldThatIsNoKeyIsReportedNotOnlyTheFirst() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("buurt.md",
        TempCorpus.doc("buurt", "", "Tekst.\n").replace("type: practice", "  type: practice")
            .replace("summary: Een", "summary Een"));

    assertEquals(List.of("4: this line starts with spaces, so YAML reads it as part of the value"
        + " above; if 'type' is a field, remove the spaces at the start of the line; if it is"
        + " text, put the whole value between double quotes",
        "7: this line is not a 'name: value' field: is the ':' missing, or does the text belong"
        + " on the line above?"), problems(corpus));
  }

  @Test
  void aFrontMatterOfManyKeysIsReadInLinearTime() throws IOException {
    StringBuilder keys = new StringBuilder("keywords:\n\t- buurt\n");
    for (int i = 0; i < 20_000; i++) {
      keys.append("k").append(i).append(": waarde\n");
    }
    TempCorpus corpus = TempCorpus.create(temp).document("buurt.md",
        TempCorpus.doc("buurt", keys.toString(), "Tekst.\n"));

    List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> problems(corpus));
    assertEquals("10: a tab character is not allowed in YAML; indent with spaces",
        problems.get(0));
    assertEquals(20_001, problems.size(), "the tab and each unknown key");
  }

  private List<String> problems(TempCorpus corpus) throws IOException {
    return CorpusLoader.load(corpus.dir()).problems().stream()
        .map(p -> p.line() + ": " + p.message()).toList();
  }
}
