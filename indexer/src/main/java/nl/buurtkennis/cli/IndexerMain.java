package nl.buurtkennis.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import nl.buurtkennis.analysis.DutchCompounds;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.corpus.DocumentWarnings;
import nl.buurtkennis.index.CorpusSource;
import nl.buurtkennis.index.EnglishCount;
import nl.buurtkennis.index.IndexBuilder;
import nl.buurtkennis.index.IndexBusyException;
import nl.buurtkennis.index.IndexCommitInfo;
import nl.buurtkennis.index.IndexProgress;
import nl.buurtkennis.index.IndexUpdater;
import nl.buurtkennis.index.LogProgress;
import nl.buurtkennis.index.UpdateSummary;
import nl.buurtkennis.taxonomy.TaxonomyParser;
import nl.buurtkennis.taxonomy.VocabularyDocument;
import nl.buurtkennis.validation.Problem;
import nl.buurtkennis.validation.ValidationException;

/**
 * The indexer's command line: {@code validate --corpus DIR}, {@code build --corpus DIR --index DIR}
 * and {@code update --corpus DIR --index DIR}. Exit 0 on success, 1 when the corpus has problems or
 * the build failed, 2 for a wrong command line, 3 when another build or update is writing to the
 * index.
 */
public final class IndexerMain {
  /** Problems of a file or folder that is not there, which have no line to point at. */
  private static final Set<String> MISSING = Set.of("corpus.taxonomy.missing",
      "corpus.documents.missing");

  /** The help text; {@code COMMAND} stands for the command as it was run. */
  private static final String USAGE = """
      Usage:
        COMMAND validate --corpus DIR
        COMMAND build --corpus DIR --index DIR
        COMMAND update --corpus DIR --index DIR
        COMMAND vocabulary --corpus DIR [--check true]
        COMMAND --help

      Commands:
        validate     checks every document and the vocabulary; prints each problem as
                     path:line: message (and warnings, which do not fail it)
        build        validates, then writes the index anew from the whole corpus
        update       validates, then writes only the documents that changed
        vocabulary   rewrites the vocabulary tables of the corpus guide (README.md in the corpus)
                     from taxonomy.yml

      Options:
        --corpus DIR    the corpus folder (default: corpus)
        --index DIR     the index folder, build and update only (default: data/index); outside
                        the corpus folder, and new, empty or holding an index
        --check true    vocabulary only: says whether the guide is up to date, writes nothing;
                        --check false (the default) rewrites it
        -h, --help      prints this text (also after a command)

      Exit status: 0 done; 1 the corpus has problems or writing failed; 2 a wrong command line;
      3 another build or update is writing to the index.""";

  /** The help text with the command as this JVM runs the indexer. */
  static String usage() {
    return USAGE.replace("COMMAND", IndexerCommand.current());
  }

  private final PrintStream out;
  private final PrintStream err;
  private final CorpusReader corpusReader;

  /** How build and update read the corpus folder; a test puts a step into the reading. */
  @FunctionalInterface
  interface CorpusReader {
    CorpusLoader.Result read(Path corpusDir) throws IOException;
  }

  IndexerMain(PrintStream out, PrintStream err) {
    this(out, err, CorpusLoader::load);
  }

  IndexerMain(PrintStream out, PrintStream err, CorpusReader corpusReader) {
    this.out = out;
    this.err = err;
    this.corpusReader = corpusReader;
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(new IndexerMain(out, err).run(List.of(args)));
  }

  int run(List<String> args) {
    if (args.isEmpty()) {
      err.println(usage());
      return 2;
    }
    if (args.get(0).equals("help") || args.contains("--help") || args.contains("-h")) {
      out.println(usage());
      return 0;
    }
    try {
      List<String> options = args.subList(1, args.size());
      return switch (args.get(0)) {
        case "validate" -> validate(CliArgs.parse(options, List.of("corpus")));
        case "build" -> write(CliArgs.parse(options, List.of("corpus", "index")), false);
        case "update" -> write(CliArgs.parse(options, List.of("corpus", "index")), true);
        case "vocabulary" -> vocabulary(CliArgs.parse(options, List.of("corpus", "check")));
        default -> throw new CliArgs.UsageException("unknown command '" + args.get(0) + "'");
      };
    } catch (CliArgs.UsageException e) {
      err.println("error: " + e.getMessage());
      err.println(usage());
      return 2;
    } catch (IndexBusyException e) {
      err.println("error: " + e.getMessage());
      return 3;
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
  }

  private int validate(CliArgs args) throws CliArgs.UsageException, IOException {
    Path corpus = args.path("corpus", "corpus");
    FolderArguments.checkCorpus(corpus);
    CorpusLoader.Result result = CorpusLoader.load(corpus);
    List<String> warnings = CorpusWarnings.of(corpus, result);
    warnings.forEach(out::println);
    if (!report(result.problems())) {
      return 1;
    }
    List<CorpusDocument> documents = result.corpus().orElseThrow().documents();
    out.println("ok: " + EnglishCount.of(documents.size(), "document") + " in " + corpus
        + (documents.size() == 1 ? " is" : " are") + " valid"
        + (warnings.isEmpty() ? "" : " (" + CorpusWarnings.count(warnings.size())
            + (warnings.size() == 1 ? " above, which does" : " above, which do")
            + " not fail it)"));
    return 0;
  }

  /**
   * A full build, or an incremental update: validates the whole corpus first (cross-references need
   * it) and refuses a corpus with problems without touching the index; ends with the summary. The
   * corpus is read once the index's write lock is held, so a re-index the server commits while
   * this command runs is never written over with an older reading of the corpus.
   */
  private int write(CliArgs args, boolean incremental)
      throws CliArgs.UsageException, IOException {
    long start = System.nanoTime();
    String command = incremental ? "update" : "build";
    Path corpus = args.path("corpus", "corpus");
    Path index = args.path("index", "data/index");
    FolderArguments.checkCorpus(corpus);
    FolderArguments.checkIndex(corpus, index);
    boolean hadIndex = holdsIndex(index);
    DutchCompounds.loadInBackground(); // while the corpus is read and checked
    IndexProgress progress = System.console() != null ? new TerminalProgressBar(err)
        : new LogProgress(err::println);
    AtomicReference<CorpusLoader.Result> reading = new AtomicReference<>();
    CorpusSource source = () -> {
      CorpusLoader.Result result = corpusReader.read(corpus);
      reading.set(result);
      return result.orThrow();
    };
    UpdateSummary summary;
    try {
      summary = incremental
          ? IndexUpdater.update(source, index, progress)
          : IndexBuilder.build(source, index, progress);
    } catch (ValidationException e) {
      printWarnings(corpus, reading.get());
      report(e.problems());
      err.println(command + " refused: fix the problems above; " + (hadIndex
          ? "the index in " + index + " was left as it was"
          : "no index was written (there was none in " + index + ")"));
      int errors = e.problems().size();
      out.println((hadIndex ? UpdateSummary.refused(errors, millisSince(start))
          : UpdateSummary.refusedWithoutIndex(errors, millisSince(start))).describe());
      return 1;
    } catch (IndexBusyException e) {
      throw e;
    } catch (IOException e) {
      err.println("error: " + IndexWriteError.describe(e, index));
      return 1;
    }
    printWarnings(corpus, reading.get());
    out.println(summary.withMillis(millisSince(start)).describe());
    return 0;
  }

  /** Whether {@code index} holds an index now; a folder that cannot be read counts as one. */
  private static boolean holdsIndex(Path index) {
    try {
      return IndexCommitInfo.read(index).isPresent();
    } catch (IOException e) {
      return true;
    }
  }

  /** The warnings validate prints, so that build and update do not hide them. */
  private void printWarnings(Path corpus, CorpusLoader.Result reading) throws IOException {
    if (reading != null) {
      CorpusWarnings.of(corpus, reading).forEach(out::println);
    }
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  /**
   * Regenerates the vocabulary part of the corpus guide (README.md in the corpus folder) from the
   * taxonomy; with {@code --check true} only says whether it is up to date.
   */
  private int vocabulary(CliArgs args) throws CliArgs.UsageException, IOException {
    Path corpus = args.path("corpus", "corpus");
    boolean check = args.flag("check", "true", "false");
    FolderArguments.checkCorpus(corpus);
    Path guide = corpus.resolve(CorpusLoader.GUIDE_FILE);
    Path taxonomyFile = corpus.resolve(CorpusLoader.TAXONOMY_FILE);
    if (!Files.isRegularFile(taxonomyFile)) {
      err.println(taxonomyFile + ": the vocabulary file taxonomy.yml is missing; the"
          + " vocabulary tables are made from it");
      return 1;
    }
    if (!Files.isRegularFile(guide)) {
      err.println(guide + ": the corpus guide is missing, so there is no place to write the"
          + " vocabulary to; put the guide (README.md of the corpus folder, as in the"
          + " repository) back, with its lines " + VocabularyDocument.START + " and "
          + VocabularyDocument.END);
      return 1;
    }
    TaxonomyParser.Result taxonomy = TaxonomyParser.parse(taxonomyFile,
        Files.readString(taxonomyFile, StandardCharsets.UTF_8));
    if (!report(taxonomy.problems())) {
      return 1;
    }
    String current = Files.readString(guide, StandardCharsets.UTF_8);
    Optional<String> missingPlace = VocabularyDocument.missingPlace(current);
    if (missingPlace.isPresent()) {
      err.println(guide + ":" + missingPlace.get());
      return 1;
    }
    String updated = VocabularyDocument.updateGuide(current, taxonomy.taxonomy().orElseThrow());
    if (current.equals(updated)) {
      out.println("ok: the vocabulary in " + guide + " is up to date");
      return 0;
    }
    if (check) {
      err.println(guide + ":" + DocumentWarnings.firstDifferentLine(current, updated)
          + ": the vocabulary"
          + " differs from taxonomy.yml from this line on; run: "
          + IndexerCommand.on("vocabulary", corpus));
      return 1;
    }
    Files.writeString(guide, updated, StandardCharsets.UTF_8);
    out.println("ok: rewrote the vocabulary in " + guide);
    return 0;
  }

  /** Prints every problem; true when there were none. */
  private boolean report(List<Problem> problems) {
    problems.forEach(p -> out.println(MISSING.contains(p.description().key())
        ? p.path() + ": " + p.message() : p.toString()));
    if (!problems.isEmpty()) {
      long files = problems.stream().map(Problem::path).distinct().count();
      err.println(EnglishCount.of(problems.size(), "problem") + " in "
          + EnglishCount.of(files, "file"));
    }
    return problems.isEmpty();
  }
}
