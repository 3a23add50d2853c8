package nl.buurtkennis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.buurtkennis.validation.Problem;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Within one facet a label names one concept (else the page shows two identical filter boxes),
 * and a synonym that already names another concept is warned of; across facets a name may be
 * shared, as "Toezicht" is a form and a police task.
 */
class TaxonomyNamesTest {
  @TempDir
  Path temp;

  @Test
  void aLabelOfAnotherConceptInTheSameFacetIsAnErrorAtItsLine() throws IOException {
    String text = shipped().replace("  - id: condition\n",
        "      - id: privacy-again\n        labels: {nl: privacy, en: Privácy}\n"
            + "  - id: condition\n");
    int line = lineOf(text, "        labels: {nl: privacy, en: Privácy}");
    CorpusLoader.Result read = load(text);
    assertEquals(List.of(
        "taxonomy.yml:" + line + ": the label 'Privácy' is already the label of concept 'privacy'",
        "taxonomy.yml:" + line + ": the label 'privacy' is already the label of concept 'privacy'"),
        told(read.problems()).stream().sorted().toList());
  }

  @Test
  void aSynonymThatNamesAnotherConceptOfTheFacetIsAWarning() throws IOException {
    String text = shipped().replace("nl: [contact tussen bewoners en politie,",
        "nl: [buurtpreventie, TOEZICHT, contact tussen bewoners en politie,");
    int line = lineOf(text, "          nl: [buurtpreventie, TOEZICHT,");
    CorpusLoader.Result read = load(text);
    assertEquals(List.of(), read.problems());
    assertEquals(List.of(
        "taxonomy.yml:" + line + ": 'buurtpreventie' already names concept 'citizen-surveillance'",
        "taxonomy.yml:" + line + ": 'TOEZICHT' already names concept 'citizen-surveillance'"),
        told(read.warnings()));
  }

  @Test
  void theShippedTaxonomySharesNamesOnlyAcrossFacets() throws IOException {
    String text = shipped();
    assertTrue(text.contains("labels: {nl: Toezicht, en: Citizen surveillance}")
        && text.contains("labels: {nl: Toezicht, en: Surveillance}"), "the example is gone");
    CorpusLoader.Result read = load(text);
    assertEquals(List.of(), read.problems());
    assertEquals(List.of(), told(read.warnings()));
  }

  private CorpusLoader.Result load(String taxonomy) throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("doc.md",
        TempCorpus.doc("doc", "source: Rapport\n", "Tekst.\n"));
    Files.writeString(corpus.dir().resolve("taxonomy.yml"), taxonomy);
    return CorpusLoader.load(corpus.dir());
  }

  /** The messages at taxonomy.yml, up to the words "in this facet". */
  private static List<String> told(List<Problem> problems) {
    return problems.stream().filter(p -> p.path().endsWith("taxonomy.yml"))
        .map(p -> "taxonomy.yml:" + p.line() + ": " + p.message().replaceAll(" in this facet.*", ""))
        .toList();
  }

  private static int lineOf(String text, String start) {
    int index = text.indexOf("\n" + start);
    return (int) text.substring(0, index + 1).chars().filter(c -> c == '\n').count() + 1;
  }

  private static String shipped() throws IOException {
    return Files.readString(TempCorpus.shippedCorpus().resolve("taxonomy.yml"));
  }
}
