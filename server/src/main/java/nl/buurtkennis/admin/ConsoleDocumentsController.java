package nl.buurtkennis.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.corpus.LeftoverFiles;
import nl.buurtkennis.search.SearchRequest;
import nl.buurtkennis.search.SearchService;
import nl.buurtkennis.taxonomy.Taxonomy;
import nl.buurtkennis.web.Messages;
import nl.buurtkennis.web.OtherLanguage;
import nl.buurtkennis.web.RequestParams;

/**
 * The console's list of existing documents and the removal of one, through the same store
 * operation as {@code DELETE /api/admin/documents/{id}}: only while the file is still the version
 * the confirmation showed. Editing is the document form's
 * ({@link ConsoleController#edit}).
 */
final class ConsoleDocumentsController {
  private static final int MAX_DOCUMENTS = 10_000;
  private static final int MAX_FILTER_LENGTH = 200;

  private final SearchService search;
  private final DocumentStore store;
  private final ConsoleController console;
  private final LeftoverRemoval leftovers;

  ConsoleDocumentsController(SearchService search, DocumentStore store,
      ConsoleController console) {
    this.search = search;
    this.store = store;
    this.console = console;
    this.leftovers = store == null ? null : new LeftoverRemoval(store.corpusDir());
  }

  /**
   * Every document in the index by title, or those whose title, id or path holds {@code q}; and
   * the leftover files of editors and the system in {@code documents/}, each to delete.
   */
  void list(Context ctx) throws IOException {
    Messages msg = ConsoleController.msg(ctx);
    RequestParams query = ConsoleController.query(ctx, "lang", "q", "removed", "reindex",
        "cleaned");
    String filter = query.single("q", "").strip();
    if (filter.length() > MAX_FILTER_LENGTH) {
      filter = filter.substring(0, MAX_FILTER_LENGTH);
    }
    String needle = filter.toLowerCase(Locale.ROOT);
    List<CorpusDocument> documents = documents();
    Taxonomy taxonomy = search.taxonomy();
    Collator collator = Collator.getInstance(msg.locale());
    List<DocumentPages.Row> rows = documents.stream()
        .filter(d -> needle.isEmpty() || (d.title() + "\n" + d.id() + "\n" + d.path())
            .toLowerCase(Locale.ROOT).contains(needle))
        .map(d -> new DocumentPages.Row(d.id(), d.title(), label(taxonomy, "type", d.type(), msg),
            label(taxonomy, "language", d.language(), msg), d.path(), d.language()))
        .sorted(Comparator.comparing(DocumentPages.Row::title, collator)
            .thenComparing(DocumentPages.Row::id))
        .toList();
    String removed = query.single("removed", null);
    String cleaned = query.single("cleaned", null);
    String notice = removed == null || !DocumentStore.validId(removed) ? null
        : msg.format(switch (query.single("reindex", "")) {
          case "failed" -> "admin.delete.done.notreindexed";
          case "queued" -> "admin.delete.done.queued";
          default -> "admin.delete.done";
        }, removed);
    if (notice == null && cleaned != null
        && LeftoverFiles.warning(cleaned.substring(cleaned.lastIndexOf('/') + 1)).isPresent()) {
      notice = msg.format("admin.leftovers.done", cleaned);
    }
    console.render(ctx, "admin/documents.jte", new DocumentPages.ListPage(msg, csrf(ctx), rows,
        documents.size(), filter, notice, OtherLanguage.of(ctx, OtherLanguage.other(msg.lang())),
        leftovers.list(msg.locale())));
  }

  /** What deleting a leftover file would delete, with a button to do it. */
  void confirmLeftover(Context ctx) throws IOException {
    Messages msg = ConsoleController.msg(ctx);
    String path = ConsoleController.query(ctx, "lang", "path").single("path", null);
    Optional<LeftoverRemoval.Leftover> leftover = leftovers.find(path, msg.locale());
    if (leftover.isEmpty()) {
      notALeftover(ctx, msg, path);
      return;
    }
    console.render(ctx, "admin/leftover.jte", new DocumentPages.LeftoverPage(msg, csrf(ctx),
        leftover.get(), OtherLanguage.of(ctx, OtherLanguage.other(msg.lang()))));
  }

  /**
   * Deletes the posted leftover file, when it is one now, then shows the list; a path that is not
   * (or no longer) one deletes nothing and says so.
   */
  void deleteLeftover(Context ctx) throws IOException {
    Messages msg = ConsoleController.msg(ctx);
    String path = ctx.formParam("path");
    if (!store.removeLeftover(leftovers, path)) {
      notALeftover(ctx, msg, path);
      return;
    }
    String lq = AdminPages.langQuery(msg);
    ctx.redirect("/admin/documents" + (lq.isEmpty() ? "?" : lq + "&") + "cleaned="
        + URLEncoder.encode(path, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
  }

  private void notALeftover(Context ctx, Messages msg, String path) {
    ctx.status(HttpStatus.NOT_FOUND);
    console.render(ctx, "admin/message.jte", new AdminPages.MessagePage(msg,
        msg.get("admin.leftovers.gone.title"), msg.format("admin.leftovers.gone",
            path == null ? "" : path), csrf(ctx), ConsoleController.documentsLink(msg)));
  }

  /**
   * What removing the document would remove, with a button to do it; when files share its id,
   * each of them, and no button. When another document refers to it, the page says so first,
   * with each reference and a link to edit it: the removal would be refused until it is gone.
   */
  void confirmDelete(Context ctx) throws IOException {
    ConsoleController.query(ctx, "lang");
    String id = ctx.pathParam("id");
    Optional<DocumentStore.Source> source = store.source(id,
        search.document(id).map(CorpusDocument::path));
    if (source.isEmpty()) {
      console.notFound(ctx, id);
      return;
    }
    List<DocumentPages.Blocker> blockers = store.deleteRefusal(id)
        .map(refusal -> blockers(ConsoleController.msg(ctx), refusal)).orElse(List.of());
    console.render(ctx, "admin/delete.jte", page(ctx, source.get(), blockers, null)
        .beforeTrying());
  }

  /**
   * Removes the document when the corpus stays valid without it, then shows the list; otherwise
   * the confirmation again with what refers to it.
   */
  void delete(Context ctx) throws IOException {
    Messages msg = ConsoleController.msg(ctx);
    String id = ctx.pathParam("id");
    Optional<DocumentStore.Source> source = DocumentStore.validId(id) ? store.source(id)
        : Optional.empty();
    String version = DocumentVersion.fromForm(ctx.formParam(DraftForm.VERSION));
    DocumentStore.Result result = source.isEmpty() ? null : store.delete(id, version);
    if (result instanceof DocumentStore.Outdated) {
      // the confirmation again, of the document as it is now, to look at before deleting it
      Optional<DocumentStore.Source> current = store.source(id);
      if (current.isEmpty()) {
        alreadyRemoved(ctx, msg, id);
        return;
      }
      ctx.status(HttpStatus.CONFLICT);
      console.render(ctx, "admin/delete.jte", page(ctx, current.get(), List.of(),
          new AdminPages.Outdated(msg.format("admin.delete.outdated", id),
              "/admin/documents/" + id + "/edit" + AdminPages.langQuery(msg),
              msg.format("admin.edit.outdated.open", id), false)));
    } else if (result instanceof DocumentStore.Saved saved) {
      String lq = AdminPages.langQuery(msg);
      ctx.redirect("/admin/documents" + (lq.isEmpty() ? "?" : lq + "&") + "removed=" + saved.id()
          + (saved.reindex().succeeded() ? "" : saved.reindex().queued() ? "&reindex=queued"
              : "&reindex=failed"), HttpStatus.SEE_OTHER);
    } else if (result instanceof DocumentStore.Conflict conflict
        && conflict.kind() == DocumentStore.Conflict.Kind.ID_SHARED) {
      ctx.status(HttpStatus.CONFLICT);
      console.render(ctx, "admin/delete.jte", page(ctx, source.get(), List.of(), null));
    } else if (result instanceof DocumentStore.Invalid invalid) {
      ctx.status(HttpStatus.CONFLICT);
      console.render(ctx, "admin/delete.jte", page(ctx, source.get(), blockers(msg, invalid),
          null));
    } else if (version != null && DocumentStore.validId(id)) {
      alreadyRemoved(ctx, msg, id);
    } else {
      console.notFound(ctx, id);
    }
  }

  /**
   * The confirmation (which posts the version it showed) of a document that is gone since: someone
   * else removed it, in the console or through the API. 409, as an edit form of a removed
   * document; a removal posted without a version names a document that is not there: 404.
   */
  private void alreadyRemoved(Context ctx, Messages msg, String id) {
    ctx.status(HttpStatus.CONFLICT);
    console.render(ctx, "admin/message.jte", new AdminPages.MessagePage(msg,
        msg.get("admin.delete.gone.title"), msg.format("admin.delete.gone", id), csrf(ctx),
        ConsoleController.documentsLink(msg)));
  }

  /** Each problem the removal would leave, with a link to edit the document it is in. */
  private List<DocumentPages.Blocker> blockers(Messages msg, DocumentStore.Invalid invalid) {
    Map<String, String> idsByPath = documents().stream()
        .collect(Collectors.toMap(CorpusDocument::path, CorpusDocument::id, (a, b) -> a));
    return invalid.problems().stream()
        .map(p -> new DocumentPages.Blocker(p.path(), p.line(), p.message(msg.locale()),
            idsByPath.get(p.path())))
        .toList();
  }

  private DocumentPages.DeletePage page(Context ctx, DocumentStore.Source source,
      List<DocumentPages.Blocker> blockers, AdminPages.Outdated outdated) throws IOException {
    List<String> paths = store.pathsOf(source.id());
    Map<String, Object> fields = FrontMatter.read(source.markdown()).readable().fields();
    Object title = fields.get("title");
    return new DocumentPages.DeletePage(ConsoleController.msg(ctx), csrf(ctx), source.id(),
        title == null ? "" : String.valueOf(title), AdminPages.textLang(fields.get("language")),
        paths.isEmpty() ? List.of(source.path()) : paths, blockers, true, source.version(),
        outdated, store.linkTarget(source.path()).orElse(null));
  }

  private List<CorpusDocument> documents() {
    return search.allDocuments(SearchRequest.all(), MAX_DOCUMENTS);
  }

  /** A concept's label in the page's language; the value itself when the taxonomy lacks it. */
  private static String label(Taxonomy taxonomy, String facet, String value, Messages msg) {
    if (value == null) {
      return "";
    }
    return taxonomy.facet(facet).flatMap(f -> f.concept(value)).map(c -> c.label().in(msg.lang()))
        .orElse(value);
  }

  private static String csrf(Context ctx) {
    Sessions.Session session = ctx.attribute(AdminGuard.SESSION_ATTRIBUTE);
    return session == null ? "" : session.csrfToken();
  }
}
