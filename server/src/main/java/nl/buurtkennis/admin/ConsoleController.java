package nl.buurtkennis.admin;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import nl.buurtkennis.analysis.LanguageCheck;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.reindex.ReindexBusyException;
import nl.buurtkennis.reindex.Reindexer;
import nl.buurtkennis.search.SearchRequest;
import nl.buurtkennis.search.SearchService;
import nl.buurtkennis.taxonomy.Taxonomy;
import nl.buurtkennis.validation.ProblemMessage;
import nl.buurtkennis.web.HtmlText;
import nl.buurtkennis.web.Messages;
import nl.buurtkennis.web.OtherLanguage;
import nl.buurtkennis.web.RequestParams;
import nl.buurtkennis.web.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The librarians' console: sign-in, corpus health, adding documents and re-indexing. */
final class ConsoleController {
  private static final Logger LOG = LoggerFactory.getLogger(ConsoleController.class);

  static final long MAX_UPLOAD_MEGABYTES = 10;
  static final long MAX_UPLOAD_BYTES = MAX_UPLOAD_MEGABYTES * 1024 * 1024;
  /** A posted form: an upload, or the document form with its whole text, plus the other fields. */
  static final long MAX_FORM_BYTES = MAX_UPLOAD_BYTES + 1024 * 1024;
  private static final int MAX_DOCUMENTS = 10_000;

  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
  private final AdminSettings settings;
  private final Sessions sessions;
  private final SignInThrottle throttle;
  private final SignInTokens signInTokens;
  private final SearchService search;
  private final DocumentStore store;
  private final Reindexer reindexer;
  private final DocumentExtractor extractor;

  ConsoleController(AdminSettings settings, Sessions sessions, SignInThrottle throttle,
      SignInTokens signInTokens, SearchService search, DocumentStore store, Reindexer reindexer,
      DocumentExtractor extractor) {
    this.settings = settings;
    this.sessions = sessions;
    this.throttle = throttle;
    this.signInTokens = signInTokens;
    this.search = search;
    this.store = store;
    this.reindexer = reindexer;
    this.extractor = extractor;
  }

  void signInPage(Context ctx) {
    RequestParams query = query(ctx, "lang", KeptForm.NEXT);
    signInForm(ctx, null, List.of(), null,
        KeptForm.safeNext(query.single(KeptForm.NEXT).orElse(null)));
  }

  /**
   * The sign-in page for a form posted without a session (it ended while the librarian typed):
   * the document form's fields go along as hidden inputs, with which form they are of (adding, or
   * editing the document of the path), so that after signing in the form comes back filled in,
   * not saved. A body too large to carry, or of another form, is not read.
   */
  void signInKeeping(Context ctx) {
    Messages msg = msg(ctx);
    List<KeptForm.Field> kept = List.of();
    String keptForm = KeptForm.formAt(ctx.path());
    String type = String.valueOf(ctx.contentType());
    if (keptForm != null && type.startsWith("application/x-www-form-urlencoded")
        && ctx.req().getContentLengthLong() <= 2L * KeptForm.MAX_CHARS) {
      try {
        kept = KeptForm.of(ctx.formParamMap());
      } catch (Exception e) {
        kept = List.of(); // an unreadable form: nothing to keep
      }
    }
    ctx.status(HttpStatus.FORBIDDEN);
    signInForm(ctx, msg.get(kept.isEmpty() ? "admin.denied.session" : "admin.signin.kept"), kept,
        kept.isEmpty() ? null : keptForm, null);
  }

  private void signInForm(Context ctx, String notice, List<KeptForm.Field> kept, String keptForm,
      String next) {
    String csrf = signInTokens.issue();
    SessionCookies.set(ctx, SessionCookies.SIGN_IN, csrf, Sessions.IDLE.toSeconds());
    render(ctx, "admin/signin.jte", new AdminPages.SignInPage(msg(ctx), csrf, null, notice, kept,
        keptForm, next));
  }

  void signIn(Context ctx) {
    Messages msg = msg(ctx);
    String cookie = ctx.cookie(SessionCookies.SIGN_IN);
    if (!signInTokens.accepts(ctx.formParam("csrf"), cookie)) {
      throw new AdminDenied(AdminDenied.Kind.CSRF);
    }
    Map<String, List<String>> params = ctx.formParamMap();
    // a kept form of anything but the add form or the edit form of a valid id is not followed
    String keptForm = KeptForm.form(params);
    List<KeptForm.Field> kept = keptForm != null ? KeptForm.of(params) : List.of();
    String next = KeptForm.safeNext(ctx.formParam(KeptForm.NEXT));
    if (params.containsKey(AdminPages.SignInPage.LANGUAGE_SWITCH)) {
      // the page again in the language of the address, still carrying the form: no password tried
      signInForm(ctx, kept.isEmpty() ? null : msg.get("admin.signin.kept"), kept,
          kept.isEmpty() ? null : keptForm, next);
      return;
    }
    String client = ctx.ip();
    Optional<Duration> locked = throttle.lockedFor(client);
    if (locked.isPresent()) {
      throw new AdminDenied(AdminDenied.Kind.LOCKED, AdminGuard.seconds(locked.get()));
    }
    if (!settings.passwordMatches(ctx.formParam("password"))) {
      throttle.failed(client, SignInThrottle.Secret.PASSWORD);
      ctx.status(HttpStatus.UNAUTHORIZED);
      render(ctx, "admin/signin.jte", new AdminPages.SignInPage(msg, cookie,
          msg.get("admin.signin.wrong"), null, kept, kept.isEmpty() ? null : keptForm, next));
      return;
    }
    throttle.succeeded(client, SignInThrottle.Secret.PASSWORD);
    sessions.close(ctx.cookie(SessionCookies.SESSION));
    Sessions.Opened opened = sessions.open();
    SessionCookies.set(ctx, SessionCookies.SESSION, opened.id(), Sessions.MAX_AGE.toSeconds());
    SessionCookies.clear(ctx, SessionCookies.SIGN_IN);
    if (keptForm != null) {
      ctx.attribute(AdminGuard.SESSION_ATTRIBUTE, opened.session());
      form(ctx, kept(params, KeptForm.editedId(keptForm)), Map.of(),
          List.of(msg.format("admin.form.resubmit", msg.get("admin.form.submit"))));
      return;
    }
    ctx.redirect(next != null ? next : "/admin" + AdminPages.langQuery(msg),
        HttpStatus.SEE_OTHER);
  }

  /**
   * The document form as posted, to show again unsaved: when {@code editing} is not null, the
   * edit form of that document with the version it was opened on (not the file as it is now), so
   * that saving it after someone else changed the document is refused as an edit conflict.
   */
  private static DraftForm kept(Map<String, List<String>> params, String editing) {
    DraftForm form = DraftForm.fromParams(params);
    return editing == null ? form : form.editing(editing);
  }

  /**
   * A document form (adding, or editing the document of the path) posted with a stale token but a
   * live session: nothing is saved; the form comes back filled in as posted, with the session's
   * token, to check and send again.
   */
  void resubmit(Context ctx) {
    Messages msg = msg(ctx);
    DraftForm form;
    try {
      form = kept(formParams(ctx), KeptForm.editedId(ctx.path()));
    } catch (Exception e) {
      throw new AdminDenied(AdminDenied.Kind.BAD_FORM);
    }
    ctx.status(HttpStatus.FORBIDDEN);
    // An error, not a note: the form was not saved, which its title says ("Fout: ...") too.
    form(ctx, form, Map.of(DraftForm.TOP, List.of(msg.get("admin.denied.csrf.kept") + " "
        + msg.format("admin.form.resubmit", msg.get("admin.form.submit")))), List.of());
  }

  void signOut(Context ctx) {
    sessions.close(ctx.cookie(SessionCookies.SESSION));
    SessionCookies.clear(ctx, SessionCookies.SESSION);
    ctx.redirect(AdminGuard.SIGN_IN_PATH + AdminPages.langQuery(msg(ctx)), HttpStatus.SEE_OTHER);
  }

  void health(Context ctx) throws IOException {
    Messages msg = msg(ctx);
    String notice = switch (query(ctx, "lang", "reindex").single("reindex", "")) {
      case "started" -> msg.get("admin.reindex.started");
      case "busy" -> msg.get("admin.reindex.busy");
      default -> null;
    };
    CorpusHealth health = CorpusHealth.of(search.taxonomy(),
        search.allDocuments(SearchRequest.all(), MAX_DOCUMENTS), store.corpusDir(),
        reindexer.status(), msg.lang());
    render(ctx, "admin/health.jte", new AdminPages.HealthPage(msg, csrf(ctx), health, notice,
        store.idsByPath(), OtherLanguage.of(ctx, OtherLanguage.other(msg.lang()))));
  }

  void reindex(Context ctx) {
    String outcome;
    try {
      reindexer.start();
      outcome = "started";
    } catch (ReindexBusyException e) {
      outcome = "busy";
    }
    String lq = AdminPages.langQuery(msg(ctx));
    ctx.redirect("/admin" + (lq.isEmpty() ? "?" : lq + "&") + "reindex=" + outcome,
        HttpStatus.SEE_OTHER);
  }

  void newDocument(Context ctx) {
    query(ctx, "lang");
    form(ctx, DraftForm.empty(), Map.of(), List.of());
  }

  void upload(Context ctx) throws IOException {
    Messages msg = msg(ctx);
    UploadedFile file;
    try {
      file = ctx.uploadedFile("file");
    } catch (Exception e) {
      throw new AdminDenied(AdminDenied.Kind.BAD_FORM);
    }
    if (file == null || file.filename() == null || file.filename().isBlank()) {
      ctx.status(HttpStatus.BAD_REQUEST);
      form(ctx, DraftForm.empty(), Map.of(AdminPages.FormPage.FILE,
          List.of(msg.get("admin.upload.none"))), List.of());
      return;
    }
    byte[] bytes = read(file);
    if (bytes == null) {
      ctx.status(HttpStatus.CONTENT_TOO_LARGE);
      form(ctx, DraftForm.empty(), Map.of(AdminPages.FormPage.FILE,
          List.of(msg.format("admin.upload.toolarge", MAX_UPLOAD_MEGABYTES))), List.of());
      return;
    }
    Optional<String> unreadable = isMarkdown(file.filename(), bytes)
        ? UploadedText.refusal(bytes, file.filename(), msg) : Optional.empty();
    if (unreadable.isPresent()) {
      // nothing of such a file goes into the form: read leniently it would be garbage
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      form(ctx, DraftForm.empty(), Map.of(AdminPages.FormPage.FILE, List.of(unreadable.get())),
          List.of());
      return;
    }
    if (isMarkdown(file.filename(), bytes) && !FrontMatter.opensFrontMatter(bytes)) {
      // no front matter to check: like the text of a PDF, a draft whose fields are to be filled in
      DraftForm draft = DraftForm.fromPlainMarkdown(new String(bytes, StandardCharsets.UTF_8));
      form(ctx, draft, Map.of(), List.of(msg.format("admin.upload.nofrontmatter",
          file.filename())), warnings(msg, draft), null, null, null, AdminPages.Summary.REFUSED,
          file.filename());
      return;
    }
    if (isMarkdown(file.filename(), bytes)) {
      saveUploadedMarkdown(ctx, bytes, file.filename());
      return;
    }
    try {
      DocumentExtractor.Extracted extracted = extractor.extract(bytes, file.filename());
      List<String> notes = new ArrayList<>();
      notes.add(msg.format("admin.upload.extracted", file.filename()));
      if (extracted.truncated()) {
        notes.add(msg.format("admin.upload.truncated", DocumentExtractor.WRITE_LIMIT));
      }
      DraftForm draft = DraftForm.fromExtracted(extracted);
      Map<String, List<String>> warnings = warnings(msg, draft);
      if (extracted.titleFromProperties()) {
        warnings.computeIfAbsent("title", k -> new ArrayList<>())
            .add(msg.format("admin.upload.titleguessed", extracted.title()));
      }
      if (!draft.value("year").isEmpty()) {
        warnings.computeIfAbsent("year", k -> new ArrayList<>())
            .add(msg.format("admin.upload.yearguessed", draft.value("year")));
      }
      if (!draft.values("authors").isEmpty()) {
        warnings.computeIfAbsent("authors", k -> new ArrayList<>())
            .add(msg.format("admin.upload.authorguessed", String.join(", ", draft.values("authors"))));
      }
      form(ctx, draft, Map.of(), notes, warnings, null, null, null,
          AdminPages.Summary.REFUSED, file.filename());
    } catch (DocumentExtractor.ExtractionException e) {
      LOG.info("Upload of {} refused: {}", file.filename().replaceAll("\\p{Cntrl}", "?"),
          e.getMessage());
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      form(ctx, DraftForm.empty(), Map.of(AdminPages.FormPage.FILE,
          List.of(RefusalMessages.of(msg, file.filename(), e))), List.of());
    }
  }

  /**
   * A Markdown file is saved as it is when valid; otherwise its fields fill the form. Of a front
   * matter that is not valid YAML the form holds what can still be read of it, each value read
   * leniently marked for checking, and the page shows that front matter as it was uploaded, so
   * that nothing the librarian uploaded is lost.
   */
  private void saveUploadedMarkdown(Context ctx, byte[] bytes, String fileName)
      throws IOException {
    Messages msg = msg(ctx);
    DocumentStore.Result result = store.save(bytes, DocumentStore.Mode.CREATE, null);
    FrontMatter matter = FrontMatter.read(bytes);
    DraftForm form = DraftForm.fromMarkdown(matter);
    Map<String, List<String>> warnings = warnings(msg, form);
    if (result instanceof DocumentStore.Saved saved) {
      saved(ctx, saved, form.at(DocumentVersion.of(bytes)), warnings);
      return;
    }
    List<String> notes = new ArrayList<>();
    if (matter.yamlBroken()) {
      notes.add(msg.format("admin.upload.recovered", fileName));
      matter.readable().unsure().forEach((key, line) -> note(warnings, key, msg.format(
          "admin.upload.unsure", msg.format("admin.form.line", line))));
    }
    boolean reshaped = noteReshaped(msg, matter, form, warnings);
    if (!form.droppedFields().isEmpty()) {
      notes.add(msg.format("admin.upload.dropped", String.join(", ", form.droppedFields())));
    }
    // whenever the form could not take the file as it is, the file's front matter is shown too
    boolean lossy = matter.yamlBroken() || !form.droppedFields().isEmpty() || reshaped;
    String uploadedFrontMatter = lossy ? "---\n" + matter.yaml() + "\n---" : null;
    String text = new String(bytes, StandardCharsets.UTF_8);
    IntFunction<String> fileLine = line -> msg.format("admin.form.line", line);
    if (result instanceof DocumentStore.Invalid invalid) {
      notes.addAll(StaleConcepts.explained(msg, invalid.problems(), invalid.candidatePath(),
          changeTo(invalid.candidatePath()), search.taxonomy()));
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      form(ctx, form, DraftForm.byField(invalid.problems(), invalid.candidatePath(),
          line -> FrontMatter.keyAtLine(text, line, !matter.yamlBroken()), fileLine, fileLine,
          msg.locale(), formWords(msg)), notes, warnings,
          uploadedFrontMatter, null, null, summaryOf(invalid), fileName,
          untold(form, invalid.problems(), invalid.candidatePath()));
    } else if (result instanceof DocumentStore.Conflict conflict) {
      ctx.status(HttpStatus.CONFLICT);
      seen(form, conflict);
      form(ctx, form, withConflict(msg, conflict, DraftForm.byField(conflict.problems(),
          conflict.path(), line -> FrontMatter.keyAtLine(text, line, !matter.yamlBroken()),
          fileLine, fileLine, msg.locale(), formWords(msg))), notes, warnings,
          uploadedFrontMatter, null, null, AdminPages.Summary.REFUSED, fileName,
          untold(form, conflict.problems(), conflict.path()));
    }
  }

  /**
   * Notes beside the fields whose value the form holds otherwise than the file's YAML reads it:
   * a text YAML cut short at {@code " #"} (the field has it whole), a value under a Dutch field
   * name (carried into its field), a key given twice (the field has one of the values). The same
   * for an upload and the edit form, which read a file through the same code. Whether there was
   * any: then the page shows the file's front matter too, to compare.
   */
  private static boolean noteReshaped(Messages msg, FrontMatter matter, DraftForm form,
      Map<String, List<String>> warnings) {
    // a value under a Dutch name is noted beside the field it was carried into
    matter.cutAtComments().forEach((key, whole) -> note(warnings,
        form.carriedFields().getOrDefault(key, key), msg.format("admin.upload.wholevalue",
            msg.format("admin.form.line", whole.line()))));
    form.carriedFields().forEach((key, field) -> note(warnings, field, msg.format(
        "admin.upload.carried", key)));
    List<String> repeated = matter.repeatedKeys();
    repeated.forEach(key -> note(warnings, key, msg.format("admin.upload.repeated", key)));
    return !form.carriedFields().isEmpty() || !repeated.isEmpty()
        || !matter.cutAtComments().isEmpty();
  }

  /** Whether a refused save to {@code path} would have changed a file there or added one. */
  private StaleConcepts.Change changeTo(String path) {
    return store.fileRemoved(path) ? StaleConcepts.Change.NEW : StaleConcepts.Change.EDIT;
  }

  /** The document's problems with the conflict first beside the id. */
  private static Map<String, List<String>> withConflict(Messages msg,
      DocumentStore.Conflict conflict, Map<String, List<String>> problems) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    errors.put("id", new ArrayList<>(List.of(RefusalMessages.of(msg, conflict))));
    problems.forEach((field, texts) -> errors.computeIfAbsent(field, k -> new ArrayList<>())
        .addAll(texts));
    return errors;
  }

  /** A note first among a field's warnings; none for a key the form has no field for. */
  private static void note(Map<String, List<String>> warnings, String field, String text) {
    if (DraftForm.isField(field)) {
      warnings.computeIfAbsent(field, k -> new ArrayList<>()).add(0, text);
    }
  }

  void submit(Context ctx) throws IOException {
    submit(ctx, null);
  }

  /**
   * The form to edit an existing document: its file, read as an uploaded Markdown file fills the
   * form, with the id fixed. Whatever the form cannot hold (fields it has no input for, comments)
   * is named before anything is saved, since saving the form leaves it out; a value that is no
   * option of its field stays in the form, named as an error beside it ({@link UnknownValues}).
   */
  void edit(Context ctx) throws IOException {
    query(ctx, "lang");
    Messages msg = msg(ctx);
    String id = ctx.pathParam("id");
    Optional<DocumentStore.Source> source = store.source(id,
        search.document(id).map(CorpusDocument::path));
    if (source.isEmpty()) {
      notFound(ctx, id);
      return;
    }
    Optional<ProblemMessage> misnamed = FileProblems.name(source.get());
    if (misnamed.isPresent()) {
      // no save could pass while the file has this name, and the console cannot rename it
      render(ctx, "admin/message.jte", new AdminPages.MessagePage(msg,
          msg.get("admin.edit.rename.title"), msg.format("admin.edit.rename",
              source.get().path(), misnamed.get().in(msg.locale())), csrf(ctx),
          documentsLink(msg)).answering(ctx));
      return;
    }
    Optional<Path> linked = store.unwritableLink(source.get().path());
    if (linked.isPresent()) {
      // no save could pass either: the store never writes through such a link
      render(ctx, "admin/message.jte", new AdminPages.MessagePage(msg,
          msg.get("admin.edit.link.title"), msg.format("admin.edit.link",
              source.get().path(), linked.get()), csrf(ctx), documentsLink(msg))
          .answering(ctx));
      return;
    }
    FrontMatter matter = FrontMatter.read(source.get().markdown());
    DraftForm form = DraftForm.fromMarkdown(matter).editing(id).at(source.get().version());
    List<String> notes = new ArrayList<>();
    Map<String, List<String>> warnings = warnings(msg, form);
    String fileFrontMatter = null;
    List<DocumentProblem> problems = store.problemsOf(source.get());
    // a file the corpus check cannot read is opened by its file name to be repaired here, with
    // all its problems; a readable one with those of its bytes, which no field shows
    (matter.id().isEmpty() ? problems : FileProblems.ofText(problems)).forEach(problem ->
        notes.add(msg.format("admin.edit.fileproblem", source.get().path(),
            msg.format("admin.form.line", problem.line()), problem.message(msg.locale()))));
    if (matter.id().isEmpty() && !form.value("id").equals(id)) {
      notes.add(msg.format("admin.edit.idfromaddress", id, source.get().path()));
      form.withId(id);
    }
    if (matter.yamlBroken()) {
      notes.add(msg.format("admin.edit.recovered", source.get().path()));
      matter.readable().unsure().forEach((key, line) -> note(warnings, key, msg.format(
          "admin.upload.unsure", msg.format("admin.form.line", line))));
    }
    boolean reshaped = noteReshaped(msg, matter, form, warnings);
    if (!form.droppedFields().isEmpty()) {
      notes.add(msg.format("admin.edit.dropped", String.join(", ", form.droppedFields())));
    }
    if (matter.yamlBroken() || reshaped || !form.droppedFields().isEmpty()) {
      fileFrontMatter = "---\n" + matter.yaml() + "\n---";
    }
    List<FrontMatterComments.Line> comments = FrontMatterComments.of(matter.yaml());
    if (!comments.isEmpty()) {
      notes.add(msg.format("admin.edit.comments", comments.stream()
          .map(line -> msg.format("admin.form.line", line.number()) + ": " + line.text())
          .collect(Collectors.joining("; "))));
    }
    form(ctx, form, sharedId(msg, id), notes, warnings, fileFrontMatter, null, null,
        AdminPages.Summary.OPENED, null);
  }

  /**
   * When more than one file holds {@code id}, an error beside the id that names them all and
   * says what to do: the corpus check refuses the copy, so no save passes while it is there, and
   * neither the form (its id is fixed) nor the console's removal (which would leave the document
   * in search from the other file) can take it away.
   */
  private Map<String, List<String>> sharedId(Messages msg, String id) throws IOException {
    List<String> paths = store.pathsOf(id);
    return paths.size() < 2 ? Map.of() : Map.of("id", List.of(msg.format("admin.edit.shared", id,
        paths.size(), String.join(", ", paths))));
  }

  /** Saves the edit form: it replaces the document of its address, as PUT in the API does. */
  void submitEdit(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    if (!DocumentStore.validId(id)) {
      notFound(ctx, id);
      return;
    }
    submit(ctx, id);
  }

  /**
   * The page for an address that names no document: for one the index still holds, that its
   * file was removed and a re-index takes it out of search, with the button to re-index.
   */
  void notFound(Context ctx, String id) throws IOException {
    Messages msg = msg(ctx);
    ctx.status(HttpStatus.NOT_FOUND);
    Optional<String> removed = DocumentStore.validId(id) ? search.document(id)
        .map(CorpusDocument::path).filter(store::fileRemoved) : Optional.empty();
    if (removed.isPresent()) {
      List<DocumentProblem> links = store.linksToMissing(id);
      String message = links.isEmpty()
          ? msg.format("admin.documents.filegone", id, removed.get())
          : msg.format("admin.documents.filegone.linked", id, removed.get(), links.stream()
              .map(link -> link.toString(msg.locale())).collect(Collectors.joining("; ")));
      render(ctx, "admin/message.jte", new AdminPages.MessagePage(msg,
          msg.get("admin.documents.filegone.title"), message, csrf(ctx),
          documentsLink(msg), false, links.isEmpty()).answering(ctx));
      return;
    }
    render(ctx, "admin/message.jte", new AdminPages.MessagePage(msg,
        msg.get("admin.documents.unknown"), msg.format("admin.conflict.nosuchid", id), csrf(ctx),
        documentsLink(msg)).answering(ctx));
  }

  /** The link to the list of documents, in the page's language. */
  static AdminPages.Link documentsLink(Messages msg) {
    return new AdminPages.Link("/admin/documents" + AdminPages.langQuery(msg),
        msg.get("admin.delete.gone.list"));
  }

  /** Saves the posted form; {@code editing}, when not null, is the id of the document it edits. */
  private void submit(Context ctx, String editing) throws IOException {
    Messages msg = msg(ctx);
    Map<String, List<String>> params = formParams(ctx);
    DraftForm form = DraftForm.fromParams(params);
    if (editing != null) {
      form.editing(editing);
    }
    Map<String, List<String>> warnings = warnings(msg, form);
    Optional<OversizedForm> oversized = OversizedForm.of(ctx);
    if (oversized.isPresent()) {
      ctx.status(HttpStatus.CONTENT_TOO_LARGE);
      form(ctx, form, tooLargeToKeep(msg, oversized.get()), List.of(), warnings, null, null);
      return;
    }
    // the language switch of a posted form: shown again in the other language, checked, not saved
    boolean switching = params.get(DraftForm.LANGUAGE_SWITCH) != null;
    // U+FFFD marks text that could not be decoded; saved, it would stand in the corpus for good.
    // Such a form is checked but never saved, so that its other problems are told with it.
    Map<String, List<String>> undecoded = new LinkedHashMap<>();
    form.fieldsWithReplacementCharacter().forEach(field -> undecoded.put(field,
        List.of(msg.get("admin.form.replacement"))));
    DraftForm.Rendered rendered = form.toMarkdown();
    IntFunction<String> bodyLine = line -> rendered.bodyLine(line) > 0
        ? msg.format("admin.form.bodyline", rendered.bodyLine(line)) : null;
    DocumentStore.Mode mode = editing != null ? DocumentStore.Mode.REPLACE
        : form.replace() ? DocumentStore.Mode.CREATE_OR_REPLACE : DocumentStore.Mode.CREATE;
    // only a replacement is held to the version the form saw; a new document replaces nothing
    String expectedVersion = mode == DocumentStore.Mode.CREATE ? null : form.version();
    byte[] markdown = rendered.markdown().getBytes(StandardCharsets.UTF_8);
    DocumentStore.Result result = undecoded.isEmpty() && !switching
        ? store.save(markdown, mode, editing, expectedVersion)
        : withoutReplacementCharacter(store.refusal(markdown, mode, editing, expectedVersion)
            .orElse(null));
    // a conflict is a 409, unless the form holds U+FFFD, which no change of the corpus mends
    HttpStatus conflictStatus = undecoded.isEmpty() ? HttpStatus.CONFLICT
        : HttpStatus.UNPROCESSABLE_CONTENT;
    if (result instanceof DocumentStore.Saved saved) {
      form.at(DocumentVersion.of(markdown)); // shown again, it is a form of what was written
      saved(ctx, saved, form, warnings);
    } else if (result == null && switching && undecoded.isEmpty()) {
      form(ctx, form, Map.of(), List.of(msg.get("admin.form.notsaved")), warnings, null, null);
    } else if (result == null) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      form(ctx, form, undecoded, List.of(), warnings, null, null);
    } else if (result instanceof DocumentStore.Outdated || removedMeanwhile(result, form)) {
      ctx.status(conflictStatus);
      form(ctx, form, undecoded, List.of(), warnings, null, null,
          outdated(msg, result, editing != null));
    } else if (result instanceof DocumentStore.Invalid invalid) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      form(ctx, form, joined(undecoded, DraftForm.byField(invalid.problems(),
          invalid.candidatePath(), rendered::fieldAt, null, bodyLine, msg.locale(),
          formWords(msg))),
          StaleConcepts.explained(msg, invalid.problems(), invalid.candidatePath(),
              changeTo(invalid.candidatePath()), search.taxonomy()), warnings,
          null, null, null, undecoded.isEmpty() ? summaryOf(invalid) : AdminPages.Summary.REFUSED,
          null, untold(form, invalid.problems(), invalid.candidatePath()));
    } else if (result instanceof DocumentStore.Conflict conflict) {
      ctx.status(conflictStatus);
      seen(form, conflict);
      form(ctx, form, joined(undecoded, withConflict(msg, conflict, DraftForm.byField(
          conflict.problems(), conflict.path(), rendered::fieldAt, null, bodyLine,
          msg.locale(), formWords(msg)))),
          StaleConcepts.explained(msg, conflict.problems(), conflict.path(),
              StaleConcepts.Change.NEW, search.taxonomy()), warnings, null,
          null, null, AdminPages.Summary.REFUSED, null,
          untold(form, conflict.problems(), conflict.path()));
    }
  }

  /** The posted form's fields, also of a form too large to read as a whole. */
  private static Map<String, List<String>> formParams(Context ctx) {
    return OversizedForm.of(ctx).map(OversizedForm::fields).orElseGet(ctx::formParamMap);
  }

  /**
   * Beside each field dropped from a form too large to read whole (the text, as a rule): that it
   * was too large to keep, so the librarian knows why it is empty and the rest is still there.
   */
  private static Map<String, List<String>> tooLargeToKeep(Messages msg, OversizedForm form) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    String text = msg.format("admin.form.toolarge", MAX_UPLOAD_MEGABYTES,
        CorpusLoader.MAX_FILE_BYTES / 1024 / 1024);
    for (String field : form.dropped()) {
      errors.put(DraftForm.isField(field) ? field : DraftForm.TOP, List.of(text));
    }
    if (errors.isEmpty()) {
      errors.put(DraftForm.TOP, List.of(text));
    }
    return errors;
  }

  /**
   * The refusal of a form that holds U+FFFD without the validator's word for it, which names the
   * line where the form already names the field ({@code admin.form.replacement}); null when that
   * was its only problem.
   */
  private static DocumentStore.Result withoutReplacementCharacter(DocumentStore.Result result) {
    if (!(result instanceof DocumentStore.Invalid invalid)) {
      return result;
    }
    List<DocumentProblem> others = invalid.problems().stream()
        .filter(p -> !p.description().key().equals("text.replacement")).toList();
    return others.isEmpty() ? null : new DocumentStore.Invalid(invalid.candidatePath(), others);
  }

  /** The problems of {@code first} and then those of {@code then}, field by field. */
  private static Map<String, List<String>> joined(Map<String, List<String>> first,
      Map<String, List<String>> then) {
    Map<String, List<String>> joined = new LinkedHashMap<>();
    first.forEach((field, texts) -> joined.put(field, new ArrayList<>(texts)));
    then.forEach((field, texts) -> joined.computeIfAbsent(field, k -> new ArrayList<>())
        .addAll(texts));
    return joined;
  }

  /** Whether the document an edit form was opened on (so it has a version) is gone now. */
  private static boolean removedMeanwhile(DocumentStore.Result result, DraftForm form) {
    return form.version() != null && result instanceof DocumentStore.Conflict conflict
        && conflict.kind() == DocumentStore.Conflict.Kind.NO_SUCH_ID;
  }

  /**
   * An add form refused because its id is taken now carries the version of the document it would
   * have replaced, as it was then: ticking "replace" and saving replaces that version only, not
   * a change someone makes to it meanwhile.
   */
  private static void seen(DraftForm form, DocumentStore.Conflict conflict) {
    if (form.editing() == null && conflict.kind() == DocumentStore.Conflict.Kind.ID_TAKEN) {
      form.at(conflict.version());
    }
  }

  /**
   * Why an edit form, or an add form replacing a document, was not saved: the document changed
   * since the form was opened, or since the add form said it exists (a link opens its current
   * version in a new tab), or it was removed (a link opens the add form). The form keeps the
   * version it was made to, so that saving it again cannot overwrite the change.
   */
  private static AdminPages.Outdated outdated(Messages msg, DocumentStore.Result result,
      boolean editing) {
    if (result instanceof DocumentStore.Outdated outdated) {
      String id = outdated.id();
      return new AdminPages.Outdated(msg.format(editing ? "admin.edit.outdated"
              : "admin.add.outdated", id),
          "/admin/documents/" + id + "/edit" + AdminPages.langQuery(msg),
          msg.format("admin.edit.outdated.open", id), false);
    }
    String id = ((DocumentStore.Conflict) result).id();
    return new AdminPages.Outdated(msg.format("admin.edit.removed", id),
        "/admin/documents/new" + AdminPages.langQuery(msg), msg.get("admin.edit.removed.open"),
        true);
  }

  /**
   * Notices by field that do not keep a document from being saved: a text that reads clearly as
   * the other language than its {@code language}, which decides how it is analysed for search.
   */
  private static Map<String, List<String>> warnings(Messages msg, DraftForm form) {
    Map<String, List<String>> warnings = new LinkedHashMap<>();
    LanguageCheck.otherLanguage(form.value("language"), form.body()).ifPresent(other ->
        warnings.computeIfAbsent("language", k -> new ArrayList<>())
            .add(msg.get("admin.form.readsas." + other)));
    return warnings;
  }

  /**
   * The page after a save: with warnings, the form again, filled in as saved with its replace box
   * ticked, so that a wrong value can be put right at once; else the saved page.
   */
  private void saved(Context ctx, DocumentStore.Saved saved, DraftForm form,
      Map<String, List<String>> formWarnings) {
    Map<String, List<String>> warnings = withSavedWarnings(msg(ctx), formWarnings, saved);
    if (warnings.isEmpty()) {
      saved(ctx, saved);
      return;
    }
    Messages msg = msg(ctx);
    String note = form.editing() != null ? msg.get("admin.edit.savedcheck")
        : msg.format("admin.saved.check", msg.get("admin.form.replace"));
    form(ctx, form.replacing(), Map.of(), List.of(note), warnings, null, new AdminPages.SavedLink(
            savedMessage(msg, saved), documentUrl(msg, saved)));
  }

  /**
   * The form's warnings and then what {@code validate} warns about the saved document, beside the
   * field each is about: the same checks as the command line. The language of the text the form
   * already tells in its own words.
   */
  private Map<String, List<String>> withSavedWarnings(Messages msg,
      Map<String, List<String>> formWarnings, DocumentStore.Saved saved) {
    Map<String, List<String>> warnings = joined(formWarnings, Map.of());
    FormProblemText words = new FormProblemText(msg, vocabulary());
    for (DocumentProblem warning : saved.warnings()) {
      if (warning.description().key().equals("warning.language")) {
        continue;
      }
      String field = warning.field().filter(DraftForm::isField).orElse("translation");
      warnings.computeIfAbsent(field, k -> new ArrayList<>()).add(words.of(warning));
    }
    return warnings;
  }

  private void saved(Context ctx, DocumentStore.Saved saved) {
    Messages msg = msg(ctx);
    render(ctx, "admin/saved.jte", new AdminPages.SavedPage(msg, csrf(ctx), saved.id(),
        savedMessage(msg, saved), documentUrl(msg, saved)));
  }

  private static String savedMessage(Messages msg, DocumentStore.Saved saved) {
    return msg.format(saved.created() ? "admin.saved.created" : "admin.saved.replaced",
        saved.id(), saved.path()) + " " + searchable(msg, saved);
  }

  /**
   * Whether the change can be searched now: a save re-indexes before it returns, so it can, unless
   * that re-index failed or waits for another process writing to the index.
   */
  static String searchable(Messages msg, DocumentStore.Saved saved) {
    if (!saved.reindex().succeeded() && !saved.reindex().corpusProblems().isEmpty()) {
      // a repair: other files still have problems, which keep the whole corpus out of the index
      return msg.format("admin.saved.problemsleft", saved.reindex().corpusProblems().size());
    }
    return msg.get(saved.reindex().succeeded() ? "admin.saved.searchable"
        : saved.reindex().queued() ? "admin.saved.queued" : "admin.saved.notsearchable");
  }

  /**
   * The public page of the saved document; null when it is not in the index (its re-index
   * failed), as that page would not be found.
   */
  private String documentUrl(Messages msg, DocumentStore.Saved saved) {
    return search.document(saved.id()).isPresent()
        ? "/documents/" + saved.id() + AdminPages.langQuery(msg) : null;
  }

  private void form(Context ctx, DraftForm form, Map<String, List<String>> errors,
      List<String> notes) {
    form(ctx, form, errors, notes, Map.of(), null, null);
  }

  private void form(Context ctx, DraftForm form, Map<String, List<String>> errors,
      List<String> notes, Map<String, List<String>> warnings, String uploadedFrontMatter,
      AdminPages.SavedLink saved) {
    form(ctx, form, errors, notes, warnings, uploadedFrontMatter, saved, null);
  }

  private void form(Context ctx, DraftForm form, Map<String, List<String>> errors,
      List<String> notes, Map<String, List<String>> warnings, String uploadedFrontMatter,
      AdminPages.SavedLink saved, AdminPages.Outdated outdated) {
    form(ctx, form, errors, notes, warnings, uploadedFrontMatter, saved, outdated,
        AdminPages.Summary.REFUSED, null);
  }

  /**
   * @param summary what the error summary says of the problems before it lists them
   * @param uploaded the name of the uploaded file the form holds, which the title names
   */
  private void form(Context ctx, DraftForm form, Map<String, List<String>> errors,
      List<String> notes, Map<String, List<String>> warnings, String uploadedFrontMatter,
      AdminPages.SavedLink saved, AdminPages.Outdated outdated, AdminPages.Summary summary,
      String uploaded) {
    form(ctx, form, errors, notes, warnings, uploadedFrontMatter, saved, outdated, summary,
        uploaded, UnknownValues.of(form, vocabulary()));
  }

  /**
   * The form's page. Unless it was just saved, each value of the form that no option of its field
   * stands for and that {@code errors} do not tell yet ({@code unknown}) is told first beside that
   * field: the document has a problem of its own then, whatever else {@code summary} says.
   */
  private void form(Context ctx, DraftForm form, Map<String, List<String>> errors,
      List<String> notes, Map<String, List<String>> warnings, String uploadedFrontMatter,
      AdminPages.SavedLink saved, AdminPages.Outdated outdated, AdminPages.Summary summary,
      String uploaded, UnknownValues unknown) {
    Messages msg = msg(ctx);
    Map<String, List<String>> shown = errors;
    AdminPages.Summary said = summary;
    if (saved == null && !unknown.isEmpty()) {
      shown = joined(unknown.errors(msg), errors);
      if (summary == AdminPages.Summary.OTHER_FILES) {
        said = AdminPages.Summary.REFUSED;
      }
    }
    boolean indexed = form.editing() != null && search.document(form.editing()).isPresent();
    render(ctx, "admin/document.jte", new AdminPages.FormPage(msg, csrf(ctx), form,
        vocabulary(), shown, notes, MAX_UPLOAD_MEGABYTES, warnings, uploadedFrontMatter,
        saved, outdated, said, uploaded, indexed,
        ctx.method() == HandlerType.POST && saved == null));
  }

  /** How the form tells a problem of its document: by its fields' labels, in the page's words. */
  private java.util.function.Function<DocumentProblem, String> formWords(Messages msg) {
    return new FormProblemText(msg, vocabulary())::of;
  }

  /** The form's values that are no option and that none of {@code problems} tells. */
  private UnknownValues untold(DraftForm form, List<DocumentProblem> problems,
      String candidatePath) {
    return UnknownValues.of(form, vocabulary()).untoldBy(problems, candidatePath);
  }

  /**
   * The vocabulary the form offers: the one a save is checked against, taxonomy.yml on disk,
   * which after a change the index refused differs from the live index's; the live index's when
   * the file on disk is not valid (then no save passes, and the form keeps what the site shows).
   */
  private Taxonomy vocabulary() {
    try {
      return store.vocabulary().orElseGet(search::taxonomy);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What the summary of a refused document says first: that the document itself has no
   * problems when only other files have, unless one of them is taxonomy.yml, without which the
   * corpus check reads no document at all, so that this one was not checked.
   */
  private static AdminPages.Summary summaryOf(DocumentStore.Invalid invalid) {
    boolean ownProblems = invalid.problems().stream()
        .anyMatch(p -> p.path().equals(invalid.candidatePath()));
    if (ownProblems || invalid.problems().isEmpty()) {
      return AdminPages.Summary.REFUSED;
    }
    boolean vocabularyBroken = invalid.problems().stream()
        .anyMatch(p -> p.path().equals(CorpusLoader.TAXONOMY_FILE));
    return vocabularyBroken ? AdminPages.Summary.UNCHECKED : AdminPages.Summary.OTHER_FILES;
  }

  private static byte[] read(UploadedFile file) throws IOException {
    try (InputStream in = file.content()) {
      byte[] bytes = in.readNBytes((int) MAX_UPLOAD_BYTES + 1);
      return bytes.length > MAX_UPLOAD_BYTES ? null : bytes;
    }
  }

  private static boolean isMarkdown(String fileName, byte[] bytes) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".md") || name.endsWith(".markdown")) {
      return true;
    }
    String start = new String(bytes, 0, Math.min(bytes.length, 8), StandardCharsets.UTF_8);
    return start.replace("\uFEFF", "").startsWith("---");
  }

  void render(Context ctx, String template, Object model) {
    StringOutput output = new StringOutput();
    templates.render(template, model, output);
    ctx.header("Cache-Control", "no-store");
    ctx.html(HtmlText.withoutControlCharacters(output.toString()));
    Templates.markRendered(ctx);
  }

  /**
   * The query parameters a console page reads, under the rule of every public route
   * ({@link RequestParams}): one given twice is a 400, never the first one guessed. {@code lang}
   * of another language is refused before, by {@link AdminGuard}, on every console page.
   */
  static RequestParams query(Context ctx, String... read) {
    return RequestParams.of(ctx.queryParamMap(), Set.of(read));
  }

  /**
   * The page's language, from {@code lang} in the query string only: every console form names it
   * in its action, so it is known even for a form whose body is refused unread. Lenient, for the
   * pages that say {@code lang} itself is wrong.
   */
  static Messages msg(Context ctx) {
    return Messages.of(ctx.queryParam("lang"));
  }

  private static String csrf(Context ctx) {
    Sessions.Session session = ctx.attribute(AdminGuard.SESSION_ATTRIBUTE);
    return session == null ? "" : session.csrfToken();
  }
}
