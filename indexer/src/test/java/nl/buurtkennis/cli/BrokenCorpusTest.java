package nl.buurtkennis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} over a corpus holding every kind of broken file at once (the committed ones in
 * {@code src/test/resources/broken/documents}, plus those a repository cannot hold sanely, made
 * here): each is reported as {@code path:line: message}, exactly as listed in {@code
 * broken/expected.txt}, in one run, with exit code 1 and no Java exception text.
 */
class BrokenCorpusTest {
  @TempDir
  Path temp;

  @Test
  void validateReportsEveryBrokenFileInOneRun() throws IOException, URISyntaxException {
    TempCorpus corpus = TempCorpus.create(temp.resolve("site"));
    Path documents = corpus.dir().resolve("documents");
    Path broken = resource("/broken/documents");
    try (Stream<Path> files = Files.walk(broken)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        Path copy = documents.resolve(broken.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
      }
    }
    corpus.bytes("latin1.md", TempCorpus.doc("latin1", "", "Co\u00f6rdinatie.\n")
            .getBytes(StandardCharsets.ISO_8859_1))
        .bytes("binary.md", png())
        .bytes("utf16.md", TempCorpus.doc("utf16", "", "Tekst.\n")
            .getBytes(StandardCharsets.UTF_16LE))
        .bytes("nul-bytes.md", "Tekst\u0000 zonder front matter.\n"
            .getBytes(StandardCharsets.UTF_8))
        .bytes("nul-in-text.md", TempCorpus.doc("nul-in-text", "", "Tekst\u0000.\n")
            .getBytes(StandardCharsets.UTF_8))
        .document("control-character.md", TempCorpus.doc("control-character", "", "Tekst.\n")
            .replace("title: Titel", "title: Ti\u0007tel"))
        .document("direction-character.md", TempCorpus.doc("direction-character", "",
            "Tekst.\n").replace("title: Titel", "title: Ti\u202Etel"))
        .document("line-separator.md", TempCorpus.doc("line-separator", "", "Tekst.\n")
            .replace("title: Titel", "title: Ti\u2028tel"))
        .bytes("too-large.md", tooLarge())
        .document("Buurt preventie.md", TempCorpus.doc("buurt-preventie", "", "Tekst.\n"))
        .document("caf\u00e9-overleg.md", TempCorpus.doc("cafe-overleg", "", "Tekst.\n"))
        .document("Mijn Map/goed.md", TempCorpus.doc("goed", "", "Tekst.\n"));
    Path outside = Files.writeString(temp.resolve("elsewhere.md"),
        TempCorpus.doc("elsewhere", "", "Tekst.\n"));
    Files.createSymbolicLink(documents.resolve("link-outside.md"), outside);
    Files.createSymbolicLink(documents.resolve("dangling-link.md"), temp.resolve("gone.md"));
    Files.createSymbolicLink(documents.resolve("folder-link.md"), documents.resolve("Mijn Map"));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = new IndexerMain(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8))
        .run(List.of("validate", "--corpus", corpus.dir().toString()));

    String printed = out.toString(StandardCharsets.UTF_8);
    List<String> reported = printed.lines()
        .map(line -> line.replace(corpus.dir() + "/", "").replace(temp + "/", "{temp}/"))
        .sorted().toList();
    List<String> expected = Files.readAllLines(resource("/broken/expected.txt")).stream()
        .map(line -> line.replace("1950 to this year", "1950 to " + Year.now()))
        .sorted().toList();
    assertEquals(String.join("\n", expected), String.join("\n", reported));
    assertEquals(1, exit);
    String everything = printed + err.toString(StandardCharsets.UTF_8);
    for (String javaText : List.of("Exception", "\tat ", "java.", "org.yaml", "snakeyaml")) {
      assertFalse(everything.contains(javaText), everything);
    }
  }

  @Test
  void byteOrderMarkAndWindowsLineEndsReadLikeTheirPlainTwin() throws IOException {
    String plain = TempCorpus.doc("twin", "keywords: [buurt, preventie]\n",
        "Inleiding.\n\n## Hoe het werkt\n\nBewoners lopen rondes.\n");
    String windows = "\uFEFF" + plain.replace("twin", "twin-crlf").replace("\n", "\r\n");
    TempCorpus corpus = TempCorpus.create(temp).document("twin.md", plain)
        .document("twin-crlf.md", windows);
    CorpusLoader.Result result = CorpusLoader.load(corpus.dir());
    assertEquals(List.of(), result.problems());
    CorpusDocument a = result.corpus().orElseThrow().document("twin").orElseThrow();
    CorpusDocument b = result.corpus().orElseThrow().document("twin-crlf").orElseThrow();
    assertEquals(a.title().replace("twin", "twin-crlf"), b.title());
    assertEquals(a.keywords(), b.keywords());
    assertEquals(a.sections(), b.sections());
    assertEquals(a.bodyText(), b.bodyText());
  }

  @Test
  void lineNumbersStayRightWithByteOrderMarkAndWindowsLineEnds() throws IOException {
    String broken = TempCorpus.doc("crlf", "issues: [inbraak]\n", "Tekst.\n");
    TempCorpus corpus = TempCorpus.create(temp)
        .document("lf.md", broken.replace("crlf", "lf"))
        .document("crlf.md", "\uFEFF" + broken.replace("\n", "\r\n"));
    List<String> lines = CorpusLoader.load(corpus.dir()).problems().stream()
        .map(p -> p.path().getFileName() + ":" + p.line()).toList();
    assertEquals(List.of("crlf.md:9", "lf.md:9"), lines);
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(BrokenCorpusTest.class.getResource(name).toURI());
  }

  /** A real PNG (a 1x1 image) saved under a .md name. */
  private static byte[] png() throws IOException {
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "png", bytes);
    return bytes.toByteArray();
  }

  /** A valid document of 20 MB: only its size is wrong. */
  private static byte[] tooLarge() {
    byte[] head = TempCorpus.doc("too-large", "", "").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[20 * 1024 * 1024];
    Arrays.fill(bytes, (byte) 'a');
    System.arraycopy(head, 0, bytes, 0, head.length);
    return bytes;
  }
}
