package nl.buurtkennis.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;

class VocabularyDocumentTest {

  @Test
  void theCorpusGuideListsExactlyTheVocabularyOfTaxonomyYml() throws IOException {
    Path corpus = TempCorpus.shippedCorpus();
    Taxonomy taxonomy = TaxonomyParser.parse(corpus.resolve("taxonomy.yml"),
        Files.readString(corpus.resolve("taxonomy.yml"), StandardCharsets.UTF_8)).taxonomy()
        .orElseThrow();
    String guide = Files.readString(corpus.resolve("README.md"), StandardCharsets.UTF_8);
    assertEquals(VocabularyDocument.updateGuide(guide, taxonomy), guide,
        "corpus/README.md is out of date: run java -jar indexer/target/indexer.jar vocabulary");
  }

  @Test
  void everyConceptAppearsWithBothLabels() {
    Concept child = new Concept("privacy", "unintended-consequences",
        new LocalizedText("Privacy", "Privacy"), new LocalizedText("Nl.", "En."),
        java.util.List.of(), java.util.List.of(), java.util.List.of());
    Concept parent = new Concept("unintended-consequences", null,
        new LocalizedText("Onbedoelde gevolgen", "Unintended consequences"),
        new LocalizedText("", ""), java.util.List.of(), java.util.List.of(), java.util.List.of(child));
    Taxonomy taxonomy = new Taxonomy(java.util.List.of(new Facet("issue",
        new LocalizedText("Knelpunt", "Issue"), new LocalizedText("", ""), true,
        java.util.List.of(parent))), "");
    String md = VocabularyDocument.markdown(taxonomy);
    assertTrue(md.contains("| `unintended-consequences` | Onbedoelde gevolgen | Unintended consequences |"), md);
    assertTrue(md.contains("| ↳ `privacy` | Privacy | Privacy | Nl. <br>*En.* |"), md);
    assertTrue(md.contains("— `issues`"), md);
  }
}
