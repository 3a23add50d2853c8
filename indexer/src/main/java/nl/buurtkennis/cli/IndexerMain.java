package nl.buurtkennis.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.index.IndexBuilder;
import nl.buurtkennis.taxonomy.TaxonomyParser;
import nl.buurtkennis.taxonomy.VocabularyDocument;
import nl.buurtkennis.validation.Problem;

/**
 * The indexer's command line: {@code validate --corpus DIR} and
 * {@code build --corpus DIR --index DIR}. Exit 0 on success, 1 when the corpus has problems or the
 * build failed, 2 for a wrong command line.
 */
public final class IndexerMain {
  static final String USAGE = """
      Usage:
        java -jar indexer.jar validate --corpus DIR
        java -jar indexer.jar build --corpus DIR --index DIR
        java -jar indexer.jar vocabulary --corpus DIR [--check true]
      Defaults: --corpus corpus, --index data/index""";

  private final PrintStream out;
  private final PrintStream err;

  IndexerMain(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(new IndexerMain(out, err).run(List.of(args)));
  }

  int run(List<String> args) {
    if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("help")) {
      (args.isEmpty() ? err : out).println(USAGE);
      return args.isEmpty() ? 2 : 0;
    }
    try {
      List<String> options = args.subList(1, args.size());
      return switch (args.get(0)) {
        case "validate" -> validate(CliArgs.parse(options, List.of("corpus")));
        case "build" -> build(CliArgs.parse(options, List.of("corpus", "index")));
        case "vocabulary" -> vocabulary(CliArgs.parse(options, List.of("corpus", "check")));
        default -> throw new CliArgs.UsageException("unknown command '" + args.get(0) + "'");
      };
    } catch (CliArgs.UsageException e) {
      err.println("error: " + e.getMessage());
      err.println(USAGE);
      return 2;
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
  }

  private int validate(CliArgs args) throws IOException {
    Path corpus = args.path("corpus", "corpus");
    CorpusLoader.Result result = CorpusLoader.load(corpus);
    if (!report(result.problems())) {
      return 1;
    }
    out.println("ok: " + result.corpus().orElseThrow().documents().size() + " documents in "
        + corpus + " are valid");
    return 0;
  }

  private int build(CliArgs args) throws IOException {
    Path corpus = args.path("corpus", "corpus");
    Path index = args.path("index", "data/index");
    CorpusLoader.Result result = CorpusLoader.load(corpus);
    if (!report(result.problems())) {
      err.println("build refused: fix the problems above; the index in " + index
          + " was left as it was");
      return 1;
    }
    IndexBuilder.Summary summary;
    try {
      summary = IndexBuilder.build(result.corpus().orElseThrow(), index);
    } catch (IOException e) {
      err.println("error: " + IndexWriteError.describe(e, index));
      return 1;
    }
    out.println("ok: indexed " + summary.documents() + " documents from " + corpus + " into "
        + index + " in " + summary.millis() + " ms");
    return 0;
  }

  /**
   * Regenerates the vocabulary part of the corpus guide (README.md in the corpus folder) from the
   * taxonomy; with {@code --check true} only says whether it is up to date.
   */
  private int vocabulary(CliArgs args) throws IOException {
    Path corpus = args.path("corpus", "corpus");
    Path guide = corpus.resolve("README.md");
    TaxonomyParser.Result taxonomy = TaxonomyParser.parse(corpus.resolve(CorpusLoader.TAXONOMY_FILE),
        Files.readString(corpus.resolve(CorpusLoader.TAXONOMY_FILE), StandardCharsets.UTF_8));
    if (!report(taxonomy.problems())) {
      return 1;
    }
    String current = Files.readString(guide, StandardCharsets.UTF_8);
    String updated = VocabularyDocument.updateGuide(current, taxonomy.taxonomy().orElseThrow());
    if (current.equals(updated)) {
      out.println("ok: the vocabulary in " + guide + " is up to date");
      return 0;
    }
    if (Boolean.parseBoolean(args.get("check", "false"))) {
      err.println(guide + ": the vocabulary differs from taxonomy.yml; run: java -jar"
          + " indexer/target/indexer.jar vocabulary --corpus " + corpus);
      return 1;
    }
    Files.writeString(guide, updated, StandardCharsets.UTF_8);
    out.println("ok: rewrote the vocabulary in " + guide);
    return 0;
  }

  /** Prints every problem; true when there were none. */
  private boolean report(List<Problem> problems) {
    problems.forEach(out::println);
    if (!problems.isEmpty()) {
      long files = problems.stream().map(Problem::path).distinct().count();
      err.println(problems.size() + " problem(s) in " + files + " file(s)");
    }
    return problems.isEmpty();
  }
}
