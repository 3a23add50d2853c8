package nl.buurtkennis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.buurtkennis.taxonomy.Concept;
import nl.buurtkennis.taxonomy.Taxonomy;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the shipped corpus valid and as complete as the collection promises. */
class ShippedCorpusTest {
  private static CorpusLoader.Result result;

  @BeforeAll
  static void load() throws IOException {
    result = CorpusLoader.load(TempCorpus.shippedCorpus());
  }

  @Test
  void everyFileOfTheShippedCorpusIsValid() {
    assertEquals(List.of(), result.problems().stream().map(Object::toString).toList());
  }

  @Test
  void holdsAtLeast45DocumentsAnd25000WordsInBothLanguages() {
    List<CorpusDocument> docs = result.corpus().orElseThrow().documents();
    long words = docs.stream().mapToLong(ShippedCorpusTest::words).sum();
    long english = docs.stream().filter(d -> d.language().equals("en")).count();
    long dutch = docs.size() - english;
    assertTrue(docs.size() >= 45, "documents: " + docs.size());
    assertTrue(words >= 25_000, "words: " + words);
    assertTrue(english >= 10, "English documents: " + english);
    assertTrue(dutch > english, "mostly Dutch: " + dutch + " nl, " + english + " en");
  }

  @Test
  void everyFormConditionIssueAndBenefitIsUsedByAtLeastTwoDocuments() {
    Corpus corpus = result.corpus().orElseThrow();
    Taxonomy taxonomy = corpus.taxonomy();
    List<String> underused = new ArrayList<>();
    Map<String, Function<CorpusDocument, List<String>>> fields = Map.of(
        "form", CorpusDocument::forms, "condition", CorpusDocument::conditions,
        "issue", CorpusDocument::issues, "benefit", CorpusDocument::benefits);
    fields.forEach((facet, values) -> {
      Map<String, Long> uses = corpus.documents().stream().flatMap(d -> values.apply(d).stream())
          .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
      for (Concept concept : taxonomy.require(facet).concepts()) {
        boolean isParent = !concept.children().isEmpty();
        long count = uses.getOrDefault(concept.id(), 0L);
        if (isParent) {
          count += concept.children().stream().mapToLong(c -> uses.getOrDefault(c.id(), 0L)).sum();
        }
        if (count < 2) {
          underused.add(facet + "/" + concept.id() + " (" + count + ")");
        }
      }
    });
    assertEquals(List.of(), underused);
  }

  @Test
  void theStockTakingReportIsThereInDutchAndEnglish() {
    Corpus corpus = result.corpus().orElseThrow();
    CorpusDocument nl = corpus.document("burgers-in-veiligheid").orElseThrow();
    CorpusDocument en = corpus.document("citizens-in-security").orElseThrow();
    assertEquals("report", nl.type());
    assertEquals("en", en.language());
    assertTrue(nl.sections().size() >= 15, "one section per finding");
    assertTrue(en.sections().size() >= 15, "one section per finding");
  }

  @Test
  void everyDocumentCitesItsSource() {
    List<String> withoutSource = result.corpus().orElseThrow().documents().stream()
        .filter(d -> d.source() == null || d.source().isBlank()).map(CorpusDocument::id).toList();
    assertEquals(List.of(), withoutSource);
  }

  private static long words(CorpusDocument doc) {
    String text = doc.title() + " " + doc.summary() + " " + doc.bodyText();
    return text.split("\\s+").length;
  }
}
