package nl.buurtkennis.corpus;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.buurtkennis.taxonomy.Taxonomy;
import nl.buurtkennis.taxonomy.TaxonomyParser;
import nl.buurtkennis.validation.Problem;
import nl.buurtkennis.validation.ProblemMessage;
import nl.buurtkennis.validation.ValidationException;

/**
 * Reads a corpus folder ({@code taxonomy.yml} and {@code documents/**}/*.md), validates every file
 * and the links between them, and reports all problems found in one pass.
 */
public final class CorpusLoader {
  public static final String TAXONOMY_FILE = "taxonomy.yml";
  public static final String DOCUMENTS_DIR = "documents";
  public static final String GUIDE_FILE = "README.md";
  public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

  private final Path corpusDir;
  private final List<Problem> problems = new ArrayList<>();
  private final List<Problem> warnings = new ArrayList<>();

  /**
   * The outcome of reading a corpus: the corpus when it is valid, every problem found, and the
   * warnings: what is probably a mistake but does not stop the corpus from being indexed.
   *
   * @param readable the valid documents, also when other files have problems (the whole corpus
   *     when there are none), so that their warnings are told in the same run; empty when the
   *     taxonomy or documents/ could not be read
   */
  public record Result(Optional<Corpus> corpus, List<Problem> problems, List<Problem> warnings,
      Optional<Corpus> readable) {
    public Corpus orThrow() throws ValidationException {
      if (corpus.isEmpty()) {
        throw new ValidationException(problems);
      }
      return corpus.get();
    }
  }

  /** Whether the parsed documents are dropped after their checks (see {@link #scan}). */
  private final boolean linksOnly;
  /** The links of every document read, in the corpus order, when {@link #linksOnly}. */
  private final List<DocumentLinks> scanned = new ArrayList<>();

  private CorpusLoader(Path corpusDir, boolean linksOnly) {
    this.corpusDir = corpusDir;
    this.linksOnly = linksOnly;
  }

  public static Result load(Path corpusDir) throws IOException {
    return new CorpusLoader(corpusDir, false).run();
  }

  /**
   * What {@link #scan} found: the outcome of the same checks as {@link #load} (its corpus, when
   * valid, without documents but with the taxonomy, fingerprint and stamp), and the links of
   * every document in the corpus order, for a caller that parses the documents again in batches.
   */
  public record Scan(Result result, List<DocumentLinks> links) {}

  /**
   * Reads and checks the corpus as {@link #load} does, but keeps only each document's links
   * (id, path, language, parent, translation) instead of the parsed documents: for the
   * benchmark's build of a corpus too large to hold parsed (see {@code IndexBuilder.
   * buildInBatches}). Not a path of the product's own builds.
   */
  public static Scan scan(Path corpusDir) throws IOException {
    CorpusLoader loader = new CorpusLoader(corpusDir, true);
    Result result = loader.run();
    return new Scan(result, List.copyOf(loader.scanned));
  }

  private Result run() throws IOException {
    String stamp = CorpusStamp.of(corpusDir);
    MessageDigest digest = sha256();
    Path taxonomyPath = corpusDir.resolve(TAXONOMY_FILE);
    if (!Files.isRegularFile(taxonomyPath)) {
      problems.add(new Problem(taxonomyPath, 1, "corpus.taxonomy.missing"));
      return result(Optional.empty());
    }
    Optional<byte[]> taxonomyBytes = readFile(taxonomyPath);
    if (taxonomyBytes.isEmpty()) {
      return result(Optional.empty());
    }
    update(digest, TAXONOMY_FILE, taxonomyBytes.get());
    Optional<String> taxonomyText = CorpusText.decode(taxonomyBytes.get(),
        (line, message) -> problems.add(new Problem(taxonomyPath, line, message)));
    if (taxonomyText.isEmpty()) {
      return result(Optional.empty());
    }
    TaxonomyParser.Result parsedTaxonomy = TaxonomyParser.parse(taxonomyPath, taxonomyText.get());
    problems.addAll(parsedTaxonomy.problems());
    warnings.addAll(parsedTaxonomy.warnings());
    if (parsedTaxonomy.taxonomy().isEmpty()) {
      return result(Optional.empty());
    }
    Taxonomy taxonomy = parsedTaxonomy.taxonomy().get();

    Path documentsDir = corpusDir.resolve(DOCUMENTS_DIR);
    if (!Files.isDirectory(documentsDir)) {
      problems.add(new Problem(documentsDir, 1, "corpus.documents.missing"));
      return result(Optional.empty());
    }
    List<Path> files = listFiles(documentsDir);
    warnOfDocumentsOutside(documentsDir, linkTargets(files));
    if (files.isEmpty()) {
      // An index built from no documents is an empty site: far more often a wrong --corpus
      // folder or an emptied one than a wish, so it is refused like any other problem.
      problems.add(new Problem(documentsDir, 1, "corpus.documents.empty"));
    }
    Map<String, DocumentParser.Result> parsed = new LinkedHashMap<>();
    Map<Path, Optional<DocumentLinks>> linksByFile = new LinkedHashMap<>();
    // a document's file is named after its id: what a link to its page is checked against
    Set<String> fileIds = files.stream().map(f -> f.getFileName().toString())
        .map(name -> name.substring(0, name.length() - ".md".length()))
        .collect(Collectors.toSet());
    for (Path file : files) {
      String relative = corpusDir.relativize(file).toString().replace('\\', '/');
      Optional<byte[]> bytes = readFile(file);
      Optional<DocumentLinks> links = Optional.empty();
      if (bytes.isPresent()) {
        update(digest, relative, bytes.get());
        DocumentParser.Result result = parse(taxonomy, file, relative, bytes.get(),
            fileIds::contains);
        problems.addAll(result.problems());
        warnings.addAll(result.warnings());
        links = result.links().filter(l -> l.id() != null);
        if (linksOnly) {
          result.links().ifPresent(scanned::add);
          result = new DocumentParser.Result(Optional.empty(), result.problems(),
              result.links(), result.warnings());
        }
        parsed.put(relative, result);
      }
      linksByFile.put(file, links);
    }
    Set<String> namedAfterTheirId = CrossReferences.namedAfterTheirId(parsed);
    // a copy is not told to take its id as name: that is the file it is a copy of
    linksByFile.forEach((file, links) -> {
      if (!links.filter(l -> CrossReferences.isCopy(l, namedAfterTheirId)).isPresent()) {
        checkFileName(file, links);
      }
    });
    problems.addAll(
        SharedUnknownConcepts.of(problems, corpusDir.resolve(TAXONOMY_FILE), corpusDir));
    List<CorpusDocument> documents = new CrossReferences(parsed, corpusDir, problems).check();
    String fingerprint = HexFormat.of().formatHex(digest.digest());
    return result(Optional.of(new Corpus(taxonomy, documents, fingerprint, stamp)));
  }

  /** Other extensions of Markdown, which the console's upload takes as well. */
  private static final List<String> MARKDOWN_EXTENSIONS = List.of("markdown", "mdown", "mkd",
      "mkdn", "mdwn");

  /**
   * Why a file that is no {@code .md} is not read: a Markdown file under another of its
   * extensions is told the extension the corpus needs; anything else is no document.
   */
  private static ProblemMessage notMarkdown(String name) {
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return MARKDOWN_EXTENSIONS.contains(extension)
        ? ProblemMessage.of("corpus.file.markdownextension", extension)
        : ProblemMessage.of("corpus.file.notmarkdown");
  }

  /**
   * Reports a file name that is not allowed at line 1, with the document's id as the name to
   * give it when the id could be read; an allowed name that is not the id at the id's line.
   */
  private void checkFileName(Path file, Optional<DocumentLinks> links) {
    String name = file.getFileName().toString();
    Optional<ProblemMessage> notAllowed = FileNames.checkDocument(name,
        links.map(DocumentLinks::id));
    if (notAllowed.isPresent()) {
      problems.add(new Problem(file, 1, notAllowed.get()));
      return;
    }
    links.ifPresent(l -> FileNames.checkNamedAfterId(name, l.id())
        .ifPresent(message -> problems.add(new Problem(file, l.idLine(), message))));
  }

  /**
   * A last line of defence, so that one file the parser cannot cope with is reported like any
   * other problem and the rest of the corpus is still checked in the same run.
   */
  private static DocumentParser.Result parse(Taxonomy taxonomy, Path file, String relative,
      byte[] bytes, Predicate<String> knownId) {
    try {
      return DocumentParser.parse(taxonomy, file, relative, bytes, knownId);
    } catch (RuntimeException e) {
      return DocumentParser.Result.unreadable(List.of(new Problem(file, 1,
          "corpus.file.unparsable", e.getClass().getSimpleName())));
    }
  }

  /**
   * Warns of a Markdown file in the corpus folder but outside documents/ (as corpus/practices/):
   * it is never read, so a document put there would be missing from search without a word.
   * The guide, corpus/README.md, is the one Markdown file that belongs there, and a file that a
   * link in documents/ points to ({@code linkTargets}) is read through that link.
   */
  private void warnOfDocumentsOutside(Path documentsDir, Set<Path> linkTargets)
      throws IOException {
    Path guide = corpusDir.resolve(GUIDE_FILE);
    Files.walkFileTree(corpusDir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
        boolean hidden = !dir.equals(corpusDir) && dir.getFileName().toString().startsWith(".");
        return hidden || dir.equals(documentsDir) ? FileVisitResult.SKIP_SUBTREE
            : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path path, BasicFileAttributes attributes) {
        String name = path.getFileName().toString();
        if (!name.startsWith(".") && name.toLowerCase(Locale.ROOT).endsWith(".md")
            && !path.equals(guide) && !linkTargets.contains(realPath(path))) {
          warnings.add(new Problem(path, 1, "corpus.file.outside"));
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path path, IOException e) {
        return FileVisitResult.CONTINUE; // only a warning is at stake; documents/ is read apart
      }
    });
  }

  /** The files the symbolic links among {@code files} point to, as real paths. */
  private static Set<Path> linkTargets(List<Path> files) {
    return files.stream().filter(Files::isSymbolicLink).map(CorpusLoader::realPath)
        .collect(Collectors.toSet());
  }

  /** {@code path} with every link resolved, or as it is when it cannot be (a dangling link). */
  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path;
    }
  }

  /** The Markdown files under documents/, in a stable order; hidden files and folders skipped. */
  private List<Path> listFiles(Path documentsDir) throws IOException {
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(documentsDir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
        if (dir.equals(documentsDir)) {
          return FileVisitResult.CONTINUE;
        }
        String name = dir.getFileName().toString();
        if (name.startsWith(".")) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        FileNames.checkFolder(name).ifPresent(message -> problems.add(new Problem(dir, 1,
            message)));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path path, BasicFileAttributes attributes) {
        String name = path.getFileName().toString();
        if (name.startsWith(".")) {
          return FileVisitResult.CONTINUE;
        }
        if (attributes.isSymbolicLink() && Files.isDirectory(path)) {
          Path target = linkTarget(path);
          problems.add(new Problem(path, 1, realPath(target).startsWith(realPath(corpusDir))
              ? "corpus.link.folder.inside" : "corpus.link.folder", target));
          return FileVisitResult.CONTINUE;
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(".md")) {
          LeftoverFiles.warning(name).ifPresentOrElse(
              warning -> warnings.add(new Problem(path, 1, warning)),
              () -> problems.add(new Problem(path, 1, notMarkdown(name))));
          return FileVisitResult.CONTINUE;
        }
        files.add(path); // its name is checked once its id is known, which a new name is made of
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path path, IOException e) {
        problems.add(new Problem(path, 1, "corpus.path.unreadable", FileNames.reason(e)));
        return FileVisitResult.CONTINUE;
      }
    });
    files.sort(null);
    return files;
  }

  /**
   * Where the symbolic link {@code link} leads, as its link says, seen from the link's folder;
   * the link itself when that cannot be read.
   */
  private static Path linkTarget(Path link) {
    try {
      Path folder = link.getParent();
      Path target = Files.readSymbolicLink(link);
      return folder == null ? target : folder.resolve(target).normalize();
    } catch (IOException | UnsupportedOperationException e) {
      return link;
    }
  }

  /** The folder {@code file} is in, as a message names it: with a separator at its end. */
  public static String folderOf(Path file) {
    Path folder = file.getParent();
    return folder == null ? "" : folder + File.separator;
  }

  private Optional<byte[]> readFile(Path file) {
    try {
      if (Files.isSymbolicLink(file)) {
        if (!Files.exists(file)) {
          problems.add(new Problem(file, 1, "corpus.link.missing"));
          return Optional.empty();
        }
        if (!file.toRealPath().startsWith(corpusDir.toRealPath())) {
          problems.add(new Problem(file, 1, "corpus.link.outside", folderOf(file),
              linkTarget(file)));
          return Optional.empty();
        }
      }
      if (!Files.isRegularFile(file)) {
        problems.add(new Problem(file, 1, "corpus.file.notfile"));
        return Optional.empty();
      }
      if (Files.size(file) > MAX_FILE_BYTES) {
        problems.add(new Problem(file, 1, "corpus.file.toolarge", MAX_FILE_BYTES / 1024 / 1024));
        return Optional.empty();
      }
      return Optional.of(Files.readAllBytes(file));
    } catch (IOException e) {
      problems.add(new Problem(file, 1, "corpus.file.unreadable", FileNames.reason(e)));
      return Optional.empty();
    }
  }

  private Result result(Optional<Corpus> corpus) {
    List<Problem> sorted = problems.stream().sorted().toList();
    return new Result(sorted.isEmpty() ? corpus : Optional.empty(), sorted,
        warnings.stream().sorted().toList(), corpus);
  }

  private static void update(MessageDigest digest, String name, byte[] bytes) {
    digest.update(name.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
