package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.taxonomy.Concept;
import nl.buurtkennis.taxonomy.Facet;
import nl.buurtkennis.taxonomy.LocalizedText;
import nl.buurtkennis.taxonomy.Taxonomy;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;

/**
 * The words of a concept's two labels are paired by their order, unless the concept says that its
 * languages order them differently ({@code pair_label_words: false}).
 */
class LabelWordPairsTest {
  @Test
  void aConceptWhoseLabelsOrderTheirWordsDifferentlyPairsNone() {
    TaxonomyLexicon lexicon = lexicon(
        concept("trust-police", "Vertrouwen in de politie", "Trust in the police", true),
        concept("sense-of-control", "Grip op de omgeving", "Sense of control", false));
    assertEquals(List.of("police"), lexicon.translate("politie", "en"));
    assertEquals(List.of(), lexicon.translate("omgeving", "en"));
    assertEquals(List.of(), lexicon.translate("sense", "nl"));
  }

  @Test
  void theShippedVocabularyPairsNoWordWithAnotherWordsTranslation() throws Exception {
    TaxonomyLexicon lexicon = new TaxonomyLexicon(
        CorpusLoader.load(TempCorpus.shippedCorpus()).orThrow().taxonomy());
    assertFalse(lexicon.translate("omgeving", "en").contains("control"));
    assertFalse(lexicon.translate("grip", "en").contains("sense"));
    assertFalse(lexicon.translate("aanspreken", "en").contains("others"));
    assertFalse(lexicon.translate("elkaar", "en").contains("addressing"));
    assertFalse(lexicon.translate("informatie", "en").contains("gathering"));
    assertFalse(lexicon.translate("delen", "en").contains("information"));
    assertFalse(lexicon.translate("veiliger", "en").contains("feeling"));
    assertTrue(lexicon.translate("informatie", "en").contains("information"),
        "Informatie verzamelen / Information gathering still pairs them");
    assertTrue(lexicon.translate("veiliger", "en").contains("safer"), "as the glossary says");
  }

  private static TaxonomyLexicon lexicon(Concept... concepts) {
    Facet facet = new Facet("benefit", new LocalizedText("Opbrengst", "Benefit"),
        new LocalizedText("", ""), false, List.of(concepts));
    return new TaxonomyLexicon(new Taxonomy(List.of(facet), "test"));
  }

  private static Concept concept(String id, String nl, String en, boolean pairLabelWords) {
    return new Concept(id, null, new LocalizedText(nl, en), new LocalizedText("", ""), List.of(),
        List.of(), List.of(), pairLabelWords);
  }
}
