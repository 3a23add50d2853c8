package nl.buurtkennis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Breaks of the vocabulary file, each reported as taxonomy.yml:line: message. */
class BrokenTaxonomyTest {
  @TempDir
  Path temp;

  @Test
  void aLoopOfConceptsThroughAnAliasIsRefused() throws IOException {
    assertProblems(shipped().replace("facets:\n", "loop: &loop {children: [*loop]}\nfacets:\n"),
        "taxonomy.yml:5: '*loop' repeats another value (a YAML alias); aliases are not allowed in"
            + " the corpus: write the value out");
  }

  @Test
  void aConceptIdUsedTwiceIsReported() throws IOException {
    String text = shipped();
    assertProblems(text.replace("- id: privacy", "- id: displacement"),
        "taxonomy.yml:" + lineOf(text, "          - id: privacy")
            + ": concept id 'displacement' is used twice in this facet");
  }

  @Test
  void aTabIsReported() throws IOException {
    assertProblems(shipped().replace("    hierarchical: false\n    concepts:\n      - id: citizen",
        "\thierarchical: false\n    concepts:\n      - id: citizen"),
        "taxonomy.yml:11: a tab character is not allowed in YAML; indent with spaces");
  }

  @Test
  void aMissingFacetIsReported() throws IOException {
    String text = shipped();
    assertProblems(text.substring(0, text.indexOf("  - id: type")),
        "taxonomy.yml:5: the taxonomy must define facet 'type'",
        "taxonomy.yml:5: the taxonomy must define facet 'language'");
  }

  @Test
  void aWrongValueOfHierarchicalIsReported() throws IOException {
    assertProblems(shipped().replaceFirst("hierarchical: false", "hierarchical: misschien"),
        "taxonomy.yml:11: field 'hierarchical' must be true or false");
  }

  @Test
  void aWrongValueOfPairLabelWordsIsReported() throws IOException {
    String text = shipped().replaceFirst("pair_label_words: false", "pair_label_words: nee");
    assertProblems(text, "taxonomy.yml:" + lineOf(text, "        pair_label_words: nee")
        + ": field 'pair_label_words' must be true or false");
  }

  @Test
  void aGlossaryPhraseOfWordsBetweenSingleSpacesIsAccepted() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp);
    Files.writeString(corpus.dir().resolve("taxonomy.yml"), shipped().replace("glossary:\n",
        "glossary:\n  - nl: [oudere bewoners]\n    en: [older residents, elderly residents]\n"));
    assertEquals(List.of(), problems(corpus).stream()
        .filter(problem -> problem.startsWith("taxonomy.yml")).toList());
  }

  @Test
  void aGlossaryItemWithAHyphenOrTwoSpacesIsReportedAtItsLine() throws IOException {
    String text = shipped();
    int line = lineOf(text, "glossary:") + 1;
    String told = "is neither a word nor a phrase: the glossary lists words and phrases of letters"
        + " and digits, with one space between a phrase's words and no hyphen or other mark";
    assertProblems(text.replace("glossary:\n",
            "glossary:\n  - {nl: [oudere-bewoners], en: [older  residents]}\n"),
        "taxonomy.yml:" + line + ": 'oudere-bewoners' " + told,
        "taxonomy.yml:" + line + ": 'older  residents' " + told);
  }

  @Test
  void aGlossaryPhraseThatIsAConceptsNameInAnotherFormIsReported() throws IOException {
    String text = shipped();
    int line = lineOf(text, "glossary:") + 1;
    assertProblems(text.replace("glossary:\n",
            "glossary:\n  - {nl: [dorpsagent], en: [Community Officers]}\n"),
        "taxonomy.yml:" + line + ": 'Community Officers' is already a name of concept"
            + " 'form/contact', and a search translates a concept's names through the concept:"
            + " take the word out of the glossary, or add a missing translation to that concept's"
            + " synonyms");
  }

  @Test
  void aGlossaryWordThatIsAlreadyAConceptsNameIsReported() throws IOException {
    String text = shipped();
    int line = lineOf(text, "glossary:") + 1;
    String told = "is already a name of concept 'form/citizen-surveillance', and a search"
        + " translates a concept's names through the concept: take the word out of the glossary,"
        + " or add a missing translation to that concept's synonyms";
    assertProblems(text.replace("glossary:\n", "glossary:\n  - {nl: [Buurtpreventie], en: [zebras]}\n"
            + "  - {nl: [buurtwachten], en: [giraffes]}\n"),
        "taxonomy.yml:" + line + ": 'Buurtpreventie' " + told,
        "taxonomy.yml:" + (line + 1) + ": 'buurtwachten' " + told);
  }

  @Test
  void aGlossaryEntryWithoutOneOfItsLanguagesIsReported() throws IOException {
    String text = shipped();
    int line = lineOf(text, "glossary:") + 1;
    assertProblems(text.replace("glossary:\n", "glossary:\n  - {nl: [ouderen], en: []}\n"
            + "  - {nl: [jeugd], fr: [jeunesse]}\n"),
        "taxonomy.yml:" + line + ": a word pair of the glossary needs at least one word under"
            + " 'en'",
        "taxonomy.yml:" + (line + 1) + ": unknown field 'fr' of a word pair of the glossary"
            + " ('glossary'); known fields are: nl, en",
        "taxonomy.yml:" + (line + 1) + ": a word pair of the glossary needs at least one word"
            + " under 'en'");
  }

  @Test
  void anEmptyTaxonomyIsReported() throws IOException {
    assertProblems("", "taxonomy.yml:1: the taxonomy is empty; it must list the facets under 'facets:'");
  }

  @Test
  void aTaxonomyInAnotherEncodingIsReported() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp);
    Files.write(corpus.dir().resolve("taxonomy.yml"), shipped().getBytes(StandardCharsets.ISO_8859_1));
    List<String> problems = problems(corpus);
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(true, problems.get(0).matches("taxonomy\\.yml:\\d+: the file is not valid UTF-8.*"),
        problems.toString());
  }

  private void assertProblems(String taxonomy, String... expected) throws IOException {
    TempCorpus corpus = TempCorpus.create(temp);
    Files.writeString(corpus.dir().resolve("taxonomy.yml"), taxonomy);
    assertEquals(List.of(expected), problems(corpus));
  }

  private static List<String> problems(TempCorpus corpus) throws IOException {
    return CorpusLoader.load(corpus.dir()).problems().stream()
        .map(p -> corpus.dir().relativize(p.path()) + ":" + p.line() + ": " + p.message()).toList();
  }

  private static int lineOf(String text, String start) {
    int index = text.indexOf("\n" + start);
    return (int) text.substring(0, index + 1).chars().filter(c -> c == '\n').count() + 1;
  }

  private static String shipped() throws IOException {
    return Files.readString(TempCorpus.shippedCorpus().resolve("taxonomy.yml"));
  }
}
