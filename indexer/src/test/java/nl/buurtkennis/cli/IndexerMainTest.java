package nl.buurtkennis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.buurtkennis.analysis.LanguageCheckTest;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.index.IndexBusyException;
import nl.buurtkennis.index.IndexCommitInfo;
import nl.buurtkennis.index.IndexProgress;
import nl.buurtkennis.index.IndexUpdater;
import nl.buurtkennis.taxonomy.VocabularyDocument;
import nl.buurtkennis.validation.ValidationException;
import nl.buurtkennis.testing.TempCorpus;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexerMainTest {
  /** A source, so that its absence is no warning where a test counts the warnings. */
  private static final String SOURCE = "source: Rapport\n";

  @TempDir
  Path temp;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final IndexerMain main = new IndexerMain(
      new PrintStream(out, true, StandardCharsets.UTF_8),
      new PrintStream(err, true, StandardCharsets.UTF_8));

  @Test
  void validateExitsZeroOnACleanCorpus() {
    TempCorpus corpus = TempCorpus.create(temp).document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst.\n"));
    assertEquals(0, main.run(List.of("validate", "--corpus", corpus.dir().toString())));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("ok: 1 document in "
        + corpus.dir() + " is valid"), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theDocumentsFolderGivenAsCorpusIsToldToPassItsParent() {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst.\n"));
    Path documents = corpus.dir().resolve("documents");
    for (String command : List.of("validate", "update")) {
      err.reset();
      List<String> args = command.equals("validate")
          ? List.of(command, "--corpus", documents.toString())
          : List.of(command, "--corpus", documents.toString(), "--index",
              temp.resolve("never-made").toString());
      assertEquals(2, main.run(args), command);
      String printed = err.toString(StandardCharsets.UTF_8);
      assertTrue(printed.startsWith("error: the corpus folder " + documents + " looks like the"
          + " documents/ folder of a corpus (taxonomy.yml is in the folder above it): pass the"
          + " corpus folder itself, --corpus " + corpus.dir().toAbsolutePath().normalize()),
          printed);
    }
    assertFalse(Files.exists(temp.resolve("never-made")));
  }

  @Test
  void theParentToPassInsteadIsQuotedAsAShellReadsItBack() throws IOException {
    Path spaced = Files.createDirectories(temp.resolve("a b"));
    TempCorpus corpus = TempCorpus.create(spaced.resolve("my corpus"))
        .document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst.\n"));
    assertEquals(2, main.run(List.of("validate", "--corpus",
        corpus.dir().resolve("documents").toString())));
    String printed = err.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("pass the corpus folder itself, --corpus '"
        + corpus.dir().toAbsolutePath().normalize() + "'"), printed);
  }

  @Test
  void aMissingTaxonomyHasNoLineAndARefusedFirstUpdateSaysNoIndexWasThere() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst.\n"));
    Files.delete(corpus.dir().resolve("taxonomy.yml"));
    Path index = temp.resolve("fresh-index");
    assertEquals(1, main.run(List.of("update", "--corpus", corpus.dir().toString(), "--index",
        index.toString())));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains(corpus.dir().resolve("taxonomy.yml")
        + ": the vocabulary file taxonomy.yml is missing\n"), out.toString(StandardCharsets.UTF_8));
    String printed = err.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("update refused: fix the problems above; no index was written"
        + " (there was none in " + index + ")"), printed);
    assertFalse(printed.contains("left as it was"), printed);
    String summary = out.toString(StandardCharsets.UTF_8);
    assertTrue(summary.contains("; no index was written\n"), summary);
    assertFalse(summary.contains("left as it was"), summary);
  }

  @Test
  void countsOfOneAreSingular() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst.\n"));
    assertEquals(0, main.run(List.of("build", "--corpus", corpus.dir().toString(),
        "--index", temp.resolve("index").toString())));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains(" 0 errors in ") && printed.contains("; 1 document in the index"),
        printed);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("writing: 1 document\n"),
        err.toString(StandardCharsets.UTF_8));
    assertFalse((printed + err).contains("1 documents"), printed + err);

    corpus.document("doc-a.md", TempCorpus.doc("doc-a", "year: 3000\n", "Tekst.\n"));
    out.reset();
    err.reset();
    assertEquals(1, main.run(List.of("validate", "--corpus", corpus.dir().toString())));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("1 problem in 1 file"),
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void validateWarnsOfATextInTheOtherLanguageWithoutFailing() {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("doc-a.md", TempCorpus.doc("doc-a", SOURCE, LanguageCheckTest.ENGLISH))
        .document("doc-b.md", TempCorpus.doc("doc-b", SOURCE, LanguageCheckTest.DUTCH));
    assertEquals(0, main.run(List.of("validate", "--corpus", corpus.dir().toString())));
    String printed = out.toString(StandardCharsets.UTF_8);
    Path docs = corpus.dir().resolve("documents");
    assertTrue(printed.contains(docs.resolve("doc-a.md") + ":5: warning: the text reads as"
        + " English, but 'language' is 'nl'"), printed);
    assertTrue(!printed.contains("doc-b.md"), printed);
    assertTrue(printed.contains("ok: 2 documents in " + corpus.dir() + " are valid (1 warning"
        + " above, which does not fail it)"), printed);
  }

  @Test
  void editorAndSystemLeftoversAreWarningsToDeleteButOtherFilesStillFail() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("practices/buurtschouw.md", TempCorpus.doc("buurtschouw", SOURCE,
            "Tekst.\n"))
        .document("practices/Thumbs.db", "binary")
        .document("practices/buurtschouw.md~", "oud")
        .document("practices/#buurtschouw.md#", "oud")
        .document("practices/buurtschouw.md.bak", "oud")
        .document("practices/buurtschouw.swp", "oud");
    Path docs = corpus.dir().resolve("documents/practices");

    assertEquals(0, main.run(List.of("validate", "--corpus", corpus.dir().toString())));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains(docs.resolve("Thumbs.db") + ":1: warning: Thumbs.db is a file"
        + " Windows makes by itself, not a document: it is skipped; delete it"), printed);
    for (String leftover : List.of("buurtschouw.md~", "#buurtschouw.md#", "buurtschouw.md.bak",
        "buurtschouw.swp")) {
      assertTrue(printed.contains(docs.resolve(leftover) + ":1: warning: " + leftover + " is a"),
          printed);
    }
    assertTrue(printed.contains("(5 warnings above, which do not fail it)"), printed);

    out.reset();
    Path index = temp.resolve("index");
    assertEquals(0, main.run(List.of("build", "--corpus", corpus.dir().toString(),
        "--index", index.toString())));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains(
        docs.resolve("Thumbs.db") + ":1: warning: "), out.toString(StandardCharsets.UTF_8));

    corpus.document("practices/notities.txt", "tekst");
    out.reset();
    assertEquals(1, main.run(List.of("validate", "--corpus", corpus.dir().toString())));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains(docs.resolve("notities.txt")
        + ":1: not a Markdown document"), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aDocumentOutsideTheDocumentsFolderIsWarnedOfButTheGuideIsNot() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst.\n"));
    Files.writeString(corpus.dir().resolve("README.md"), "# Gids\n");
    Path stray = Files.createDirectories(corpus.dir().resolve("practices"))
        .resolve("buurtschouw.md");
    Files.writeString(stray, TempCorpus.doc("buurtschouw", "", "Tekst.\n"));

    assertEquals(0, main.run(List.of("validate", "--corpus", corpus.dir().toString())));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains(stray + ":1: warning: a Markdown file outside documents/ is not"
        + " read"), printed);
    assertFalse(printed.contains("README.md"), printed);
  }

  /** A document kept elsewhere in the corpus and linked into documents/ is read, so no warning. */
  @Test
  void aFileALinkInTheDocumentsFolderPointsToIsNotWarnedOf() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst.\n"));
    Path linked = Files.createDirectories(corpus.dir().resolve("archive")).resolve("linked.md");
    Files.writeString(linked, TempCorpus.doc("linked", "", "Tekst.\n"));
    Path stray = linked.resolveSibling("stray.md");
    Files.writeString(stray, TempCorpus.doc("stray", "", "Tekst.\n"));
    Files.createSymbolicLink(corpus.dir().resolve("documents/linked.md"), linked);

    assertEquals(0, main.run(List.of("validate", "--corpus", corpus.dir().toString())));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertFalse(printed.contains(linked.toString()), printed);
    assertTrue(printed.contains(stray + ":1: warning: a Markdown file outside documents/ is not"
        + " read"), printed);
    assertTrue(printed.contains("2 documents"), printed);
  }

  @Test
  void buildAndUpdatePrintTheWarningsValidatePrints() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("doc-a.md", TempCorpus.doc("doc-a", "", LanguageCheckTest.ENGLISH));
    String warning = corpus.dir().resolve("documents").resolve("doc-a.md")
        + ":5: warning: the text reads as English, but 'language' is 'nl'";
    Path index = temp.resolve("index");
    for (String command : List.of("build", "update")) {
      out.reset();
      assertEquals(0, main.run(List.of(command, "--corpus", corpus.dir().toString(),
          "--index", index.toString())));
      assertTrue(out.toString(StandardCharsets.UTF_8).contains(warning), command + ": " + out);
    }
  }

  @Test
  void validateWarnsOfATranslationTaggedDifferentlyAtTheFieldsLineWithoutFailing() {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("pair-nl.md", TempCorpus.doc("pair-nl",
            "benefits: [feeling-safer]\nevidence: reported\n" + SOURCE, "Tekst.\n"))
        .document("pair-en.md", TempCorpus.doc("pair-en",
            "benefits: [feeling-safer, crime-reduction]\nevidence: reported\n"
                + "translation: pair-nl\n" + SOURCE, "Text.\n")
            .replace("language: nl", "language: en"));
    assertEquals(0, main.run(List.of("validate", "--corpus", corpus.dir().toString())));
    String printed = out.toString(StandardCharsets.UTF_8);
    Path docs = corpus.dir().resolve("documents");
    assertTrue(printed.contains(docs.resolve("pair-en.md") + ":9: warning: 'benefits' differs"
        + " from the translation " + docs.resolve("pair-nl.md") + ": only here: crime-reduction;"
        + " only in the translation: none;"), printed);
    assertFalse(printed.contains("'evidence'"), printed);
    assertTrue(printed.contains("are valid (1 warning above"), printed);
  }

  @Test
  void theWarningsOfValidFilesAreToldWhenAnotherFileHasAProblem() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("doc-a.md", TempCorpus.doc("doc-a", "", LanguageCheckTest.ENGLISH))
        .document("kapot.md", TempCorpus.doc("kapot", "", "Tekst.\n")
            .replace("year: 2014", "year: 3000"));
    String language = corpus.dir().resolve("documents").resolve("doc-a.md")
        + ":5: warning: the text reads as English, but 'language' is 'nl'";
    Path index = temp.resolve("index");
    for (String command : List.of("validate", "build", "update")) {
      out.reset();
      List<String> args = command.equals("validate")
          ? List.of(command, "--corpus", corpus.dir().toString())
          : List.of(command, "--corpus", corpus.dir().toString(), "--index", index.toString());
      assertEquals(1, main.run(args), command);
      String printed = out.toString(StandardCharsets.UTF_8);
      assertTrue(printed.contains(language), command + ": " + printed);
      assertTrue(printed.contains("kapot.md:6: "), command + ": " + printed);
    }
  }

  @Test
  void validateListsEveryBrokenFileAsPathLineAndExitsOne() {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("good.md", TempCorpus.doc("good", "", "Tekst.\n"))
        .document("bad1.md", TempCorpus.doc("bad1", "forms: [x]\n", "Tekst.\n"))
        .document("bad2.md", "---\nid: bad2\n---\nTekst.\n");
    assertEquals(1, main.run(List.of("validate", "--corpus", corpus.dir().toString())));
    String printed = out.toString(StandardCharsets.UTF_8);
    Path docs = corpus.dir().resolve("documents");
    assertTrue(printed.contains(docs.resolve("bad1.md") + ":9: field 'forms' is given twice"),
        printed);
    assertTrue(printed.contains(docs.resolve("bad2.md") + ":2: required field 'title' is missing"),
        printed);
    assertTrue(!printed.contains("good.md"), printed);
    assertTrue(!printed.contains("Exception"), printed);
  }

  @Test
  void buildWritesAnIndexStampedWithTheCorpusFingerprint() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst.\n"));
    Path index = temp.resolve("index");
    assertEquals(0, main.run(List.of("build", "--corpus", corpus.dir().toString(),
        "--index", index.toString())));
    IndexCommitInfo info = IndexCommitInfo.read(index).orElseThrow();
    assertEquals(1, info.documents());
    assertTrue(info.taxonomyYaml().contains("citizen-surveillance"));
  }

  @Test
  void buildOfABrokenCorpusLeavesTheExistingIndexUntouched() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst.\n"));
    Path index = temp.resolve("index");
    assertEquals(0, main.run(List.of("build", "--corpus", corpus.dir().toString(),
        "--index", index.toString())));
    Map<String, Long> before = snapshot(index);

    corpus.document("doc-b.md", "---\nid: b\n---\n");
    assertEquals(1, main.run(List.of("build", "--corpus", corpus.dir().toString(),
        "--index", index.toString())));

    assertEquals(before, snapshot(index));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("build refused"));
  }

  @Test
  void aCorpusWithoutDocumentsIsRefusedAndTheIndexKeepsItsDocuments() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst.\n"));
    Path index = temp.resolve("index");
    assertEquals(0, main.run(List.of("build", "--corpus", corpus.dir().toString(),
        "--index", index.toString())));
    Map<String, Long> before = snapshot(index);
    Files.delete(corpus.dir().resolve("documents/doc-a.md"));
    out.reset();

    for (String command : List.of("validate", "update", "build")) {
      List<String> args = command.equals("validate")
          ? List.of(command, "--corpus", corpus.dir().toString())
          : List.of(command, "--corpus", corpus.dir().toString(), "--index", index.toString());
      assertEquals(1, main.run(args), command);
    }

    assertEquals(before, snapshot(index));
    assertEquals(1, IndexCommitInfo.read(index).orElseThrow().documents());
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("documents:1: the folder documents/ holds no documents (.md files);"
        + " is this the right corpus folder? An index built from it would be empty"), printed);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("update refused"));
  }

  @Test
  void updateWritesOnlyWhatChangedAndEndsWithTheSummary() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst.\n"))
        .document("doc-b.md", TempCorpus.doc("doc-b", "", "Tekst.\n"))
        .document("doc-c.md", TempCorpus.doc("doc-c", "", "Tekst.\n"));
    Path index = temp.resolve("index");
    assertEquals(0, main.run(List.of("build", "--corpus", corpus.dir().toString(),
        "--index", index.toString())));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains(
        "build: 3 added, 0 changed, 0 removed, 0 skipped (unchanged), 0 errors in "));

    corpus.document("doc-b.md", TempCorpus.doc("doc-b", "", "Andere tekst.\n"))
        .document("doc-d.md", TempCorpus.doc("doc-d", "", "Tekst.\n"));
    Files.delete(corpus.dir().resolve("documents/doc-c.md"));
    out.reset();
    assertEquals(0, main.run(List.of("update", "--corpus", corpus.dir().toString(),
        "--index", index.toString())));

    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.startsWith(
        "update: 1 added, 1 changed, 1 removed, 1 skipped (unchanged), 0 errors in "), printed);
    assertTrue(printed.contains("; 3 documents in the index"), printed);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("writing: 3 documents"),
        "progress lines when the output is not a terminal: " + err);
    assertEquals(3, IndexCommitInfo.read(index).orElseThrow().documents());
  }

  @Test
  void updateOfAnUnchangedCorpusWritesNothing() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst.\n"));
    Path index = temp.resolve("index");
    assertEquals(0, main.run(List.of("build", "--corpus", corpus.dir().toString(),
        "--index", index.toString())));
    Map<String, Long> before = snapshot(index);
    out.reset();

    assertEquals(0, main.run(List.of("update", "--corpus", corpus.dir().toString(),
        "--index", index.toString())));

    assertTrue(out.toString(StandardCharsets.UTF_8).contains(
        "0 added, 0 changed, 0 removed, 1 skipped (unchanged), 0 errors"), out.toString());
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("nothing written"));
    assertEquals(before, snapshot(index));
  }

  @Test
  void updateOfABrokenCorpusLeavesTheIndexByteForByte() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst.\n"));
    Path index = temp.resolve("index");
    assertEquals(0, main.run(List.of("build", "--corpus", corpus.dir().toString(),
        "--index", index.toString())));
    Map<String, Long> before = snapshot(index);

    corpus.document("doc-a.md", TempCorpus.doc("doc-a", "", "Gewijzigd.\n"))
        .document("doc-b.md", "---\nid: b\n---\n")
        .document("doc-c.md", TempCorpus.doc("doc-c", "parent: nowhere\n", "Tekst.\n"));
    out.reset();
    assertEquals(1, main.run(List.of("update", "--corpus", corpus.dir().toString(),
        "--index", index.toString())));

    assertEquals(before, snapshot(index));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("update refused"));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("parent 'nowhere' is not the id of any document"), printed);
    assertTrue(printed.contains("refused (the corpus has problems): 0 added, 0 changed, 0 removed,"
        + " 0 skipped (unchanged), "), printed);
  }

  @Test
  void aSecondWriterIsRefusedWithAClearMessageAndNoStackTrace() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst.\n"));
    Path index = temp.resolve("index");
    assertEquals(0, main.run(List.of("build", "--corpus", corpus.dir().toString(),
        "--index", index.toString())));
    corpus.document("doc-b.md", TempCorpus.doc("doc-b", "", "Tekst.\n"));
    Map<String, Long> before = snapshot(index);

    try (Directory directory = FSDirectory.open(index);
        IndexWriter other = new IndexWriter(directory, new IndexWriterConfig())) {
      for (String command : List.of("update", "build")) {
        err.reset();
        assertEquals(3, main.run(List.of(command, "--corpus", corpus.dir().toString(),
            "--index", index.toString())), command);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("error: another build or update is writing to " + index),
            message);
        assertFalse(message.contains("Exception") || message.contains("\tat "), message);
      }
      other.rollback();
    }
    assertEquals(before, snapshot(index));
  }

  /**
   * The console saves a document and re-indexes (an incremental update, as the server's
   * {@code Reindexer} does) at the moment a build or update has just read the corpus: the
   * re-index either waits its turn (refused as busy, so the console does not call the document
   * searchable) or commits, and then the build or update must not take the document out again.
   */
  @Test
  void aDocumentTheServerIndexesWhileACommandReadsTheCorpusIsNotDroppedByIt() throws IOException {
    for (String command : List.of("build", "update")) {
      Path parent = Files.createDirectories(temp.resolve(command));
      TempCorpus corpus = TempCorpus.create(parent)
          .document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst.\n"));
      Path index = parent.resolve("index");
      assertEquals(0, main.run(List.of("build", "--corpus", corpus.dir().toString(),
          "--index", index.toString())));
      StringBuilder serverReindex = new StringBuilder();
      IndexerMain racing = new IndexerMain(new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8), dir -> {
            CorpusLoader.Result read = CorpusLoader.load(dir);
            corpus.document("doc-new.md", TempCorpus.doc("doc-new", "", "Nieuw.\n"));
            try {
              IndexUpdater.update(CorpusLoader.load(dir).orThrow(), index, IndexProgress.NONE);
              serverReindex.append("committed");
            } catch (IndexBusyException e) {
              serverReindex.append("busy");
            } catch (ValidationException e) {
              throw new AssertionError(e);
            }
            return read;
          });

      assertEquals(0, racing.run(List.of(command, "--corpus", corpus.dir().toString(),
          "--index", index.toString())), command + ": " + err);

      if (serverReindex.toString().equals("committed")) {
        assertEquals(2, IndexCommitInfo.read(index).orElseThrow().documents(),
            command + " dropped the document the re-index had committed");
      } else {
        assertEquals("busy", serverReindex.toString(), command);
      }
    }
  }

  @Test
  void validateWarnsOfOutdatedVocabularyTablesAtTheGuidesLineWithoutFailing() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst.\n"));
    Path guide = corpus.dir().resolve("README.md");
    Files.writeString(guide, "# Gids\n\n" + VocabularyDocument.START + "\noud\n"
        + VocabularyDocument.END + "\n");
    assertEquals(0, main.run(List.of("validate", "--corpus", corpus.dir().toString())));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains(guide + ":4: warning: the vocabulary tables of this guide differ"
        + " from taxonomy.yml from this line on"), printed);
    assertTrue(printed.contains("; run: " + IndexerCommand.current() + " vocabulary --corpus "
        + corpus.dir() + "\n"), printed);
    assertFalse(printed.contains("indexer/target/indexer.jar"), "the jar as run: " + printed);

    assertEquals(0, main.run(List.of("vocabulary", "--corpus", corpus.dir().toString())));
    out.reset();
    assertEquals(0, main.run(List.of("validate", "--corpus", corpus.dir().toString())));
    assertFalse(out.toString(StandardCharsets.UTF_8).contains("warning"), out.toString());
  }

  @Test
  void vocabularyCheckTakesOnlyTrueOrFalseAndOnlyFalseWrites() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp);
    Path guide = corpus.dir().resolve("README.md");
    String outdated = "# Gids\n\n" + VocabularyDocument.START + "\noud\n" + VocabularyDocument.END
        + "\n";
    Files.writeString(guide, outdated);

    for (String value : List.of("yes", "TRUE", "1", "")) {
      err.reset();
      assertEquals(2, main.run(List.of("vocabulary", "--corpus", corpus.dir().toString(),
          "--check", value)), value);
      assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(
          "error: --check must be true or false, not '" + value + "'"), err.toString());
      assertEquals(outdated, Files.readString(guide), value);
    }
    err.reset();
    assertEquals(1, main.run(List.of("vocabulary", "--corpus", corpus.dir().toString(),
        "--check", "true")));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(guide + ":4: the vocabulary"
        + " differs from taxonomy.yml"), "the line of the first difference: " + err);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("; run: " + IndexerCommand.current()
        + " vocabulary --corpus " + corpus.dir() + "\n"), "the command as run: " + err);
    assertEquals(outdated, Files.readString(guide));
    assertEquals(0, main.run(List.of("vocabulary", "--corpus", corpus.dir().toString(),
        "--check", "false")));
    assertTrue(Files.readString(guide).contains("citizen-surveillance"));
  }

  @Test
  void aCorpusFolderThatIsMissingOrAFileIsACommandLineErrorThatSaysSo() throws IOException {
    Path missing = temp.resolve("nonexistent");
    Path file = Files.writeString(temp.resolve("corpus.txt"), "tekst");
    for (String command : List.of("validate", "build", "update", "vocabulary")) {
      for (Path corpus : List.of(missing, file)) {
        err.reset();
        List<String> args = command.equals("build") || command.equals("update")
            ? List.of(command, "--corpus", corpus.toString(), "--index", temp.resolve("index")
                .toString())
            : List.of(command, "--corpus", corpus.toString());
        assertEquals(2, main.run(args), command + " " + corpus);
        String expected = "error: the corpus folder " + corpus
            + (corpus.equals(missing) ? " does not exist" : " is not a folder");
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(expected), err.toString());
      }
    }
    assertFalse(Files.exists(temp.resolve("index")));
  }

  @Test
  void anIndexFolderThatIsTheCorpusOrInsideItIsRefusedAndNothingIsWritten() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst.\n"));
    List<Path> before = everyFile(corpus.dir());
    for (Path index : List.of(corpus.dir(), corpus.dir().resolve("index"),
        corpus.dir().resolve("documents"), temp.resolve("elsewhere/../corpus/documents/index"))) {
      for (String command : List.of("build", "update")) {
        err.reset();
        assertEquals(2, main.run(List.of(command, "--corpus", corpus.dir().toString(),
            "--index", index.toString())), command + " " + index);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith("error: the index folder " + index + " is "), message);
        assertTrue(message.contains("; give --index a folder outside the corpus, such as"
            + " data/index"), message);
      }
    }
    assertEquals(before, everyFile(corpus.dir()));
    assertFalse(Files.exists(corpus.dir().resolve("index")));
  }

  @Test
  void anIndexFolderHoldingOtherFilesIsRefusedButAnEmptyOneIsBuiltIn() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst.\n"));
    Path notes = Files.createDirectories(temp.resolve("notes"));
    Files.writeString(notes.resolve("boodschappen.txt"), "melk");
    assertEquals(2, main.run(List.of("build", "--corpus", corpus.dir().toString(),
        "--index", notes.toString())));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error: the index folder " + notes
        + " holds files that are not an index's (such as boodschappen.txt); give --index a new or"
        + " empty folder, or the folder of an index"), err.toString());
    try (Stream<Path> files = Files.list(notes)) {
      assertEquals(List.of(notes.resolve("boodschappen.txt")), files.toList());
    }

    Path empty = Files.createDirectories(temp.resolve("empty"));
    assertEquals(0, main.run(List.of("build", "--corpus", corpus.dir().toString(),
        "--index", empty.toString())));
    assertEquals(0, main.run(List.of("build", "--corpus", corpus.dir().toString(),
        "--index", empty.toString())), "an index is built over again: " + err);
  }

  @Test
  void aRefusedFirstBuildLeavesNoIndexFolderBehind() {
    TempCorpus corpus = TempCorpus.create(temp).document("doc-b.md", "---\nid: b\n---\n");
    Path index = temp.resolve("index");
    for (String command : List.of("build", "update")) {
      assertEquals(1, main.run(List.of(command, "--corpus", corpus.dir().toString(),
          "--index", index.toString())), command);
      assertFalse(Files.exists(index), command);
    }
  }

  @Test
  void helpPrintsTheUsageWithItsOptionsExplainedAndExitsZero() {
    for (List<String> args : List.of(List.of("--help"), List.of("-h"), List.of("help"),
        List.of("build", "--help"), List.of("validate", "--corpus", "x", "-h"))) {
      out.reset();
      err.reset();
      assertEquals(0, main.run(args), args.toString());
      String usage = out.toString(StandardCharsets.UTF_8);
      assertTrue(usage.contains("Usage:"), usage);
      assertTrue(usage.contains("\n  " + IndexerCommand.current() + " validate --corpus DIR\n"),
          "the command as run: " + usage);
      assertTrue(usage.contains("--index DIR     the index folder"), usage);
      assertTrue(usage.contains("--check true    vocabulary only"), usage);
      assertTrue(usage.contains("update       validates, then writes only"), usage);
      assertEquals("", err.toString(StandardCharsets.UTF_8), "help is no error");
    }
  }

  @Test
  void vocabularyWithoutTheGuideOrItsMarkersSaysWhatToFixWithoutAStackTrace() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp);
    Path guide = corpus.dir().resolve("README.md");
    List<String> command = List.of("vocabulary", "--corpus", corpus.dir().toString());

    assertEquals(1, main.run(command));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(guide + ": the corpus guide is"
        + " missing"), err.toString(StandardCharsets.UTF_8));

    Files.writeString(guide, "# Gids\n\nTekst.\n");
    err.reset();
    assertEquals(1, main.run(command));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(guide + ":1: the guide has"
        + " neither marker line of the vocabulary; put the line " + VocabularyDocument.START),
        err.toString(StandardCharsets.UTF_8));

    Files.writeString(guide, "# Gids\n\n" + VocabularyDocument.START + "\noud\n");
    err.reset();
    assertEquals(1, main.run(command));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(guide + ":3: the guide has the"
        + " start marker but no end marker"), err.toString(StandardCharsets.UTF_8));
    assertFalse(err.toString(StandardCharsets.UTF_8).contains("Exception"));
    assertEquals("# Gids\n\n" + VocabularyDocument.START + "\noud\n", Files.readString(guide));
  }

  @Test
  void unknownCommandsAndOptionsAreUsageErrors() {
    assertEquals(2, main.run(List.of("frobnicate")));
    assertEquals(2, main.run(List.of("validate", "--corpse", "x")));
    assertEquals(2, main.run(List.of()));
  }

  private static List<Path> everyFile(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.sorted().toList();
    }
  }

  private static Map<String, Long> snapshot(Path dir) throws IOException {
    Map<String, Long> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path file : (Iterable<Path>) list::iterator) {
        files.put(file.getFileName().toString(), Files.size(file) * 31 + Files.readAllBytes(file)
            .length + java.util.Arrays.hashCode(Files.readAllBytes(file)));
      }
    }
    return files;
  }
}
