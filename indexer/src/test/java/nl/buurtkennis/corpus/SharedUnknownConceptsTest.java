package nl.buurtkennis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.buurtkennis.testing.TempCorpus;
import nl.buurtkennis.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A concept id that several documents use but taxonomy.yml no longer has is told once, at
 * taxonomy.yml, as the mark of an id renamed or removed there.
 */
class SharedUnknownConceptsTest {
  @TempDir
  Path temp;

  @Test
  void anIdSeveralDocumentsUseIsToldAtTheFacetInTaxonomyYml() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("a.md", TempCorpus.doc("a", "issues: [verdwenen]\n", "Tekst.\n"))
        .document("b.md", TempCorpus.doc("b", "issues: [verdwenen]\n", "Tekst.\n"))
        .document("c.md", TempCorpus.doc("c", "issues: [verdwenen]\n", "Tekst.\n"))
        .document("d.md", TempCorpus.doc("d", "issues: [privacy]\n", "Tekst.\n"));
    List<Problem> problems = CorpusLoader.load(corpus.dir()).problems();

    List<Problem> shared = problems.stream()
        .filter(p -> p.description().key().equals(SharedUnknownConcepts.KEY)).toList();
    assertEquals(1, shared.size(), problems.toString());
    Problem problem = shared.get(0);
    Path taxonomy = corpus.dir().resolve("taxonomy.yml");
    assertEquals(taxonomy, problem.path());
    assertTrue(Files.readAllLines(taxonomy).get(problem.line() - 1).contains("issue"),
        "the line of the facet: " + problem.line());
    assertEquals("'verdwenen' is no concept of facet 'issue', yet 3 documents use it"
        + " (documents/a.md, documents/b.md, documents/c.md): if the concept's id was renamed"
        + " or removed here, put the id 'verdwenen' back", problem.message().substring(0,
            problem.message().indexOf(" back") + " back".length()));
    assertTrue(problem.message(Locale.forLanguageTag("nl"))
        .startsWith("'verdwenen' is geen begrip van facet 'issue', maar 3 documenten"));
    assertEquals(3, problems.stream()
        .filter(p -> UnknownConcept.is(p.description().key())).count(),
        "each document's own problem stays, at its line");
  }

  @Test
  void anUnknownIdOfFewDocumentsInAFacetIsTheirMistakeOnly() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("a.md", TempCorpus.doc("a", "issues: [privacyy]\n", "Tekst.\n"))
        .document("b.md", TempCorpus.doc("b", "issues: [privacyy]\n", "Tekst.\n"))
        .document("c.md", TempCorpus.doc("c", "benefits: [privacyy]\n", "Tekst.\n"));
    List<Problem> problems = CorpusLoader.load(corpus.dir()).problems();
    assertEquals(3, problems.stream()
        .filter(p -> UnknownConcept.is(p.description().key())).count(), problems.toString());
    assertTrue(problems.stream()
        .noneMatch(p -> p.description().key().equals(SharedUnknownConcepts.KEY)),
        "two documents share a copied typo: " + problems);
  }
}
