package nl.buurtkennis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guide promises that {@code validate} checks everything at once: a mistake in one field
 * neither hides a file's broken links nor makes the documents that name the file look wrong.
 */
class EveryProblemInOneRunTest {
  @TempDir
  Path temp;

  @Test
  void aBadYearDoesNotHideAMissingParent() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("buurtschouw.md",
        TempCorpus.doc("buurtschouw", "parent: bestaat-niet\n", "Tekst.\n")
            .replace("year: 2014", "year: 3000"));

    assertEquals(List.of(
        "buurtschouw.md:6: field 'year' must be a year from 1950 to",
        "buurtschouw.md:9: parent 'bestaat-niet' is not the id of any document in the corpus"),
        problems(corpus));
  }

  @Test
  void anUnknownFieldDoesNotHideADuplicateId() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("practices/buurtschouw.md", TempCorpus.doc("buurtschouw", "", "Tekst.\n"))
        .document("reports/buurtschouw.md",
            TempCorpus.doc("buurtschouw", "auteur: Jan\n", "Tekst.\n"));

    assertEquals(List.of(
        "practices/buurtschouw.md:2: id 'buurtschouw' is also used by"
            + " documents/reports/buurtschouw.md; every document needs its own id: keep it in"
            + " the document that had it first (its address and links use it) and give the"
            + " other, newer document a new id",
        "reports/buurtschouw.md:2: id 'buurtschouw' is also used by"
            + " documents/practices/buurtschouw.md; every document needs its own id: keep it in"
            + " the document that had it first (its address and links use it) and give the"
            + " other, newer document a new id",
        "reports/buurtschouw.md:9: unknown field 'auteur' (did you mean 'authors'?);"
            + " known fields are:"),
        problems(corpus));
  }

  /**
   * A copy put in a folder that sorts first (en/ before practices/) must not make the message
   * land on the established document only: every file with the id is told of the others.
   */
  @Test
  void aSharedIdIsReportedOnEveryFileThatHasItNamingTheOthers() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("practices/buurtschouw.md", TempCorpus.doc("buurtschouw", "", "Tekst.\n"))
        .document("en/buurtschouw.md", TempCorpus.doc("buurtschouw", "", "Tekst.\n"))
        .document("zz/buurtschouw.md", TempCorpus.doc("buurtschouw", "", "Tekst.\n"));

    List<String> problems = problems(corpus).stream()
        .map(p -> p.replaceAll("; every document.*", "")).toList();

    assertEquals(List.of(
        "en/buurtschouw.md:2: id 'buurtschouw' is also used by"
            + " documents/practices/buurtschouw.md, documents/zz/buurtschouw.md",
        "practices/buurtschouw.md:2: id 'buurtschouw' is also used by"
            + " documents/en/buurtschouw.md, documents/zz/buurtschouw.md",
        "zz/buurtschouw.md:2: id 'buurtschouw' is also used by"
            + " documents/en/buurtschouw.md, documents/practices/buurtschouw.md"),
        problems);
  }

  @Test
  void aReportWithAProblemIsStillTheParentOfItsParts() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("rapport.md", TempCorpus.doc("rapport", "", "Tekst.\n")
            .replace("type: practice", "type: report").replace("year: 2014", "year: 3000"))
        .document("deel-1.md", TempCorpus.doc("deel-1", "parent: rapport\n", "Tekst.\n"))
        .document("deel-2.md", TempCorpus.doc("deel-2", "parent: rapport\n", "Tekst.\n"));

    assertEquals(List.of("rapport.md:6: field 'year' must be a year from 1950 to"),
        problems(corpus));
  }

  @Test
  void aTranslationWithAProblemStillPairsWithItsTwin() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("buurt-nl.md", TempCorpus.doc("buurt-nl", "translation: buurt-en\n", "Tekst.\n"))
        .document("buurt-en.md", TempCorpus.doc("buurt-en", "translation: buurt-nl\n", "Text.\n")
            .replace("language: nl", "language: en").replace("summary: Een korte samenvatting.",
                "summary:"));

    assertEquals(List.of("buurt-en.md:7: field 'summary' must not be empty"), problems(corpus));
  }

  /** A control character is reported with every other problem of its file, not alone. */
  @Test
  void aControlCharacterInTheBodyHidesNoOtherProblem() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("stuur.md",
        TempCorpus.doc("stuur", "foo: 1\n", "De bewoners \u0001 lopen.\nEn \u202E hier.\n")
            .replace("year: 2014", "year: 3000").replace("[mediation]", "[teleportatie]"));

    assertEquals(List.of(
        "stuur.md:11: an invisible control character (U+0001) is in this line, often pasted"
            + " from another program; delete it",
        "stuur.md:12: an invisible direction character (U+202E) is in this line: it makes the"
            + " page show the text around it in another order than it is written (a way to hide"
            + " what a text says), and is often pasted along from another program; delete it",
        "stuur.md:6: field 'year' must be a year from 1950 to",
        "stuur.md:8: 'teleportatie' in 'forms' is not in facet 'form' of taxonomy.yml; allowed:"
            + " citizen-surveillance, investigation, public-space, mediation, contact,"
            + " information, policy-influence",
        "stuur.md:9: unknown field 'foo'; known fields are:"),
        problems(corpus));
  }

  @Test
  void aControlCharacterInTheFrontMatterHidesNoOtherProblem() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("stuur.md",
        TempCorpus.doc("stuur", "", "De bewoners \u0001 lopen.\n")
            .replace("year: 2014", "year: 3000")
            .replace("title: Titel van stuur", "title: Titel \u202E omgekeerd"));

    assertEquals(List.of(
        "stuur.md:10: an invisible control character (U+0001) is in this line, often pasted"
            + " from another program; delete it",
        "stuur.md:3: an invisible direction character (U+202E) is in this line: it makes the"
            + " page show the text around it in another order than it is written (a way to hide"
            + " what a text says), and is often pasted along from another program; delete it",
        "stuur.md:6: field 'year' must be a year from 1950 to"),
        problems(corpus));
  }

  /** Each problem as {@code file:line: message}, the message cut before its changing part. */
  private List<String> problems(TempCorpus corpus) throws IOException {
    Path documents = corpus.dir().resolve("documents");
    return CorpusLoader.load(corpus.dir()).problems().stream()
        .map(p -> documents.relativize(p.path()) + ":" + p.line() + ": " + p.message()
            .replaceAll("(from 1950 to|known fields are:).*", "$1"))
        .sorted().toList();
  }
}
