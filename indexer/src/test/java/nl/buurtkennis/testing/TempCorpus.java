package nl.buurtkennis.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A corpus folder for a test: the shipped vocabulary plus documents the test writes, so tests use
 * the real taxonomy ids without depending on the shipped documents.
 */
public final class TempCorpus {
  private final Path dir;

  private TempCorpus(Path dir) {
    this.dir = dir;
  }

  /** A corpus in {@code parent}/corpus with the shipped taxonomy.yml and no documents. */
  public static TempCorpus create(Path parent) {
    try {
      Path dir = Files.createDirectories(parent.resolve("corpus"));
      Files.createDirectories(dir.resolve("documents"));
      Files.copy(shippedCorpus().resolve("taxonomy.yml"), dir.resolve("taxonomy.yml"));
      return new TempCorpus(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The repository's own corpus folder, found from the module's working directory. */
  public static Path shippedCorpus() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("corpus").resolve("taxonomy.yml"))) {
        return p.resolve("corpus");
      }
    }
    throw new IllegalStateException("no corpus/taxonomy.yml above " + here);
  }

  /** The whole text of every shipped document file, front matter included, in path order. */
  public static List<String> shippedDocumentTexts() {
    try (Stream<Path> files = Files.walk(shippedCorpus().resolve("documents"))) {
      List<String> texts = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        texts.add(Files.readString(file));
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path dir() {
    return dir;
  }

  /** Writes {@code text} (UTF-8) to {@code documents/<name>}. */
  public TempCorpus document(String name, String text) {
    return bytes(name, text.getBytes(StandardCharsets.UTF_8));
  }

  public TempCorpus bytes(String name, byte[] bytes) {
    try {
      Path file = dir.resolve("documents").resolve(name);
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies {@code names} from the class path folder {@code folder} into documents/. */
  public TempCorpus resources(String folder, String... names) {
    for (String name : names) {
      try (InputStream in = TempCorpus.class.getResourceAsStream(folder + "/" + name)) {
        if (in == null) {
          throw new IllegalArgumentException("no test resource " + folder + "/" + name);
        }
        bytes(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return this;
  }

  /** A minimal valid document with the given id, extra front matter lines and body. */
  public static String doc(String id, String extraFrontMatter, String body) {
    return "---\n"
        + "id: " + id + "\n"
        + "title: Titel van " + id + "\n"
        + "type: practice\n"
        + "language: nl\n"
        + "year: 2014\n"
        + "summary: Een korte samenvatting.\n"
        + "forms: [mediation]\n"
        + extraFrontMatter
        + "---\n"
        + body;
  }
}
