package nl.buurtkennis.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.buurtkennis.analysis.DutchCompounds;
import nl.buurtkennis.analysis.LanguageCheck;
import nl.buurtkennis.corpus.Corpus;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.corpus.TranslationTags;
import nl.buurtkennis.index.CorpusSource;
import nl.buurtkennis.index.IndexBuilder;
import nl.buurtkennis.index.IndexBusyException;
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
  static final String USAGE = """
      Usage:
        java -jar indexer.jar validate --corpus DIR
        java -jar indexer.jar build --corpus DIR --index DIR
        java -jar indexer.jar update --corpus DIR --index DIR
        java -jar indexer.jar vocabulary --corpus DIR [--check true]
        java -jar indexer.jar --help

      Commands:
        validate     checks every document and the vocabulary; prints each problem as
                     path:line: message (and warnings, which do not fail it: a text that
                     reads as the other language, a translation tagged differently)
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
      err.println(USAGE);
      return 2;
    }
    if (args.get(0).equals("help") || args.contains("--help") || args.contains("-h")) {
      out.println(USAGE);
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
      err.println(USAGE);
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
    if (!report(result.problems())) {
      return 1;
    }
    List<CorpusDocument> documents = result.corpus().orElseThrow().documents();
    int warnings = warnOfLanguage(corpus, documents)
        + warnOfTranslationTags(corpus, result.corpus().orElseThrow());
    out.println("ok: " + documents.size() + " documents in " + corpus + " are valid"
        + (warnings == 0 ? "" : " (" + warnings + " warning(s) above, which do not fail it)"));
    return 0;
  }

  /**
   * Prints {@code path:line: warning: ...} for every document whose text reads clearly as the
   * other language than its {@code language}, which decides how it is analysed for search; a
   * notice only, as a document may quote the other language. Returns how many were printed.
   */
  private int warnOfLanguage(Path corpus, List<CorpusDocument> documents) throws IOException {
    int warnings = 0;
    for (CorpusDocument doc : documents) {
      Optional<String> other = LanguageCheck.otherLanguage(doc.language(), doc.bodyText());
      if (other.isPresent()) {
        Path file = corpus.resolve(doc.path());
        out.println(file + ":" + lineOf(file, "language", 1) + ": warning: the text reads as "
            + NAMES.get(other.get()) + ", but 'language' is '" + doc.language() + "'; the"
            + " language decides how the text is searched, so if the text is "
            + NAMES.get(other.get()) + " write language: " + other.get());
        warnings++;
      }
    }
    return warnings;
  }

  private static final Map<String, String> NAMES = Map.of("nl", "Dutch", "en", "English");

  /**
   * Prints {@code path:line: warning: ...} for every field on which a document and its
   * translation differ ({@link TranslationTags}), at that field's line (the {@code translation}
   * line when only the translation has the field), once per pair. Returns how many were printed.
   */
  private int warnOfTranslationTags(Path corpusDir, Corpus corpus) throws IOException {
    List<TranslationTags.Difference> differences = TranslationTags.differences(corpus);
    for (TranslationTags.Difference difference : differences) {
      Path file = corpusDir.resolve(difference.document().path());
      int line = lineOf(file, difference.field(), lineOf(file, "translation", 1));
      out.println(file + ":" + line + ": warning: '" + difference.field() + "' differs from the"
          + " translation " + corpusDir.resolve(difference.translation().path()) + ": only here: "
          + listed(difference.onlyInDocument()) + "; only in the translation: "
          + listed(difference.onlyInTranslation()) + "; a translation is the same document,"
          + " so give both the same values");
    }
    return differences.size();
  }

  private static String listed(List<String> values) {
    return values.isEmpty() ? "none" : String.join(", ", values);
  }

  /** The line of {@code key} in a document file's front matter, or {@code fallback}. */
  private static int lineOf(Path file, String key, int fallback) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
      if (lines.get(i).startsWith(key + ":")) {
        return i + 1;
      }
    }
    return fallback;
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
    DutchCompounds.loadInBackground(); // while the corpus is read and checked
    IndexProgress progress = System.console() != null ? new TerminalProgressBar(err)
        : new LogProgress(err::println);
    CorpusSource source = () -> corpusReader.read(corpus).orThrow();
    UpdateSummary summary;
    try {
      summary = incremental
          ? IndexUpdater.update(source, index, progress)
          : IndexBuilder.build(source, index, progress);
    } catch (ValidationException e) {
      report(e.problems());
      err.println(command + " refused: fix the problems above; the index in " + index
          + " was left as it was");
      out.println(UpdateSummary.refused(e.problems().size(), millisSince(start)).describe());
      return 1;
    } catch (IndexBusyException e) {
      throw e;
    } catch (IOException e) {
      err.println("error: " + IndexWriteError.describe(e, index));
      return 1;
    }
    out.println(summary.withMillis(millisSince(start)).describe());
    return 0;
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
    if (check) {
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
