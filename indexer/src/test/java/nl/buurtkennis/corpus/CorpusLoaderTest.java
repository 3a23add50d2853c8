package nl.buurtkennis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nl.buurtkennis.testing.TempCorpus;
import nl.buurtkennis.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLoaderTest {
  @TempDir
  Path temp;

  @Test
  void readsAValidDocumentWithSectionsAndTags() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("doc-a.md", TempCorpus.doc("doc-a",
        "issues: [privacy, representation]\nbenefits: [trust-police]\nplaces: [Rotterdam]\n",
        "Inleiding.\n\n## Wat het is\n\nBewoners lopen rondes.\n\n- een\n- twee\n\n## Doel\n\nVeiligheid.\n"));
    CorpusLoader.Result result = CorpusLoader.load(corpus.dir());
    assertEquals(List.of(), result.problems());
    CorpusDocument doc = result.corpus().orElseThrow().document("doc-a").orElseThrow();
    assertEquals(List.of("privacy", "representation"), doc.issues());
    assertEquals(List.of("Rotterdam"), doc.places());
    assertEquals(3, doc.sections().size());
    assertEquals("Wat het is", doc.sections().get(1).heading());
    assertEquals("wat-het-is", doc.sections().get(1).anchor());
    assertEquals(Block.Kind.BULLET_LIST, doc.sections().get(1).blocks().get(1).kind());
    assertEquals(List.of("een", "twee"), doc.sections().get(1).blocks().get(1).lines());
    assertTrue(doc.bodyText().contains("twee"), "a list's text is searched");
    assertTrue(doc.bodyText().contains("Bewoners lopen rondes."));
  }

  @Test
  void aDocumentWhoseSourceHasNoYearLeavesTheYearOut() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("undated.md", TempCorpus.doc("undated", "", "Tekst.\n").replace("year: 2014\n", ""))
        .document("empty.md", TempCorpus.doc("empty", "", "Tekst.\n").replace("year: 2014", "year:"))
        .document("dated.md", TempCorpus.doc("dated", "", "Tekst.\n"));
    CorpusLoader.Result result = CorpusLoader.load(corpus.dir());
    assertEquals(List.of(), result.problems());
    Corpus loaded = result.corpus().orElseThrow();
    assertNull(loaded.document("undated").orElseThrow().year());
    assertNull(loaded.document("empty").orElseThrow().year());
    assertEquals(2014, loaded.document("dated").orElseThrow().year());
  }

  @Test
  void acceptsByteOrderMarkAndWindowsLineEnds() throws IOException {
    String text = "\uFEFF" + TempCorpus.doc("bom", "", "## Kop\r\n\r\nTekst.\r\n").replace("\n", "\r\n");
    TempCorpus corpus = TempCorpus.create(temp).document("bom.md", text);
    CorpusLoader.Result result = CorpusLoader.load(corpus.dir());
    assertEquals(List.of(), result.problems());
    assertEquals("Kop", result.corpus().orElseThrow().document("bom").orElseThrow()
        .sections().get(0).heading());
  }

  @Test
  void reportsEveryProblemWithPathAndLine() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("missing-title.md", "---\nid: missing-title\ntype: practice\nlanguage: nl\n"
            + "year: 2014\nsummary: S.\nforms: [mediation]\n---\nTekst.\n")
        .document("unknown-concept.md", TempCorpus.doc("unknown-concept",
            "issues: [privacy, nonsense]\n", "Tekst.\n"))
        .document("bad-year.md", TempCorpus.doc("bad-year", "", "Tekst.\n").replace("2014", "twintig"))
        .document("bad-yaml.md", "---\nid: bad-yaml\ntitle: [unclosed\n---\nTekst.\n")
        .document("tab.md", "---\nid: tab\n\ttitle: x\n---\nTekst.\n")
        .document("unknown-field.md", TempCorpus.doc("unknown-field", "benefit: [trust-police]\n",
            "Tekst.\n"))
        .document("no-front-matter.md", "Alleen tekst.\n")
        .document("empty.md", "")
        .document("front-only.md", TempCorpus.doc("front-only", "", ""))
        .document("one/dup.md", TempCorpus.doc("dup", "", "Tekst.\n"))
        .document("two/dup.md", TempCorpus.doc("dup", "", "Tekst.\n"))
        .document("orphan.md", TempCorpus.doc("orphan", "parent: nobody\n", "Tekst.\n"))
        .document("loop-a.md", TempCorpus.doc("loop-a", "parent: loop-b\n", "Tekst.\n"))
        .document("loop-b.md", TempCorpus.doc("loop-b", "parent: loop-a\n", "Tekst.\n"))
        .document("wrong-type.md", TempCorpus.doc("wrong-type", "places: Rotterdam\n", "Tekst.\n"))
        .bytes("latin1.md", TempCorpus.doc("latin1", "", "Co\u00f6rdinatie.\n")
            .getBytes(StandardCharsets.ISO_8859_1))
        .document("notes.txt", "not markdown");
    List<String> problems = CorpusLoader.load(corpus.dir()).problems().stream()
        .map(p -> temp.relativize(p.path()) + ":" + p.line() + ": " + p.message()).toList();

    assertProblem(problems, "corpus/documents/missing-title.md:2: required field 'title' is missing");
    assertProblem(problems, "corpus/documents/unknown-concept.md:9: 'nonsense' in 'issues' is not in facet 'issue'");
    assertProblem(problems, "corpus/documents/bad-year.md:6: field 'year' must be a year");
    assertProblem(problems, "corpus/documents/bad-yaml.md:");
    assertProblem(problems, "corpus/documents/tab.md:3: a tab character is not allowed");
    assertProblem(problems, "corpus/documents/unknown-field.md:9: unknown field 'benefit'");
    assertProblem(problems, "corpus/documents/no-front-matter.md:1: the file must start with a line '---'");
    assertProblem(problems, "corpus/documents/empty.md:1: the file is empty");
    assertProblem(problems, "corpus/documents/front-only.md:9: the document has no text");
    assertProblem(problems, "corpus/documents/two/dup.md:2: id 'dup' is also used by");
    assertProblem(problems, "corpus/documents/orphan.md:9: parent 'nobody' is not the id of any document");
    assertProblem(problems, "corpus/documents/loop-a.md:9: parent 'loop-b' leads back");
    assertProblem(problems, "corpus/documents/wrong-type.md:9: field 'places' must be a list");
    assertProblem(problems, "corpus/documents/latin1.md:10: the file is not valid UTF-8");
    assertProblem(problems, "corpus/documents/notes.txt:1: not a Markdown document");
  }

  @Test
  void acceptsAWebAddressWithHttpAsWellAsHttps() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("oud.md", TempCorpus.doc("oud", "url: http://example.org/verslag\n", "T.\n"))
        .document("nieuw.md", TempCorpus.doc("nieuw", "url: https://example.org/\n", "T.\n"));
    CorpusLoader.Result result = CorpusLoader.load(corpus.dir());
    assertEquals(List.of(), result.problems());
    assertEquals("http://example.org/verslag",
        result.corpus().orElseThrow().document("oud").orElseThrow().url());
  }

  @Test
  void problemsPrintAsPathColonLineInEnglish() {
    assertEquals("x.md:3: the document has no text after the front matter",
        new Problem(Path.of("x.md"), 3, "document.body.missing").toString());
  }

  private static void assertProblem(List<String> problems, String expectedStart) {
    assertTrue(problems.stream().anyMatch(p -> p.startsWith(expectedStart)),
        () -> "expected a problem starting with\n  " + expectedStart + "\nbut got\n  "
            + String.join("\n  ", problems));
  }

  @Test
  void aFolderLinkedFromOutsideIsToldAsALinkToThatFolderNotAsAFile() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("doc-a.md", TempCorpus.doc("doc-a", "",
        "Tekst.\n"));
    Path elsewhere = java.nio.file.Files.createDirectories(temp.resolve("elsewhere/reports"));
    java.nio.file.Files.writeString(elsewhere.resolve("doc-b.md"),
        TempCorpus.doc("doc-b", "", "Tekst.\n"));
    Path link = corpus.dir().resolve("documents/reports");
    java.nio.file.Files.createSymbolicLink(link, elsewhere);
    List<Problem> problems = CorpusLoader.load(corpus.dir()).problems();
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(link, problems.get(0).path());
    assertEquals(1, problems.get(0).line());
    assertEquals("a symbolic link to the folder " + elsewhere + ": links to folders are not read,"
        + " so no document in it is part of the corpus. Replace the link with a real folder"
        + " holding copies of the documents (remove the link, then copy " + elsewhere + " here"
        + " under the link's name), or move that folder here; only a file may be a link, to a"
        + " file inside the corpus folder (corpus guide, \"Links\")", problems.get(0).message());
  }
}
