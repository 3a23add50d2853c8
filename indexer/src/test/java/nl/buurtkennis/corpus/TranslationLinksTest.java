package nl.buurtkennis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@code translation} pairs two documents of different languages, named on either side. */
class TranslationLinksTest {
  @TempDir
  Path temp;

  @Test
  void aLinkGivenOnOneSideJoinsBothDocuments() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("buurt-nl.md", TempCorpus.doc("buurt-nl", "", "Tekst.\n"))
        .document("buurt-en.md", english("buurt-en", "translation: buurt-nl\n"))
        .document("alone.md", TempCorpus.doc("alone", "", "Tekst.\n"));
    Corpus loaded = CorpusLoader.load(corpus.dir()).corpus().orElseThrow();

    CorpusDocument dutch = loaded.document("buurt-nl").orElseThrow();
    CorpusDocument english = loaded.document("buurt-en").orElseThrow();
    assertEquals("buurt-en", loaded.translation(dutch).orElseThrow().id());
    assertEquals("buurt-nl", loaded.translation(english).orElseThrow().id());
    assertEquals(List.of(), loaded.translation(loaded.document("alone").orElseThrow()).stream()
        .toList());
  }

  @Test
  void linksGivenOnBothSidesMustNameEachOther() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("buurt-nl.md", TempCorpus.doc("buurt-nl", "translation: buurt-en\n", "Tekst.\n"))
        .document("buurt-en.md", english("buurt-en", "translation: buurt-nl\n"));
    assertEquals(List.of(), problems(corpus));
  }

  @Test
  void everyWrongLinkIsReportedAtItsLine() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("missing.md", english("missing", "translation: nobody\n"))
        .document("self.md", english("self", "translation: self\n"))
        .document("same.md", TempCorpus.doc("same", "translation: target-nl\n", "Tekst.\n"))
        .document("target-nl.md", TempCorpus.doc("target-nl", "", "Tekst.\n"))
        .document("first.md", english("first", "translation: target-nl\n"))
        .document("second.md", english("second", "translation: target-nl\n"))
        .document("a-nl.md", TempCorpus.doc("a-nl", "translation: b-en\n", "Tekst.\n"))
        .document("b-en.md", english("b-en", "translation: c-nl\n"))
        .document("c-nl.md", TempCorpus.doc("c-nl", "", "Tekst.\n"))
        .document("bad-id.md", english("bad-id", "translation: Not An Id\n"));

    assertEquals(List.of(
        "a-nl.md:9: translation 'b-en' names 'c-nl' as its translation; the two links must name"
            + " each other",
        "bad-id.md:9: 'Not An Id' is not a valid translation: give the id of the same document in"
            + " the other language",
        "first.md:9: translation 'target-nl' is also named as translation by",
        "missing.md:9: translation 'nobody' is not the id of any document in the corpus",
        "same.md:9: translation 'target-nl' is in the same language (nl); a translation is the"
            + " document in the other language",
        "second.md:9: translation 'target-nl' is also named as translation by",
        "self.md:9: translation 'self' is this document's own id; give the id of its version in"
            + " the other language"),
        problems(corpus).stream().map(p -> p.replaceAll(" by documents/.*", " by")).toList());
  }

  @Test
  void aSecondClaimOnADocumentThatNamesItsTranslationIsReportedOnTheClaimWhateverTheOrder()
      throws IOException {
    for (String newcomer : List.of("aa-monitor", "zz-monitor")) {
      Path dir = Files.createTempDirectory(temp, newcomer);
      TempCorpus corpus = TempCorpus.create(dir)
          .document("buurt-nl.md", TempCorpus.doc("buurt-nl", "translation: buurt-en\n",
              "Tekst.\n"))
          .document("buurt-en.md", english("buurt-en", "translation: buurt-nl\n"))
          .document(newcomer + ".md", english(newcomer, "translation: buurt-nl\n"));

      assertEquals(List.of(newcomer + ".md:9: translation 'buurt-nl' names 'buurt-en' as its"
          + " translation; the two links must name each other"), problems(corpus), newcomer);
    }
  }

  @Test
  void twoClaimsOnADocumentThatNamesNoTranslationAreBothReportedEachNamingTheOther()
      throws IOException {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("buurt-nl.md", TempCorpus.doc("buurt-nl", "", "Tekst.\n"))
        .document("buurt-en.md", english("buurt-en", "translation: buurt-nl\n"))
        .document("aa-monitor.md", english("aa-monitor", "translation: buurt-nl\n"));

    List<String> problems = problems(corpus);
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("aa-monitor.md:9: translation 'buurt-nl' is also"
        + " named as translation by documents/buurt-en.md; a document has at most one"
        + " translation"), problems.get(0));
    assertTrue(problems.get(1).startsWith("buurt-en.md:9: translation 'buurt-nl' is also"
        + " named as translation by documents/aa-monitor.md;"), problems.get(1));
  }

  @Test
  void theDutchMessageNamesTheFieldInDutchWords() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("buurt-nl.md", TempCorpus.doc("buurt-nl", "", "Tekst.\n"))
        .document("buurt-en.md", english("buurt-en", "translation: buurt-nl\n"))
        .document("aa-monitor.md", english("aa-monitor", "translation: buurt-nl\n"));

    String dutch = CorpusLoader.load(corpus.dir()).problems().get(0)
        .message(Locale.forLanguageTag("nl"));
    assertTrue(dutch.startsWith("veld 'translation': 'buurt-nl' wordt ook als vertaling genoemd"
        + " door documents/"), dutch);
  }

  private List<String> problems(TempCorpus corpus) throws IOException {
    Path documents = corpus.dir().resolve("documents");
    return CorpusLoader.load(corpus.dir()).problems().stream()
        .map(p -> documents.relativize(p.path()) + ":" + p.line() + ": " + p.message())
        .sorted().toList();
  }

  private static String english(String id, String extraFrontMatter) {
    return TempCorpus.doc(id, extraFrontMatter, "Text.\n").replace("language: nl", "language: en");
  }
}
