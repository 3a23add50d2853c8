package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.buurtkennis.validation.ProblemMessage;
import org.junit.jupiter.api.Test;

/** The form's Markdown, and how problems find their field. */
class DraftFormTest {

  @Test
  void everyFieldIsWrittenOnAKnownLineAndOddTextIsQuoted() {
    DraftForm form = DraftForm.fromParams(Map.of("id", List.of("x-1"),
        "title", List.of("Titel: met # en \"quotes\""), "year", List.of("2014"),
        "forms", List.of("mediation", "contact"), "places", List.of("Den Haag\r\n\r\nUtrecht"),
        "body", List.of("## Kop\r\nTekst")));
    DraftForm.Rendered rendered = form.toMarkdown();
    String[] lines = rendered.markdown().split("\n");
    assertEquals("id: \"x-1\"", lines[1]);
    assertEquals("title: \"Titel: met # en \\\"quotes\\\"\"", lines[2]);
    assertEquals("year: 2014", lines[5]);
    assertEquals("title", rendered.fieldAt(3));
    assertEquals("forms: [\"mediation\", \"contact\"]", lines[7]);
    assertEquals("forms", rendered.fieldAt(8));
    assertEquals("places: [\"Den Haag\", \"Utrecht\"]", lines[8]);
    assertEquals(DraftForm.BODY, rendered.fieldAt(rendered.closingLine()));
    assertTrue(rendered.markdown().endsWith("---\n## Kop\nTekst\n"), rendered.markdown());
  }

  @Test
  void lineBreaksInOneLineFieldsBecomeSpacesAndTheBodyKeepsPlainLineEnds() {
    DraftForm form = DraftForm.fromParams(Map.of("summary",
        List.of("Regel een.\r\nRegel twee.\r\n  Drie.\n"), "title", List.of("Een\rtwee"),
        "body", List.of("Een\r\ntwee\rdrie\n")));
    assertEquals("Regel een. Regel twee. Drie.", form.value("summary"));
    assertEquals("Een twee", form.value("title"));
    assertEquals("Een\ntwee\ndrie\n", form.body());
    assertTrue(form.toMarkdown().markdown().contains("\nsummary: \"Regel een. Regel twee. Drie.\"\n"));
  }

  @Test
  void anEmptyLineInTheSummaryIsKeptForTheCheckNotJoinedUnasked() {
    DraftForm form = DraftForm.fromParams(Map.of("summary",
        List.of("Regel een.\r\nRegel twee.\r\n \r\n  Drie.\n")));
    assertEquals("Regel een. Regel twee.\n\nDrie.", form.value("summary"));
    assertTrue(form.toMarkdown().markdown().contains(
        "\nsummary: \"Regel een. Regel twee.\\n\\nDrie.\"\n"), form.toMarkdown().markdown());
  }

  @Test
  void aBodyProblemIsToldWithItsLineOfTheText() {
    DraftForm.Rendered rendered = DraftForm.fromParams(Map.of("body",
        List.of("Een.\n\nDrie \u0007.\n"))).toMarkdown();
    String candidate = "documents/new-document.md";
    int fileLine = rendered.closingLine() + 3;
    List<DocumentProblem> problems = List.of(new DocumentProblem(candidate, fileLine,
        ProblemMessage.of("text.control", "U+0007")));
    Map<String, List<String>> english = DraftForm.byField(problems, candidate, rendered::fieldAt,
        null, line -> "line " + rendered.bodyLine(line) + " of the text", Locale.ENGLISH);
    assertEquals(List.of("line 3 of the text: an invisible control character (U+0007) is in this"
        + " line, often pasted from another program; delete it"), english.get(DraftForm.BODY));
    assertEquals(0, rendered.bodyLine(rendered.closingLine()));
  }

  @Test
  void problemsGoBesideTheirFieldOrToTheTop() {
    DraftForm.Rendered rendered = DraftForm.empty().toMarkdown();
    String candidate = "documents/new-document.md";
    List<DocumentProblem> problems = List.of(
        new DocumentProblem(candidate, 2, ProblemMessage.of("document.value.invalid", "Bad Id",
            ProblemMessage.field("id"), ProblemMessage.of("document.hint.id"))),
        new DocumentProblem(candidate, 1, ProblemMessage.of("yaml.field.missing",
            ProblemMessage.field("summary"))),
        new DocumentProblem(candidate, 1, ProblemMessage.of("document.frontmatter.empty")),
        new DocumentProblem(candidate, rendered.closingLine(),
            ProblemMessage.of("document.body.missing")),
        new DocumentProblem("documents/other.md", 3, ProblemMessage.of("links.parent.unknown",
            "gone", ProblemMessage.field("parent"))));
    Map<String, List<String>> english = DraftForm.byField(problems, candidate, rendered::fieldAt,
        Locale.ENGLISH);
    assertEquals(List.of("'Bad Id' is not a valid id: use 2 to 80 lower-case letters, digits and"
        + " '-', starting with a letter or digit"), english.get("id"));
    assertEquals(List.of("required field 'summary' is missing"), english.get("summary"));
    assertEquals(List.of("the document has no text after the front matter"),
        english.get(DraftForm.BODY));
    assertEquals(List.of("the front matter is empty; see the corpus guide (README.md in the corpus"
        + " folder) for the required fields",
        "documents/other.md:3: parent 'gone' is not the id of any document in the corpus"),
        english.get(DraftForm.TOP));

    Map<String, List<String>> dutch = DraftForm.byField(problems, candidate, rendered::fieldAt,
        Locale.forLanguageTag("nl"));
    assertEquals(english.keySet(), dutch.keySet());
    assertEquals(List.of("het verplichte veld 'summary' ontbreekt"), dutch.get("summary"));
    assertEquals(List.of("de front matter is leeg; de verplichte velden staan in de corpushandleiding"
        + " (README.md in de corpusmap)",
        "documents/other.md:3: veld 'parent': 'gone' is niet het id van een document in het"
            + " corpus"),
        dutch.get(DraftForm.TOP));
  }

  @Test
  void aProblemGoesBesideTheFieldItIsAboutWhateverTheLineSays() {
    DraftForm.Rendered rendered = DraftForm.empty().toMarkdown();
    String candidate = "documents/new-document.md";
    // an unknown concept in 'forms', reported on the line of another field
    List<DocumentProblem> problems = List.of(new DocumentProblem(candidate, 2,
        ProblemMessage.of("document.concept.unknown", "no-such-form",
            ProblemMessage.field("forms"), "form", "mediation")));
    Map<String, List<String>> dutch = DraftForm.byField(problems, candidate, rendered::fieldAt,
        Locale.forLanguageTag("nl"));
    assertEquals(List.of("'no-such-form' in 'forms' staat niet in facet 'form' van taxonomy.yml;"
        + " toegestaan: mediation"), dutch.get("forms"));
    assertNull(dutch.get("id"));
  }

  @Test
  void anUploadedFilesLinesAreTracedToTheirKeys() {
    String text = "---\nid: a\nkeywords:\n  - een\n  - twee\nyear: 3000\n---\nTekst\n";
    assertEquals("id", FrontMatter.keyAtLine(text, 2));
    assertEquals("keywords", FrontMatter.keyAtLine(text, 5));
    assertEquals("year", FrontMatter.keyAtLine(text, 6));
    assertEquals(DraftForm.BODY, FrontMatter.keyAtLine(text, 7));
    assertEquals(DraftForm.BODY, FrontMatter.keyAtLine(text, 8));
    assertNull(FrontMatter.keyAtLine(text, 1));
    DraftForm form = DraftForm.fromMarkdown(FrontMatter.read(text));
    assertEquals(List.of("een", "twee"), form.values("keywords"));
    assertEquals("3000", form.value("year"));
    assertEquals("Tekst\n", form.body());
  }

  @Test
  void aFrontMatterThatIsNotValidYamlIsReadKeyByKey() {
    String text = "---\nid: kapot\ntitle: \"Buurt #1: bemiddeling\"\nyear: 2016\n"
        + "forms: [mediation, contact\nissues: ['privacy'\nsummary: \"Open quote\n"
        + "  over twee regels\npolice_tasks:\n  - signalling\n   evidence: strong\n"
        + "places:\n\t- Gouda\n\t- Delft\nid: tweede\n---\nTekst\n";
    FrontMatter matter = FrontMatter.read(text);
    assertTrue(matter.yamlBroken());
    assertEquals(Map.of(), matter.fields(), "the strict reading stays empty");
    FrontMatterLines.Read read = matter.readable();
    assertEquals("kapot", read.fields().get("id"), "the first of two ids");
    assertEquals("Buurt #1: bemiddeling", read.fields().get("title"));
    assertEquals(2016, read.fields().get("year"));
    assertEquals(List.of("mediation", "contact"), read.fields().get("forms"));
    assertEquals(List.of("privacy"), read.fields().get("issues"));
    assertEquals("Open quote over twee regels", read.fields().get("summary"));
    assertEquals(List.of("signalling"), read.fields().get("police_tasks"));
    assertEquals("strong", read.fields().get("evidence"), "an indented field is still read");
    assertEquals(List.of("Gouda", "Delft"), read.fields().get("places"));
    assertEquals(Map.of("forms", 5, "issues", 6, "summary", 7, "evidence", 11, "places", 12,
        "id", 15), read.unsure(), "what was not read as written, at its line");

    DraftForm form = DraftForm.fromMarkdown(matter);
    assertEquals("kapot", form.value("id"));
    assertEquals(List.of("Gouda", "Delft"), form.values("places"));
    assertEquals("Tekst\n", form.body());
  }

  @Test
  void aFrontMatterThatIsNoMappingIsReadAsFarAsItGoes() {
    FrontMatter matter = FrontMatter.read("---\njust a line of text\n---\nTekst\n");
    assertTrue(matter.yamlBroken());
    assertEquals(Map.of(), matter.readable().fields());
    assertEquals("just a line of text", matter.yaml());
    assertEquals("Tekst\n", DraftForm.fromMarkdown(matter).body());
  }

  @Test
  void extractedTextGivesATidyDraftWithASuggestedId() {
    DraftForm form = DraftForm.fromExtracted(new DocumentExtractor.Extracted(
        "\n\nBuurtpreventie in Één Wijk \t\n\n\n\nTweede\u0007 alinea.  \n", "", "A. Auteur", 2019,
        false, "application/pdf"));
    assertEquals("Buurtpreventie in Één Wijk", form.value("title"));
    assertEquals("buurtpreventie-in-een-wijk", form.value("id"));
    assertEquals("2019", form.value("year"));
    assertEquals(List.of("A. Auteur"), form.values("authors"));
    assertEquals("Buurtpreventie in Één Wijk\n\nTweede alinea.\n", form.body());
  }

  @Test
  void anExtractedYearIsTakenOnlyWhenTheCorpusAllowsIt() {
    int thisYear = java.time.Year.now().getValue();
    for (int year : new int[] {1949, thisYear + 1, 0}) {
      assertEquals("", extractedYear(year), "not a year a document may have: " + year);
    }
    for (int year : new int[] {nl.buurtkennis.corpus.DocumentParser.MIN_YEAR, thisYear}) {
      assertEquals(Integer.toString(year), extractedYear(year));
    }
  }

  private static String extractedYear(int year) {
    return DraftForm.fromExtracted(new DocumentExtractor.Extracted("Titel\n\nTekst.\n", "", "",
        year, false, "application/pdf")).value("year");
  }
}
