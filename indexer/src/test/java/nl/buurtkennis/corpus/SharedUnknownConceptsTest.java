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
  void aLabelOrSynonymSeveralDocumentsUseIsToldWithTheIdToWriteNotAsARenamedId()
      throws IOException {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("a.md", TempCorpus.doc("a", "", "Tekst.\n").replace("[mediation]",
            "[Buurtpreventie]"))
        .document("b.md", TempCorpus.doc("b", "", "Tekst.\n").replace("[mediation]",
            "[Buurtpreventie]"))
        .document("c.md", TempCorpus.doc("c", "", "Tekst.\n").replace("[mediation]",
            "[Buurtpreventie]"))
        .document("d.md", TempCorpus.doc("d", "", "Tekst.\n").replace("[mediation]",
            "[Toezicht]"))
        .document("e.md", TempCorpus.doc("e", "", "Tekst.\n").replace("[mediation]",
            "[Toezicht]"))
        .document("f.md", TempCorpus.doc("f", "", "Tekst.\n").replace("[mediation]",
            "[Toezicht]"));
    List<Problem> shared = CorpusLoader.load(corpus.dir()).problems().stream()
        .filter(p -> p.description().key().startsWith(SharedUnknownConcepts.KEY)).toList();
    assertEquals(List.of("'Buurtpreventie' is no concept id of facet 'form' but a synonym of"
        + " concept 'citizen-surveillance', and 3 documents use it (documents/a.md,"
        + " documents/b.md, documents/c.md): a document names a concept by its id, so write"
        + " 'citizen-surveillance' in each of them; taxonomy.yml is right as it is",
        "'Toezicht' is no concept id of facet 'form' but the label of concept"
        + " 'citizen-surveillance', and 3 documents use it (documents/d.md, documents/e.md,"
        + " documents/f.md): a document names a concept by its id, so write"
        + " 'citizen-surveillance' in each of them; taxonomy.yml is right as it is"),
        shared.stream().map(Problem::message).toList());
    assertTrue(shared.get(0).message(Locale.forLanguageTag("nl")).startsWith("'Buurtpreventie'"
        + " is geen id van een begrip van facet 'form' maar een synoniem van begrip"
        + " 'citizen-surveillance'"), shared.get(0).message(Locale.forLanguageTag("nl")));
    assertTrue(shared.stream().allMatch(p -> p.path().equals(corpus.dir().resolve("taxonomy.yml"))
        && p.line() > 1), shared.toString());
  }

  @Test
  void aNameWrittenAsAnIdSeveralDocumentsUseIsToldFirstAsTheRenamedIdToPutBack()
      throws IOException {
    TempCorpus corpus = TempCorpus.create(temp);
    Path taxonomy = corpus.dir().resolve("taxonomy.yml");
    String vocabulary = Files.readString(taxonomy);
    String formsMediation = "      - id: mediation\n        labels: {nl: Conflictbemiddeling,";
    assertTrue(vocabulary.contains(formsMediation));
    // only the id changes: 'mediation' stays the concept's English label
    Files.writeString(taxonomy, vocabulary.replace(formsMediation,
        "      - id: conflict-mediation\n        labels: {nl: Conflictbemiddeling,"));
    for (String name : List.of("a", "b", "c")) {
      corpus.document(name + ".md", TempCorpus.doc(name, "", "Tekst.\n"));
    }
    for (String name : List.of("d", "e", "f")) {
      corpus.document(name + ".md", TempCorpus.doc(name, "", "Tekst.\n")
          .replace("[mediation]", "[buurtpreventie]"));
    }
    List<Problem> problems = CorpusLoader.load(corpus.dir()).problems();
    List<Problem> shared = problems.stream()
        .filter(p -> p.description().key().startsWith(SharedUnknownConcepts.KEY)).toList();
    assertEquals(List.of(SharedUnknownConcepts.RENAMED_LABEL_KEY,
        SharedUnknownConcepts.RENAMED_SYNONYM_KEY),
        shared.stream().map(p -> p.description().key()).toList(), problems.toString());
    assertEquals("'mediation' is no concept id of facet 'form', yet 3 documents use it"
        + " (documents/a.md, documents/b.md, documents/c.md), and it is the label of concept"
        + " 'conflict-mediation': most likely that concept's id was renamed here, so put"
        + " 'mediation' back as its id (a concept's id never changes; a new name is a label or"
        + " synonym, corpus guide, \"Adding a concept\"); only if the documents meant the concept"
        + " by its name, write 'conflict-mediation' in each of them instead",
        shared.get(0).message());
    assertEquals("'mediation' is geen id van een begrip van facet 'form', maar 3 documenten"
        + " gebruiken het (documents/a.md, documents/b.md, documents/c.md), en het is het label"
        + " van begrip 'conflict-mediation': waarschijnlijk is de id van dat begrip hier hernoemd,"
        + " zet 'mediation' dan terug als zijn id (de id van een begrip verandert nooit; een"
        + " nieuwe naam is een label of synoniem, corpushandleiding, \"Een begrip toevoegen\");"
        + " alleen als de documenten het begrip bij zijn naam bedoelden, schrijft u in plaats"
        + " daarvan 'conflict-mediation' in elk ervan",
        shared.get(0).message(Locale.forLanguageTag("nl")));
    assertTrue(shared.get(1).message().startsWith("'buurtpreventie' is no concept id of facet"
        + " 'form', yet 3 documents use it (documents/d.md, documents/e.md, documents/f.md), and"
        + " it is a synonym of concept 'citizen-surveillance': most likely that concept's id was"
        + " renamed here, so put 'buurtpreventie' back as its id"), shared.get(1).message());
    assertTrue(shared.get(1).message(Locale.forLanguageTag("nl")).contains("en het is een"
        + " synoniem van begrip 'citizen-surveillance': waarschijnlijk is de id van dat begrip"
        + " hier hernoemd"), shared.get(1).message(Locale.forLanguageTag("nl")));
    assertEquals(6, problems.stream().filter(p -> UnknownConcept.is(p.description().key()))
        .count(), "each document's own problem stays, at its line");
  }

  @Test
  void aLabelOfAConceptOfAnotherFacetSeveralDocumentsUseIsToldWithThatFacet() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp);
    for (String name : List.of("a", "b", "c")) {
      corpus.document(name + ".md", TempCorpus.doc(name, "", "Tekst.\n")
          .replace("[mediation]", "[mediation, Vigilantism]"));
    }
    List<Problem> shared = CorpusLoader.load(corpus.dir()).problems().stream()
        .filter(p -> p.description().key().startsWith(SharedUnknownConcepts.KEY)).toList();
    assertEquals(List.of("'Vigilantism' is no concept of facet 'form' but the label of concept"
        + " 'vigilantism' of another facet, 'issue', and 3 documents use it in 'forms'"
        + " (documents/a.md, documents/b.md, documents/c.md): a document names a concept by its"
        + " id, in the field of its facet, so in each of them take 'Vigilantism' out of 'forms'"
        + " and write 'vigilantism' in 'issues'; taxonomy.yml is right as it is"),
        shared.stream().map(Problem::message).toList());
    assertTrue(shared.get(0).message(Locale.forLanguageTag("nl")).startsWith("'Vigilantism' is"
        + " geen begrip van facet 'form' maar het label van begrip 'vigilantism' van een andere"
        + " facet, 'issue'"), shared.get(0).message(Locale.forLanguageTag("nl")));
    assertTrue(shared.get(0).path().equals(corpus.dir().resolve("taxonomy.yml"))
        && shared.get(0).line() > 1, shared.toString());
  }

  @Test
  void aTypingErrorSeveralDocumentsShareIsToldWithTheIdMeantNotAsARenamedId()
      throws IOException {
    TempCorpus corpus = TempCorpus.create(temp);
    for (String name : List.of("a", "b", "c")) {
      corpus.document(name + ".md", TempCorpus.doc(name, "issues: [privacyy]\n", "Tekst.\n")
          .replace("[mediation]", "[citizen_surveillance]"));
    }
    for (String name : List.of("d", "e", "f")) {
      corpus.document(name + ".md", TempCorpus.doc(name, "", "Tekst.\n")
          .replace("[mediation]", "[Toezcht]"));
    }
    List<Problem> problems = CorpusLoader.load(corpus.dir()).problems();
    List<Problem> shared = problems.stream()
        .filter(p -> p.description().key().startsWith(SharedUnknownConcepts.KEY)).toList();
    assertEquals(List.of("'citizen_surveillance' is no concept id of facet 'form' but most likely"
        + " a typing error for concept 'citizen-surveillance', and 3 documents use it"
        + " (documents/a.md, documents/b.md, documents/c.md): correct it to"
        + " 'citizen-surveillance' in each of them; taxonomy.yml is right as it is",
        "'Toezcht' is no concept id of facet 'form' but most likely a typing error for concept"
        + " 'citizen-surveillance', and 3 documents use it (documents/d.md, documents/e.md,"
        + " documents/f.md): correct it to 'citizen-surveillance' in each of them; taxonomy.yml"
        + " is right as it is",
        "'privacyy' is no concept id of facet 'issue' but most likely a typing error for concept"
        + " 'privacy', and 3 documents use it (documents/a.md, documents/b.md, documents/c.md):"
        + " correct it to 'privacy' in each of them; taxonomy.yml is right as it is"), shared.stream().map(Problem::message).toList());
    assertEquals("'privacyy' is geen id van een begrip van facet 'issue' maar waarschijnlijk een"
        + " tikfout voor begrip 'privacy', en 3 documenten gebruiken het (documents/a.md,"
        + " documents/b.md, documents/c.md): verbeter het in elk ervan in 'privacy'; taxonomy.yml"
        + " is goed zoals het is", shared.get(2).message(Locale.forLanguageTag("nl")));
    assertTrue(shared.stream().noneMatch(p -> p.message().contains("put the id")), shared
        .toString());
    assertEquals(9, problems.stream().filter(p -> UnknownConcept.is(p.description().key()))
        .count(), "each document's own problem stays, at its line");
  }

  @Test
  void aNameOfSeveralConceptsSeveralDocumentsUseIsToldAsAmbiguous() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp);
    Path taxonomy = corpus.dir().resolve("taxonomy.yml");
    Files.writeString(taxonomy, Files.readString(taxonomy).replace("en: [neighbourhood mediation,",
        "en: [Buurtwacht, neighbourhood mediation,"));
    for (String name : List.of("a", "b", "c")) {
      corpus.document(name + ".md", TempCorpus.doc(name, "", "Tekst.\n")
          .replace("[mediation]", "[buurtwacht]"));
    }
    List<Problem> shared = CorpusLoader.load(corpus.dir()).problems().stream()
        .filter(p -> p.description().key().startsWith(SharedUnknownConcepts.KEY)).toList();
    assertEquals(List.of("'buurtwacht' is no concept id of facet 'form' but a name of more than"
        + " one concept ('citizen-surveillance', 'mediation'), and 3 documents use it"
        + " (documents/a.md, documents/b.md, documents/c.md): a document names a concept by its"
        + " id, so write the id of the concept meant in each of them"),
        shared.stream().map(Problem::message).toList());
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
