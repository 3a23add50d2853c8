package nl.buurtkennis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document and its translation are the same document, so they carry the same tags. */
class TranslationTagsTest {
  @TempDir
  Path temp;

  @Test
  void aPairTaggedAlikeHasNoDifference() throws IOException {
    Corpus corpus = load(TempCorpus.create(temp)
        .document("a-nl.md", TempCorpus.doc("a-nl",
            "benefits: [feeling-safer, more-reporting]\nevidence: descriptive\n", "Tekst.\n"))
        .document("a-en.md", english("a-en",
            "benefits: [more-reporting, feeling-safer]\nevidence: descriptive\n"
                + "translation: a-nl\n")));
    assertEquals(List.of(), describe(TranslationTags.differences(corpus)));
  }

  @Test
  void everyDifferingFieldIsNamedWithTheValuesOnEitherSide() throws IOException {
    Corpus corpus = load(TempCorpus.create(temp)
        .document("a-nl.md", TempCorpus.doc("a-nl",
            "issues: [privacy]\nbenefits: [feeling-safer]\nevidence: reported\n", "Tekst.\n"))
        .document("a-en.md", english("a-en",
            "benefits: [feeling-safer, crime-reduction]\nconditions: [best-persons]\n"
                + "evidence: descriptive\ntranslation: a-nl\n")));
    assertEquals(List.of(
        "a-en issues: here [] there [privacy]",
        "a-en benefits: here [crime-reduction] there []",
        "a-en conditions: here [best-persons] there []",
        "a-en evidence: here [descriptive] there [reported]"),
        describe(TranslationTags.differences(corpus)));
  }

  @Test
  void aPairIsReportedOnceInTheFileThatNamesTheOther() throws IOException {
    Corpus oneLink = load(TempCorpus.create(temp.resolve("one"))
        .document("b-nl.md", TempCorpus.doc("b-nl", "translation: b-en\n", "Tekst.\n"))
        .document("b-en.md", english("b-en", "issues: [privacy]\n")));
    Corpus bothLinks = load(TempCorpus.create(temp.resolve("both"))
        .document("b-nl.md", TempCorpus.doc("b-nl", "translation: b-en\n", "Tekst.\n"))
        .document("b-en.md", english("b-en", "issues: [privacy]\ntranslation: b-nl\n")));
    assertEquals(List.of("b-nl issues: here [] there [privacy]"),
        describe(TranslationTags.differences(oneLink)));
    assertEquals(List.of("b-en issues: here [privacy] there []"),
        describe(TranslationTags.differences(bothLinks)));
  }

  @Test
  void documentsWithoutATranslationAreNotCompared() throws IOException {
    Corpus corpus = load(TempCorpus.create(temp)
        .document("c-nl.md", TempCorpus.doc("c-nl", "evidence: reported\n", "Tekst.\n"))
        .document("c-en.md", english("c-en", "evidence: descriptive\n")));
    assertEquals(List.of(), describe(TranslationTags.differences(corpus)));
  }

  private static Corpus load(TempCorpus corpus) throws IOException {
    CorpusLoader.Result result = CorpusLoader.load(corpus.dir());
    assertEquals(List.of(), result.problems());
    return result.corpus().orElseThrow();
  }

  private static List<String> describe(List<TranslationTags.Difference> differences) {
    return differences.stream().map(d -> d.document().id() + " " + d.field() + ": here "
        + d.onlyInDocument() + " there " + d.onlyInTranslation()).toList();
  }

  private static String english(String id, String extraFrontMatter) {
    return TempCorpus.doc(id, extraFrontMatter, "Text.\n").replace("language: nl", "language: en");
  }
}
