package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.buurtkennis.corpus.UnknownConcept;
import nl.buurtkennis.taxonomy.Facet;
import nl.buurtkennis.taxonomy.Taxonomy;
import nl.buurtkennis.taxonomy.TaxonomyParser;
import nl.buurtkennis.testing.TempCorpus;
import nl.buurtkennis.web.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A concept id of the live vocabulary that taxonomy.yml no longer has but other documents still
 * use: when it is now a label or synonym of a concept, that concept's id was most likely renamed,
 * and putting the id back is told first, as {@code indexer validate} tells it.
 */
class StaleConceptsTest {
  @TempDir
  Path temp;
  private Taxonomy live;
  private Taxonomy onDisk;

  @BeforeEach
  void renameThreeIdsOnDisk() throws IOException {
    Path file = TempCorpus.create(temp).dir().resolve("taxonomy.yml");
    String shipped = Files.readString(file);
    live = TaxonomyParser.parse(file, shipped).taxonomy().orElseThrow();
    String renamed = shipped
        // 'Mediation' stays its English label, 'public space' one of its synonyms
        .replace("      - id: mediation\n        labels: {nl: Conflictbemiddeling,",
            "      - id: conflict-mediation\n        labels: {nl: Conflictbemiddeling,")
        .replace("      - id: public-space\n", "      - id: openbare-ruimte\n")
        // 'investigation' is no name of the concept: nothing tells where it went
        .replace("      - id: investigation\n", "      - id: opsporing\n");
    onDisk = TaxonomyParser.parse(file, renamed).taxonomy().orElseThrow();
  }

  private List<DocumentProblem> problems() {
    Facet forms = onDisk.facet("form").orElseThrow();
    List<DocumentProblem> problems = new ArrayList<>();
    for (String name : List.of("a", "b")) {
      problems.add(new DocumentProblem("documents/" + name + ".md", 8,
          UnknownConcept.of("forms", "mediation", forms, onDisk)));
    }
    problems.add(new DocumentProblem("documents/c.md", 8,
        UnknownConcept.of("forms", "public-space", forms, onDisk)));
    problems.add(new DocumentProblem("documents/d.md", 8,
        UnknownConcept.of("forms", "investigation", forms, onDisk)));
    return problems;
  }

  @Test
  void anIdNowTheNameOfAConceptIsToldAsThatConceptsIdToPutBackFirst() {
    List<String> dutch = StaleConcepts.explained(Messages.of("nl"), problems(),
        "documents/nieuw.md", StaleConcepts.Change.NEW, live);
    assertEquals(List.of("Het begrip mediation staat niet meer in taxonomy.yml, maar 2 andere"
        + " documenten gebruiken het nog: documents/a.md, documents/b.md. Die id is nu het label"
        + " van begrip conflict-mediation: waarschijnlijk is de id van dat begrip hernoemd. Zolang"
        + " die documenten mediation gebruiken, is het corpus als geheel niet geldig: een nieuw"
        + " document wordt geweigerd en de zoekfunctie houdt de oude woordenlijst. Zet de id"
        + " mediation terug in taxonomy.yml als id van conflict-mediation (de id van een begrip"
        + " verandert nooit; een nieuwe naam is een label of synoniem); alleen als het begrip zijn"
        + " nieuwe id moet houden, geeft u die documenten een voor een conflict-mediation (zo’n"
        + " reparatie wordt wel opgeslagen).",
        "Het begrip public-space staat niet meer in taxonomy.yml, maar een ander document"
        + " gebruikt het nog: documents/c.md. Die id is nu een synoniem van begrip"
        + " openbare-ruimte: waarschijnlijk is de id van dat begrip hernoemd. Zolang die"
        + " documenten public-space gebruiken, is het corpus als geheel niet geldig: een nieuw"
        + " document wordt geweigerd en de zoekfunctie houdt de oude woordenlijst. Zet de id"
        + " public-space terug in taxonomy.yml als id van openbare-ruimte (de id van een begrip"
        + " verandert nooit; een nieuwe naam is een label of synoniem); alleen als het begrip zijn"
        + " nieuwe id moet houden, geeft u die documenten een voor een openbare-ruimte (zo’n"
        + " reparatie wordt wel opgeslagen).",
        "Het begrip investigation staat niet (meer) in taxonomy.yml, maar een ander document"
        + " gebruikt het nog: documents/d.md. Zolang dat zo is, is het corpus als geheel niet"
        + " geldig: een nieuw document wordt geweigerd en de zoekfunctie houdt de oude"
        + " woordenlijst. Geef die documenten een voor een een begrip uit de woordenlijst (zo’n"
        + " reparatie wordt wel opgeslagen), of zet de id investigation terug in taxonomy.yml."),
        dutch);
    List<String> english = StaleConcepts.explained(Messages.of("en"), problems(),
        "documents/nieuw.md", StaleConcepts.Change.EDIT, live);
    assertEquals("The concept mediation is no longer in taxonomy.yml, but 2 other documents still"
        + " use it: documents/a.md, documents/b.md. That id is now the label of concept"
        + " conflict-mediation: most likely that concept's id was renamed. While those documents"
        + " use mediation, the corpus is not valid as a whole: a change to any other document is"
        + " refused too and search keeps the old vocabulary. Put the id mediation back in"
        + " taxonomy.yml as the id of conflict-mediation (a concept's id never changes; a new name"
        + " is a label or synonym); only if the concept is to keep its new id, give those"
        + " documents conflict-mediation one by one (such a repair is saved).", english.get(0));
  }

  @Test
  void theAdminApiTellsTheRenamedIdAsTheConsoleDoes() {
    String api = StaleConcepts.explainedInEnglish(problems(), "documents/nieuw.md",
        StaleConcepts.Change.NEW, live);
    assertTrue(api.contains("; 'mediation' is not in taxonomy.yml, but 2 other document file(s)"
        + " still use it (documents/a.md, documents/b.md), and while any does, the corpus is not"
        + " valid as a whole: a new document is refused and search keeps the old vocabulary;"
        + " 'mediation' is now the label of concept 'conflict-mediation', so most likely that"
        + " concept's id was renamed: put 'mediation' back as its id in taxonomy.yml (a concept's"
        + " id never changes; a new name is a label or synonym); only if the concept is to keep"
        + " its new id, write 'conflict-mediation' in those documents one by one (such a repair"
        + " is saved)"), api);
    assertTrue(api.contains("'public-space' is now a synonym of concept 'openbare-ruimte'"), api);
    assertTrue(api.endsWith("; 'investigation' is not in taxonomy.yml, but 1 other document"
        + " file(s) still use it (documents/d.md), and while any does, the corpus is not valid as"
        + " a whole: a new document is refused and search keeps the old vocabulary; give those"
        + " documents a concept of the vocabulary one by one (such a repair is saved), or put the"
        + " id back in taxonomy.yml"), api);
  }
}
