package nl.buurtkennis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import nl.buurtkennis.taxonomy.Facet;
import nl.buurtkennis.taxonomy.Taxonomy;
import nl.buurtkennis.taxonomy.TaxonomyParser;
import nl.buurtkennis.testing.TempCorpus;
import nl.buurtkennis.validation.ProblemMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A label or synonym written where a concept's id belongs is told with the id to write. */
class UnknownConceptTest {
  private static Facet forms;
  private static Taxonomy taxonomy;

  @BeforeAll
  static void readTheShippedVocabulary(@TempDir Path temp) throws IOException {
    Path file = TempCorpus.create(temp).dir().resolve("taxonomy.yml");
    taxonomy = TaxonomyParser.parse(file, Files.readString(file)).taxonomy().orElseThrow();
    forms = taxonomy.facet("form").orElseThrow();
  }

  @Test
  void aLabelNamesTheConceptWhoseIdToWrite() {
    ProblemMessage problem = UnknownConcept.of("forms", "Toezicht", forms);
    assertEquals(UnknownConcept.LABEL, problem.key());
    assertEquals(Optional.of("citizen-surveillance"), UnknownConcept.meant(problem));
    assertEquals("'Toezicht' in 'forms' is not in facet 'form' of taxonomy.yml: 'Toezicht' is the"
        + " label of concept 'citizen-surveillance', and a document names a concept by its id:"
        + " write 'citizen-surveillance' instead", beforeAllowed(problem.english()));
    assertEquals("'Toezicht' in 'forms' staat niet in facet 'form' van taxonomy.yml: 'Toezicht' is"
        + " het label van begrip 'citizen-surveillance', en een document noemt een begrip bij zijn"
        + " id: schrijf 'citizen-surveillance'",
        beforeAllowed(problem.in(Locale.forLanguageTag("nl"))));
  }

  @Test
  void aSynonymNamesTheConceptWhoseIdToWriteCaseSpacesAndHyphensAside() {
    for (String written : new String[] {"Buurtpreventie", "buurt preventie", "Buurt-Preventie",
        "neighbourhood_watch"}) {
      ProblemMessage problem = UnknownConcept.of("forms", written, forms);
      assertEquals(UnknownConcept.SYNONYM, problem.key(), written);
      assertEquals(Optional.of("citizen-surveillance"), UnknownConcept.meant(problem), written);
      assertEquals("'" + written + "' in 'forms' is not in facet 'form' of taxonomy.yml: '"
          + written + "' is a synonym of concept 'citizen-surveillance', and a document names a"
          + " concept by its id: write 'citizen-surveillance' instead",
          beforeAllowed(problem.english()));
    }
    assertEquals("'buurt preventie' in 'forms' staat niet in facet 'form' van taxonomy.yml:"
        + " 'buurt preventie' is een synoniem van begrip 'citizen-surveillance', en een document"
        + " noemt een begrip bij zijn id: schrijf 'citizen-surveillance'", beforeAllowed(
            UnknownConcept.of("forms", "buurt preventie", forms)
                .in(Locale.forLanguageTag("nl"))));
  }

  @Test
  void aValueThatNamesNoConceptKeepsTheWordingItHad() {
    assertEquals(UnknownConcept.KEY, UnknownConcept.of("forms", "teleportatie", forms).key());
    assertEquals(UnknownConcept.NEAR,
        UnknownConcept.of("forms", "citizen-survelliance", forms).key());
    assertEquals("'teleportatie' in 'forms' is not in facet 'form' of taxonomy.yml; allowed:"
        + " citizen-surveillance, investigation, public-space, mediation, contact, information,"
        + " policy-influence", UnknownConcept.of("forms", "teleportatie", forms).english());
  }

  @Test
  void theIdWrittenWithAnUnderscoreOrSpaceIsToldAsTheIdNotAsTheLabel() {
    for (String written : new String[] {"citizen_surveillance", "Citizen_Surveillance"}) {
      ProblemMessage problem = UnknownConcept.of("forms", written, forms, taxonomy);
      assertEquals(UnknownConcept.NEAR, problem.key(), written);
      assertEquals("'" + written + "' in 'forms' is not in facet 'form' of taxonomy.yml; did you"
          + " mean 'citizen-surveillance'?", problem.english().substring(0,
              problem.english().indexOf("?") + 1));
    }
    assertEquals(UnknownConcept.LABEL,
        UnknownConcept.of("forms", "Mediation", forms, taxonomy).key(),
        "a label as written stays a label, though it is its id in capitals");
  }

  @Test
  void aNameOfAConceptOfAnotherFacetIsToldWithThatFacetItsFieldAndTheId() {
    ProblemMessage label = UnknownConcept.of("forms", "Vigilantism", forms, taxonomy);
    assertEquals(UnknownConcept.OTHER_LABEL, label.key());
    assertEquals(Optional.of(new UnknownConcept.Elsewhere("vigilantism", "issue", "issues")),
        UnknownConcept.elsewhere(label));
    assertEquals("'Vigilantism' in 'forms' is not in facet 'form' of taxonomy.yml: 'Vigilantism'"
        + " is the label of concept 'vigilantism' of another facet, 'issue', whose field is"
        + " 'issues': if that concept is meant, take 'Vigilantism' out of 'forms' and write its"
        + " id 'vigilantism' in 'issues'", beforeAllowed(label.english()));
    assertEquals("'Vigilantism' in 'forms' staat niet in facet 'form' van taxonomy.yml:"
        + " 'Vigilantism' is het label van begrip 'vigilantism' van een andere facet, 'issue',"
        + " met veld 'issues': is dat begrip bedoeld, haal 'Vigilantism' dan uit 'forms' en"
        + " schrijf zijn id 'vigilantism' in 'issues'",
        beforeAllowed(label.in(Locale.forLanguageTag("nl"))));
    ProblemMessage synonym = UnknownConcept.of("issues", "Buurtpreventie",
        taxonomy.facet("issue").orElseThrow(), taxonomy);
    assertEquals(UnknownConcept.OTHER_SYNONYM, synonym.key());
    assertEquals(Optional.of(new UnknownConcept.Elsewhere("citizen-surveillance", "form",
        "forms")), UnknownConcept.elsewhere(synonym));
    assertEquals(UnknownConcept.SYNONYM,
        UnknownConcept.of("forms", "Buurtpreventie", forms, taxonomy).key(),
        "a name of the field's own facet comes first");
    assertEquals(UnknownConcept.KEY,
        UnknownConcept.of("forms", "teleportatie", forms, taxonomy).key());
  }

  @Test
  void aLabelOrSynonymWithATypingErrorNamesTheConceptWhoseIdToWrite() {
    ProblemMessage label = UnknownConcept.of("forms", "Toezcht", forms, taxonomy);
    assertEquals(UnknownConcept.NEAR_NAME, label.key());
    assertEquals(Optional.of("citizen-surveillance"), UnknownConcept.meant(label));
    assertEquals("'Toezcht' in 'forms' is not in facet 'form' of taxonomy.yml; did you mean"
        + " 'Toezicht'? That is a name of concept 'citizen-surveillance', and a document names a"
        + " concept by its id: write 'citizen-surveillance' instead",
        beforeAllowed(label.english()));
    assertEquals("'Toezcht' in 'forms' staat niet in facet 'form' van taxonomy.yml; bedoelt u"
        + " 'Toezicht'? Dat is een naam van begrip 'citizen-surveillance', en een document noemt"
        + " een begrip bij zijn id: schrijf 'citizen-surveillance'",
        beforeAllowed(label.in(Locale.forLanguageTag("nl"))));
    ProblemMessage synonym = UnknownConcept.of("forms", "buurtbemidelling", forms, taxonomy);
    assertEquals(UnknownConcept.NEAR_NAME, synonym.key());
    assertEquals(Optional.of("mediation"), UnknownConcept.meant(synonym));
    assertEquals("buurtbemiddeling", synonym.arguments().get(5));
    assertEquals(UnknownConcept.KEY, UnknownConcept.of("forms", "teleportatie", forms, taxonomy)
        .key(), "a word no name is near keeps the plain message");
  }

  @Test
  void aNameOfTwoConceptsIsToldAsAmbiguousWithBothIds(@TempDir Path temp) throws IOException {
    Path file = TempCorpus.create(temp).dir().resolve("taxonomy.yml");
    String shared = Files.readString(file).replace("en: [neighbourhood mediation,",
        "en: [Buurtwacht, neighbourhood mediation,");
    Taxonomy sharing = TaxonomyParser.parse(file, shared).taxonomy().orElseThrow();
    ProblemMessage problem = UnknownConcept.of("forms", "buurtwacht",
        sharing.facet("form").orElseThrow(), sharing);
    assertEquals(UnknownConcept.AMBIGUOUS, problem.key());
    assertEquals(Optional.empty(), UnknownConcept.meant(problem), "no one concept is meant");
    assertEquals("'buurtwacht' in 'forms' is not in facet 'form' of taxonomy.yml: 'buurtwacht' is"
        + " ambiguous, a name of more than one concept ('citizen-surveillance', 'mediation'), and"
        + " a document names a concept by its id: write the id of the concept meant",
        beforeAllowed(problem.english()));
    assertEquals("'buurtwacht' in 'forms' staat niet in facet 'form' van taxonomy.yml:"
        + " 'buurtwacht' is dubbelzinnig, een naam van meer dan één begrip"
        + " ('citizen-surveillance', 'mediation'), en een document noemt een begrip bij zijn id:"
        + " schrijf de id van het bedoelde begrip",
        beforeAllowed(problem.in(Locale.forLanguageTag("nl"))));
  }

  private static String beforeAllowed(String message) {
    int allowed = message.lastIndexOf(" (");
    return allowed < 0 ? message : message.substring(0, allowed);
  }
}
