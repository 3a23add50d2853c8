package nl.buurtkennis.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.buurtkennis.corpus.Corpus;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.corpus.DocumentParser;
import nl.buurtkennis.corpus.DocumentWarnings;
import nl.buurtkennis.reindex.ReindexBusyException;
import nl.buurtkennis.reindex.ReindexOutcome;
import nl.buurtkennis.reindex.Reindexer;
import nl.buurtkennis.taxonomy.Taxonomy;
import nl.buurtkennis.taxonomy.TaxonomyParser;
import nl.buurtkennis.validation.ProblemMessage;

/**
 * Adds, replaces and removes corpus documents on behalf of the console and the admin API. Every
 * change is validated on a copy of the corpus first ({@link CorpusStaging}); only a change that
 * leaves the corpus valid is made, or one that repairs it in part without breaking anything
 * ({@link #repairs}), and then the index is brought up to date. One change at a time.
 *
 * <p>A new document's file is {@code documents/<folder>/<id>.md}, named after its validated id
 * only (never after an uploaded file name): folder {@code en} for English documents,
 * {@code practices} for Dutch practice descriptions and {@code reports} for every other Dutch
 * type, as the corpus guide describes the folders. A replaced document keeps its
 * file.
 */
public final class DocumentStore {
  /** The refusal to write through a symbolic link; the argument is where it leads. */
  public static final String THROUGH_LINK = "document.link.unwritable";
  /**
   * The refusal to write into a folder that is a symbolic link (a link to a folder is not read);
   * the arguments are the folder, corpus-relative, and where it leads.
   */
  public static final String INTO_LINKED_FOLDER = "document.link.folder.unwritable";
  /** How long a change waits for a re-index that is already running before its own. */
  private static final long REINDEX_WAIT_MILLIS = 120_000;

  private final Path corpusDir;
  private final Reindexer reindexer;
  private final Object lock = new Object();

  /** What a save should do when a document with the same id exists. */
  public enum Mode { CREATE, REPLACE, CREATE_OR_REPLACE }

  /** The outcome of a change. */
  public sealed interface Result {}

  /**
   * The change was made; {@code reindex} is the re-index that took it in.
   *
   * @param warnings what {@code validate} warns about the saved document ({@link DocumentWarnings}),
   *     which does not keep it from being saved; empty for a removal
   */
  public record Saved(String id, String path, boolean created, ReindexOutcome reindex,
      List<DocumentProblem> warnings) implements Result {
    public Saved(String id, String path, boolean created, ReindexOutcome reindex) {
      this(id, path, created, reindex, List.of());
    }
  }

  /** Nothing was changed: the corpus would have had these problems. */
  public record Invalid(String candidatePath, List<DocumentProblem> problems)
      implements Result {}

  /**
   * Nothing was changed: the id or its file is taken (create), or no such id (replace, delete).
   *
   * @param problems for a taken id, the document's other problems, found as if it replaced the
   *     document at {@code path}, so that every problem is reported in one round
   * @param version for a taken id, the version of the file at {@code path} the new document would
   *     have overwritten, so that replacing it is allowed only while it is still that one; else
   *     null
   */
  public record Conflict(String id, Kind kind, String path, String message,
      List<DocumentProblem> problems, String version) implements Result {
    /** What stood in the way. */
    public enum Kind {
      ID_TAKEN, FILE_TAKEN, NO_SUCH_ID,
      /** A removal refused: more than one file holds the id, and only one would go. */
      ID_SHARED
    }

    public Conflict(String id, Kind kind, String path, String message) {
      this(id, kind, path, message, List.of(), null);
    }

    /** Whether something exists that the change would have overwritten. */
    public boolean exists() {
      return kind != Kind.NO_SUCH_ID;
    }
  }

  public DocumentStore(Path corpusDir, Reindexer reindexer) {
    this.corpusDir = corpusDir.toAbsolutePath().normalize();
    this.reindexer = reindexer;
  }

  public Path corpusDir() {
    return corpusDir;
  }

  /**
   * Nothing was changed: the change was made to {@code expectedVersion} of the document's file, and
   * the file is now {@code currentVersion} (someone else changed it meanwhile).
   */
  public record Outdated(String id, String path, String expectedVersion, String currentVersion)
      implements Result {}

  /** A document's file as it is on disk: its corpus-relative path and its bytes. */
  public record Source(String id, String path, byte[] markdown) {
    /** The version of the file, to make a change to it only while it is still this one. */
    public String version() {
      return DocumentVersion.of(markdown);
    }
  }

  /**
   * The file of the document with {@code id} as it is now, to be edited and saved again; empty
   * when no file names that id (or the id has not the form of one).
   */
  public Optional<Source> source(String id) throws IOException {
    return source(id, Optional.empty());
  }

  /**
   * As {@link #source(String)}, from the file at {@code indexedPath} (the one the live index was
   * built from) when it holds the id still: while a copy holds the id as well, the console and
   * the admin API show and change the document the site shows, not the copy.
   */
  public Optional<Source> source(String id, Optional<String> indexedPath) throws IOException {
    if (!validId(id)) {
      return Optional.empty();
    }
    List<String> holding = pathsOf(id);
    String path = indexedPath.filter(holding::contains).orElse(idsToPaths().get(id));
    if (path == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Source(id, path, Files.readAllBytes(inside(path))));
    } catch (NoSuchFileException e) {
      return Optional.empty(); // removed since the corpus was walked
    }
  }

  /**
   * Whether no file is at the corpus-relative {@code path} now: for a document the index still
   * holds, its file was removed by hand since the last re-index.
   */
  public boolean fileRemoved(String path) {
    return !Files.exists(corpusDir.resolve(path).normalize());
  }

  /** Whether a document file with this id exists in the corpus now. */
  public boolean exists(String id) throws IOException {
    return idsToPaths().containsKey(id);
  }

  /**
   * Validates {@code markdown} as a corpus document together with the whole corpus and, when
   * valid, writes it and re-indexes. {@code expectedId}, when not null, must be the document's id.
   */
  public Result save(byte[] markdown, Mode mode, String expectedId) throws IOException {
    return save(markdown, mode, expectedId, null);
  }

  /**
   * As {@link #save(byte[], Mode, String)}, only while the file the document replaces is still at
   * {@code expectedVersion} ({@link Source#version()}), when that is not null: else nothing is
   * written and the answer is {@link Outdated}. In {@link Mode#REPLACE} that is the file of
   * {@code expectedId}, and an unknown {@code expectedId} is still
   * {@link Conflict.Kind#NO_SUCH_ID}; in {@link Mode#CREATE_OR_REPLACE} (the add form with its
   * replace box ticked after a {@link Conflict.Kind#ID_TAKEN}) it is the file of the document's
   * id, if there is one still (one removed meanwhile is created again: nothing is overwritten).
   */
  public Result save(byte[] markdown, Mode mode, String expectedId, String expectedVersion)
      throws IOException {
    return examine(markdown, mode, expectedId, expectedVersion, (id, target, created) -> {
      writeAtomically(writtenFile(target), markdown);
      ReindexOutcome outcome = reindex();
      return new Saved(id, target, created, outcome, warningsOf(id));
    });
  }

  /**
   * What {@link #save(byte[], Mode, String, String)} would answer, without writing anything:
   * empty when it would save the document. For a form that is not to be saved whatever the
   * corpus says, whose other problems are still to be told.
   */
  public Optional<Result> refusal(byte[] markdown, Mode mode, String expectedId,
      String expectedVersion) throws IOException {
    return Optional.ofNullable(examine(markdown, mode, expectedId, expectedVersion,
        (id, target, created) -> null));
  }

  /** What is done with a document that passed every check: written, or only found writable. */
  @FunctionalInterface
  private interface Acceptance {
    Result accept(String id, String target, boolean created) throws IOException;
  }

  private Result examine(byte[] markdown, Mode mode, String expectedId, String expectedVersion,
      Acceptance acceptance) throws IOException {
    if (expectedVersion != null && (mode == Mode.CREATE
        || (mode == Mode.REPLACE && expectedId == null))) {
      throw new IllegalArgumentException("a version is of the document being replaced");
    }
    synchronized (lock) {
      Optional<CorpusDocument> alone = parseAlone(markdown);
      FrontMatter matter = FrontMatter.read(markdown);
      // a document invalid on its own still names the file it is for, when its id has the form
      Optional<String> id = alone.map(CorpusDocument::id).or(matter::id);
      String folder = alone.map(d -> folderFor(d.language(), d.type())).orElseGet(
          () -> folderFor(matter.fields().get("language"), matter.fields().get("type")));
      Map<String, String> existing = idsToPaths();
      if (mode == Mode.REPLACE && expectedId != null && !existing.containsKey(expectedId)) {
        // an unknown address is answered first, whatever the document says
        return new Conflict(expectedId, Conflict.Kind.NO_SUCH_ID, null,
            "no document has id '" + expectedId + "'");
      }
      if (expectedVersion != null && mode == Mode.REPLACE) {
        Optional<Result> outdated = outdated(expectedId, existing.get(expectedId),
            expectedVersion);
        if (outdated.isPresent()) {
          return outdated.get();
        }
      }
      String target;
      if (id.isEmpty()) {
        target = pathOfUnreadable(matter, expectedId, existing);
      } else if (expectedId != null && !expectedId.equals(id.get())) {
        String path = existing.getOrDefault(expectedId, newPath(expectedId, folder));
        return new Invalid(path, List.of(new DocumentProblem(path, 2,
            ProblemMessage.of("document.id.notaddress", id.get(), expectedId))));
      } else if (existing.containsKey(id.get())) {
        String taken = existing.get(id.get());
        if (mode == Mode.CREATE) {
          // a file that could never be replaced through its link is told so, not offered to
          // replace
          Optional<Invalid> throughLink = linkRefusal(taken);
          if (throughLink.isPresent()) {
            return throughLink.get();
          }
          return new Conflict(id.get(), Conflict.Kind.ID_TAKEN, taken,
              "a document with id '" + id.get() + "' exists already (" + taken + ")",
              CorpusStaging.problemsAfter(corpusDir,
                  new CorpusStaging.Change(List.of(), taken, markdown)),
              versionOf(taken));
        }
        if (mode == Mode.CREATE_OR_REPLACE && expectedVersion != null) {
          Optional<Result> outdated = outdated(id.get(), taken, expectedVersion);
          if (outdated.isPresent()) {
            return outdated.get();
          }
        }
        target = taken;
      } else {
        if (mode == Mode.REPLACE) {
          return new Conflict(id.get(), Conflict.Kind.NO_SUCH_ID, null,
              "no document has id '" + id.get() + "'");
        }
        target = newPath(id.get(), folder);
        if (Files.exists(corpusDir.resolve(target))) {
          Optional<Invalid> throughLink = linkRefusal(target);
          if (throughLink.isPresent()) {
            return throughLink.get();
          }
          return new Conflict(id.get(), Conflict.Kind.FILE_TAKEN, target, "the file " + target
              + " exists already and holds " + holder(existing, target));
        }
      }
      Optional<Invalid> throughLink = linkRefusal(target);
      if (throughLink.isPresent()) {
        // before the check, whose copy of the corpus holds the links as links: never written
        // through, not even there
        return throughLink.get();
      }
      List<DocumentProblem> problems = CorpusStaging.problemsAfter(corpusDir,
          new CorpusStaging.Change(List.of(), target, markdown));
      if (!problems.isEmpty() && !repairs(problems, target)) {
        return new Invalid(target, problems);
      }
      if (alone.isEmpty()) {
        throw new IllegalStateException("a document invalid on its own passed the corpus check");
      }
      return acceptance.accept(id.get(), target, !existing.containsKey(id.get()));
    }
  }

  /**
   * The refusal to write the document at the corpus-relative {@code target} through a symbolic
   * link: a folder of it that is a link, or a link the store does not write through
   * ({@link #unwritableLink}); empty when it may be written.
   */
  private Optional<Invalid> linkRefusal(String target) throws IOException {
    Optional<Path> linkedFolder = linkedFolder(target);
    if (linkedFolder.isPresent()) {
      Path link = linkedFolder.get();
      return Optional.of(new Invalid(target, List.of(new DocumentProblem(target, 1,
          ProblemMessage.of(INTO_LINKED_FOLDER,
              corpusDir.relativize(link).toString().replace('\\', '/'),
              link.toRealPath().toString())))));
    }
    Optional<Path> linked = unwritableLink(target);
    return linked.map(real -> new Invalid(target, List.of(new DocumentProblem(target, 1,
        ProblemMessage.of(THROUGH_LINK, real.toString())))));
  }

  /**
   * Whether a change after which the corpus still has {@code after} is a repair, made all the
   * same: the file it writes ({@code written}, or null for a removal) has no problem, every
   * problem is one the corpus has now, in another document file, and at least one problem the
   * corpus has now is gone. Without this, two files with problems (two broken files, or the
   * documents that still use a concept id renamed in taxonomy.yml) would each keep the other
   * from being repaired. A change that adds a problem, or a new document beside the problems of
   * others, is still refused; a problem of taxonomy.yml (then no document is checked) always
   * refuses.
   */
  private boolean repairs(List<DocumentProblem> after, String written) throws IOException {
    String documents = CorpusLoader.DOCUMENTS_DIR + "/";
    if (vocabulary().isEmpty() || after.stream().anyMatch(p -> p.path().equals(written)
        || !p.path().startsWith(documents))) {
      return false;
    }
    Set<DocumentProblem> before = Set.copyOf(CorpusStaging.problemsAfter(corpusDir,
        new CorpusStaging.Change(List.of(), null, null)));
    Set<DocumentProblem> left = Set.copyOf(after);
    return before.containsAll(left) && before.size() > left.size();
  }

  /**
   * What {@code validate} warns about the document with {@code id} as the corpus is now, each in
   * the file it is about; none when the corpus cannot be read as a whole (other files have
   * problems), as its translation is not known then.
   */
  private List<DocumentProblem> warningsOf(String id) throws IOException {
    Optional<Corpus> corpus = CorpusLoader.load(corpusDir).corpus();
    Optional<CorpusDocument> document = corpus.flatMap(c -> c.document(id));
    if (document.isEmpty()) {
      return List.of();
    }
    String prefix = corpusDir + java.io.File.separator;
    return DocumentWarnings.of(corpusDir, corpus.get(), document.get()).stream()
        .map(w -> new DocumentProblem(corpusDir.relativize(w.path()).toString().replace('\\', '/'),
            w.line(), w.description().mapText(text -> text.replace(prefix, ""))))
        .toList();
  }

  /** Which document the file at {@code path} holds, as a message names it. */
  private static String holder(Map<String, String> existing, String path) {
    return existing.entrySet().stream().filter(e -> e.getValue().equals(path))
        .map(e -> "document '" + e.getKey() + "'").findFirst().orElse("another document");
  }

  /** Removes the document with {@code id} when the corpus stays valid without it. */
  public Result delete(String id) throws IOException {
    return delete(id, null);
  }

  /**
   * Deletes a leftover file of an editor or the system (see {@link LeftoverRemoval#remove}) while
   * no save or removal is at work, whose check copies the corpus folder: a file gone halfway
   * through the copy would fail it.
   */
  boolean removeLeftover(LeftoverRemoval leftovers, String path) throws IOException {
    synchronized (lock) {
      return leftovers.remove(path);
    }
  }

  /**
   * As {@link #delete(String)}, only while its file is still at {@code expectedVersion}, when that
   * is not null: else nothing is removed and the answer is {@link Outdated}.
   */
  public Result delete(String id, String expectedVersion) throws IOException {
    synchronized (lock) {
      String path = idsToPaths().get(id);
      if (path == null) {
        return new Conflict(id, Conflict.Kind.NO_SUCH_ID, null, "no document has id '" + id + "'");
      }
      List<String> paths = pathsOf(id);
      if (paths.size() > 1) {
        // removing the one file the id addresses would leave the document searchable from another
        return new Conflict(id, Conflict.Kind.ID_SHARED, path, "id '" + id + "' is in "
            + paths.size() + " files: " + String.join(", ", paths) + "; removing one would leave"
            + " the document in search from the other: give each document its own id first (in"
            + " the file itself), then remove the one that should go; nothing was changed");
      }
      if (expectedVersion != null) {
        Optional<Result> outdated = outdated(id, path, expectedVersion);
        if (outdated.isPresent()) {
          return outdated.get();
        }
      }
      Optional<Invalid> refusal = refusalToDelete(path);
      if (refusal.isPresent()) {
        return refusal.get();
      }
      Files.delete(inside(path)); // a symbolic link itself, never the file it leads to
      return new Saved(id, path, false, reindex());
    }
  }

  /**
   * Why removing the document with {@code id} would be refused as the corpus is now (another
   * document names it as its translation or parent), as {@link #delete} would tell it; empty when
   * it would not, or when no single file holds the id. Nothing is changed.
   */
  public Optional<Invalid> deleteRefusal(String id) throws IOException {
    synchronized (lock) {
      String path = idsToPaths().get(id);
      if (path == null || pathsOf(id).size() > 1) {
        return Optional.empty();
      }
      return refusalToDelete(path);
    }
  }

  /**
   * The links the corpus on disk still has to document {@code id} (a translation or a parent
   * naming it) where no file has that id any more: what a re-index would refuse after its file
   * was removed by hand.
   */
  public List<DocumentProblem> linksToMissing(String id) throws IOException {
    synchronized (lock) {
      return CorpusStaging.problemsNow(corpusDir).stream()
          .filter(problem -> isLinkTo(problem, id)).toList();
    }
  }

  private static boolean isLinkTo(DocumentProblem problem, String id) {
    String key = problem.description().key();
    List<Object> arguments = problem.description().arguments();
    return key.startsWith("links.") && key.endsWith(".unknown") && !arguments.isEmpty()
        && id.equals(String.valueOf(arguments.get(0)));
  }

  /** The problems the corpus would have without the file at {@code path}, unless it mends some. */
  private Optional<Invalid> refusalToDelete(String path) throws IOException {
    List<DocumentProblem> problems = CorpusStaging.problemsAfter(corpusDir,
        new CorpusStaging.Change(List.of(path), null, null));
    return problems.isEmpty() || repairs(problems, null) ? Optional.empty()
        : Optional.of(new Invalid(path, problems));
  }

  /**
   * {@link Outdated} when the file at {@code path} is no longer at {@code expectedVersion}; a
   * {@link Conflict.Kind#NO_SUCH_ID} when it was removed by hand since the ids were read.
   */
  private Optional<Result> outdated(String id, String path, String expectedVersion)
      throws IOException {
    String current;
    try {
      current = DocumentVersion.of(Files.readAllBytes(inside(path)));
    } catch (NoSuchFileException e) {
      return Optional.of(new Conflict(id, Conflict.Kind.NO_SUCH_ID, null,
          "no document has id '" + id + "'"));
    }
    return current.equals(expectedVersion) ? Optional.empty()
        : Optional.of(new Outdated(id, path, expectedVersion, current));
  }

  /** The version of the file at {@code path}, or null when it was removed by hand just now. */
  private String versionOf(String path) throws IOException {
    try {
      return DocumentVersion.of(Files.readAllBytes(inside(path)));
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /**
   * The id of the document in each document file, by the file's corpus-relative path, for the
   * files {@link #source(String)} opens: of two files with one id, only the first.
   */
  public Map<String, String> idsByPath() throws IOException {
    Map<String, String> byPath = new LinkedHashMap<>();
    idsToPaths().forEach((id, path) -> byPath.put(path, id));
    return byPath;
  }

  /**
   * The corpus-relative path of every document file by the id it is addressed by: the id its
   * front matter gives. A file whose front matter gives none (not valid YAML, no front matter, an
   * id not of the form of one) is addressed by its file name, which the corpus rule makes
   * {@code <id>.md}, else by the {@code id:} line read key by key, whichever is a valid id that
   * no readable file has: such a file fails the corpus check, and so keeps every change from
   * being made until it is opened, repaired or removed through that address.
   */
  private Map<String, String> idsToPaths() throws IOException {
    Map<String, String> ids = new LinkedHashMap<>();
    Map<String, List<String>> unaddressed = new LinkedHashMap<>();
    readableIds(unaddressed).forEach((id, paths) -> ids.put(id, addressed(id, paths)));
    // only after every readable file, which keeps its id whatever a broken file seems to say
    unaddressed.forEach((path, addresses) -> addresses.stream()
        .filter(id -> !ids.containsKey(id)).findFirst().ifPresent(id -> ids.put(id, path)));
    return ids;
  }

  /**
   * Of the files that hold {@code id}, the one named after it ({@code <id>.md}), else the first:
   * a copy ({@code buurtschouw (1).md}, {@code Kopie van buurtschouw.md}) sorts before its
   * original, and is not the document the site was built from.
   */
  private static String addressed(String id, List<String> paths) {
    return paths.stream().filter(p -> p.endsWith("/" + id + ".md")).findFirst()
        .orElse(paths.get(0));
  }

  /**
   * Every file that holds the document with {@code id}, in folder order: more than one when
   * files share the id (which the corpus check refuses), of which {@link #source(String)} opens
   * only the first; empty for no such id.
   */
  public List<String> pathsOf(String id) throws IOException {
    List<String> paths = readableIds(new LinkedHashMap<>()).get(id);
    if (paths != null) {
      return List.copyOf(paths);
    }
    String addressed = idsToPaths().get(id);
    return addressed == null ? List.of() : List.of(addressed);
  }

  /**
   * The corpus-relative paths of the document files by the id their front matter gives, in
   * folder order; each file whose front matter gives none is put in {@code unaddressed} with the
   * ids it may be addressed by.
   */
  private Map<String, List<String>> readableIds(Map<String, List<String>> unaddressed)
      throws IOException {
    Map<String, List<String>> ids = new LinkedHashMap<>();
    Path documents = corpusDir.resolve(CorpusLoader.DOCUMENTS_DIR);
    if (!Files.isDirectory(documents)) {
      return ids;
    }
    try (Stream<Path> walk = Files.walk(documents)) {
      for (Path file : (Iterable<Path>) walk.sorted()::iterator) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file) || name.startsWith(".") || !name.endsWith(".md")
            || Files.size(file) > CorpusLoader.MAX_FILE_BYTES) {
          continue;
        }
        String path = corpusDir.relativize(file).toString().replace('\\', '/');
        FrontMatter matter = FrontMatter.read(Files.readAllBytes(file));
        if (matter.id().isPresent()) {
          ids.computeIfAbsent(matter.id().get(), id -> new ArrayList<>()).add(path);
        } else {
          unaddressed.put(path, addressesOfUnreadable(file, matter));
        }
      }
    }
    return ids;
  }

  /** The ids a file whose front matter names no valid id may be addressed by, best first. */
  private static List<String> addressesOfUnreadable(Path file, FrontMatter matter) {
    String name = file.getFileName().toString();
    Object read = matter.readable().fields().get("id");
    return Stream.of(name.substring(0, name.length() - ".md".length()),
            read == null ? null : String.valueOf(read))
        .filter(DocumentStore::validId).distinct().toList();
  }

  /**
   * The document as the validation reads it when the file is valid on its own (links to other
   * documents are checked later, on the whole corpus); empty when it is not.
   */
  private Optional<CorpusDocument> parseAlone(byte[] markdown) throws IOException {
    Optional<Taxonomy> taxonomy = vocabulary();
    if (taxonomy.isEmpty()) {
      return Optional.empty();
    }
    String placeholder = CorpusLoader.DOCUMENTS_DIR + "/new-document.md";
    return DocumentParser.parse(taxonomy.get(), corpusDir.resolve(placeholder), placeholder,
        markdown).document();
  }

  /**
   * The vocabulary every change is checked against: taxonomy.yml as it is on disk now, which may
   * differ from the one the live index was built with (a re-index refused keeps the old one);
   * empty when it is missing or not valid, and then no change passes the check.
   */
  public Optional<Taxonomy> vocabulary() throws IOException {
    Path taxonomyFile = corpusDir.resolve(CorpusLoader.TAXONOMY_FILE);
    if (!Files.isRegularFile(taxonomyFile)) {
      return Optional.empty();
    }
    return TaxonomyParser.parse(taxonomyFile,
        Files.readString(taxonomyFile, StandardCharsets.UTF_8).replace("\r\n", "\n")).taxonomy();
  }

  /**
   * The problems of {@code source} as a file on its own, as the corpus check tells them (links
   * to other documents aside); empty when it has none, or when there is no valid vocabulary to
   * read it with.
   */
  public List<DocumentProblem> problemsOf(Source source) throws IOException {
    Optional<Taxonomy> taxonomy = vocabulary();
    if (taxonomy.isEmpty()) {
      return List.of();
    }
    return DocumentParser.parse(taxonomy.get(), inside(source.path()), source.path(),
            source.markdown()).problems().stream()
        .map(p -> new DocumentProblem(source.path(), p.line(), p.description())).toList();
  }

  /**
   * Where a document whose front matter gives no valid id as YAML is checked, so that its problems
   * name the file they are about: the file it replaces ({@code expectedId}), else the file its
   * {@code id:} line, read key by key, would give it when that is free, else a placeholder.
   */
  private String pathOfUnreadable(FrontMatter matter, String expectedId,
      Map<String, String> existing) {
    if (expectedId != null && existing.containsKey(expectedId)) {
      return existing.get(expectedId);
    }
    Map<String, Object> readable = matter.readable().fields();
    Object id = readable.get("id");
    if (expectedId == null && id != null && validId(String.valueOf(id))
        && !existing.containsKey(String.valueOf(id))) {
      String path = newPath(String.valueOf(id),
          folderFor(readable.get("language"), readable.get("type")));
      if (!Files.exists(corpusDir.resolve(path))) {
        return path;
      }
    }
    return placeholder();
  }

  /**
   * Where a document whose id cannot be read is tried, on the copy only (a document whose id can
   * be read is tried where it would be written, so the check reports its own problems).
   */
  private String placeholder() {
    String path = CorpusLoader.DOCUMENTS_DIR + "/new-document.md";
    for (int n = 2; Files.exists(corpusDir.resolve(path)); n++) {
      path = CorpusLoader.DOCUMENTS_DIR + "/new-document-" + n + ".md";
    }
    return path;
  }

  /** The file a new document gets: named after its id, in the folder for its language and type. */
  private static String newPath(String id, String folder) {
    return CorpusLoader.DOCUMENTS_DIR + "/" + folder + "/" + id + ".md";
  }

  /**
   * The folder the corpus guide names for a document: {@code en} for English, {@code practices}
   * for Dutch practice descriptions, and {@code reports} for every other Dutch document (report,
   * evaluation, article, policy). A type not read yet counts as a practice, the most common.
   */
  static String folderFor(Object language, Object type) {
    if ("en".equals(language)) {
      return "en";
    }
    return type == null || "practice".equals(type) ? "practices" : "reports";
  }

  /** The file for a corpus-relative path, refusing anything that would lie outside documents/. */
  private Path inside(String relative) {
    Path documents = corpusDir.resolve(CorpusLoader.DOCUMENTS_DIR);
    Path file = corpusDir.resolve(relative).normalize();
    if (!file.startsWith(documents) || file.equals(documents)) {
      throw new IllegalArgumentException("refusing to write outside the corpus: " + relative);
    }
    return file;
  }

  /**
   * The file a document at the corpus-relative {@code path} is written to: for a symbolic link
   * (the guide allows one to a file inside the corpus), the file it links to, so that the link
   * and its file stay one; otherwise the path itself.
   */
  private Path writtenFile(String path) throws IOException {
    Path file = inside(path);
    if (Files.isSymbolicLink(file) && Files.exists(file)) {
      Path target = file.toRealPath();
      if (!target.startsWith(corpusDir.toRealPath())) {
        throw new IllegalArgumentException("refusing to write outside the corpus: " + path);
      }
      return target;
    }
    return file;
  }

  /**
   * Where a symbolic link would take a document written to the corpus-relative {@code path}, when
   * the store refuses to write through it: the file is a link to a file outside the corpus
   * folder, or one of its folders is a link (whose files the corpus check does not read). Empty
   * for a file the store writes: a link the guide allows (to a file inside the corpus folder),
   * which is written through, a dangling link, which the file replaces, or no link at all.
   */
  public Optional<Path> unwritableLink(String path) throws IOException {
    Path file = inside(path);
    Path root = corpusDir.toRealPath();
    Path folder = existingRealPath(file.getParent());
    if (!folder.equals(root.resolve(corpusDir.relativize(file.getParent()).toString()))) {
      return Optional.of(folder.resolve(file.getFileName().toString()));
    }
    return linkTarget(path).filter(target -> !target.insideCorpus())
        .map(target -> Path.of(target.path()));
  }

  /**
   * Where the document file at the corpus-relative {@code path} leads when it is a symbolic link
   * to an existing file: corpus-relative when that file is inside the corpus folder, else its
   * whole real path. {@link #delete} removes the link only, never the file it leads to.
   */
  public Optional<LinkTarget> linkTarget(String path) throws IOException {
    Path file = inside(path);
    if (!Files.isSymbolicLink(file) || !Files.exists(file)) {
      return Optional.empty();
    }
    Path real = file.toRealPath();
    Path root = corpusDir.toRealPath();
    return Optional.of(real.startsWith(root)
        ? new LinkTarget(root.relativize(real).toString().replace('\\', '/'), true)
        : new LinkTarget(real.toString(), false));
  }

  /** Where a document file that is a symbolic link leads, and whether that is in the corpus. */
  public record LinkTarget(String path, boolean insideCorpus) {}

  /**
   * The outermost folder of the corpus-relative {@code path}, below documents/, that is a
   * symbolic link; empty when none is.
   */
  private Optional<Path> linkedFolder(String path) {
    Path documents = corpusDir.resolve(CorpusLoader.DOCUMENTS_DIR);
    Path folder = inside(path).getParent();
    Path outermost = null;
    for (Path p = folder; p != null && p.startsWith(documents) && !p.equals(documents);
        p = p.getParent()) {
      if (Files.isSymbolicLink(p) && Files.exists(p)) {
        outermost = p;
      }
    }
    return Optional.ofNullable(outermost);
  }

  /** {@code folder} with the links of its nearest existing ancestor resolved; it may not exist. */
  private static Path existingRealPath(Path folder) throws IOException {
    Path existing = folder;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    return existing == null ? folder : existing.toRealPath().resolve(existing.relativize(folder));
  }

  /** Writes through a hidden temporary file, which the corpus reader skips, then renames it. */
  private static void writeAtomically(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Path temp = file.resolveSibling("." + file.getFileName() + "." + Secrets.randomToken()
        .substring(0, 8) + ".tmp");
    try {
      Files.write(temp, bytes, StandardOpenOption.CREATE_NEW);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Re-indexes now, so that the change is searchable when this returns. A re-index already running
   * may have read the corpus before the change, so this waits for it and then runs its own.
   */
  private ReindexOutcome reindex() {
    long deadline = System.currentTimeMillis() + REINDEX_WAIT_MILLIS;
    while (true) {
      try {
        return reindexer.runNow();
      } catch (ReindexBusyException e) {
        if (System.currentTimeMillis() > deadline) {
          throw new IllegalStateException("the change is saved, but a re-index has been running"
              + " for minutes; re-index again when it ends", e);
        }
        try {
          Thread.sleep(50);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting to re-index", interrupted);
        }
      }
    }
  }

  /** Whether {@code id} has the form of a document id; anything else is refused before use. */
  public static boolean validId(String id) {
    return id != null && DocumentParser.ID.matcher(id).matches();
  }
}
