package nl.buurtkennis.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.reindex.ReindexBusyException;
import nl.buurtkennis.reindex.ReindexOutcome;
import nl.buurtkennis.reindex.ReindexStatus;
import nl.buurtkennis.reindex.Reindexer;
import nl.buurtkennis.search.SearchService;
import nl.buurtkennis.web.ApiError;

/**
 * The admin JSON API: the console's operations for scripts. {@code POST /api/admin/documents}
 * only creates (409 when the id exists); {@code PUT /api/admin/documents/{id}} replaces an
 * existing document (404 when there is none), so an update is always meant. A document's source
 * comes with its version as {@code ETag}, as does a 409 of {@code POST} for a taken id (the
 * existing document's); {@code PUT} and {@code DELETE} with {@code If-Match}
 * change it only while it is still that version (412 otherwise), without it the last write wins;
 * weak tags never match (412 {@code weak_etag}), an empty or malformed {@code If-Match} is a 400.
 */
final class AdminApiController {
  /** The body of a 422: every problem the corpus would have with the change. */
  record InvalidDocument(String error, String message, String parameter,
      List<Problem> problems) {}

  /**
   * One problem in a 422, in English like every message of the API, whatever {@code lang} (which
   * picks the language of labels, not of errors); the console shows problems in its language.
   */
  record Problem(String path, int line, String message) {
    static Problem of(DocumentProblem problem) {
      return new Problem(problem.path(), problem.line(), problem.message());
    }
  }

  /** A version no file has: {@code If-Match} named none that the file has now. */
  private static final String MISMATCH = "none";

  private final SearchService search;
  private final DocumentStore store;
  private final Reindexer reindexer;

  AdminApiController(SearchService search, DocumentStore store, Reindexer reindexer) {
    this.search = search;
    this.store = store;
    this.reindexer = reindexer;
  }

  void create(Context ctx) throws IOException {
    byte[] body = body(ctx);
    if (body != null) {
      answer(ctx, store.save(body, DocumentStore.Mode.CREATE, null), HttpStatus.CREATED, body);
    }
  }

  /**
   * The document's file as it is, byte for byte, so that a script can fetch it, change it and
   * {@code PUT} it back.
   */
  void source(Context ctx) throws IOException {
    String id = id(ctx);
    if (id == null) {
      return;
    }
    java.util.Optional<DocumentStore.Source> source = store.source(id,
        search.document(id).map(CorpusDocument::path));
    if (source.isEmpty()) {
      ctx.status(HttpStatus.NOT_FOUND).json(new ApiError("not_found",
          "no document has id '" + id + "'" + fileGone(id), "id"));
      return;
    }
    ctx.header("Cache-Control", "no-store");
    ctx.header("ETag", DocumentVersion.etag(source.get().version()));
    ctx.contentType("text/markdown; charset=utf-8").result(source.get().markdown());
  }

  void replace(Context ctx) throws IOException {
    String id = id(ctx);
    byte[] body = id == null ? null : body(ctx);
    Condition condition = body == null ? null : condition(ctx, id);
    if (condition != null && !condition.answered()) {
      answer(ctx, store.save(body, DocumentStore.Mode.REPLACE, id, condition.version()),
          HttpStatus.OK, body);
    }
  }

  void delete(Context ctx) throws IOException {
    String id = id(ctx);
    Condition condition = id == null ? null : condition(ctx, id);
    if (condition != null && !condition.answered()) {
      answer(ctx, store.delete(id, condition.version()), HttpStatus.OK, null);
    }
  }

  /**
   * The version {@code If-Match} allows a change to (checked again by the store under its lock as it writes), or, when the
   * header cannot allow any, the request answered: 400 {@code invalid_if_match} for an empty
   * header or one that is not a list of entity-tags (a version without its quotes), 412
   * {@code weak_etag} for weak tags only, which never match; nothing is changed.
   */
  private Condition condition(Context ctx, String id) throws IOException {
    String header = ctx.header("If-Match");
    java.util.Optional<DocumentStore.Source> source = header == null
        ? java.util.Optional.empty() : store.source(id);
    if (source.isEmpty()) {
      return new Condition(null, false); // 404 as without the header (RFC 9110 13.2.1)
    }
    String current = source.get().version();
    switch (DocumentVersion.ifMatch(header, current)) {
      case EMPTY -> {
        ctx.status(HttpStatus.BAD_REQUEST).json(new ApiError("invalid_if_match",
            "If-Match is empty: send the ETag exactly as GET gave it, quotes included, or * for"
                + " any version, or no If-Match for the last write to win; nothing was changed",
            "If-Match"));
        return new Condition(null, true);
      }
      case MALFORMED -> {
        ctx.status(HttpStatus.BAD_REQUEST).json(new ApiError("invalid_if_match",
            "If-Match is not a list of entity-tags: send the ETag exactly as GET gave it, quotes"
                + " included (If-Match: \"<64 hex digits>\"); nothing was changed",
            "If-Match"));
        return new Condition(null, true);
      }
      case ONLY_WEAK -> {
        ctx.header("ETag", DocumentVersion.etag(current));
        ctx.status(HttpStatus.PRECONDITION_FAILED).json(new ApiError("weak_etag",
            "If-Match names only weak entity-tags (W/\"...\"), and a weak tag never matches: a"
                + " change is made only to the exact version (strong comparison, RFC 9110"
                + " 13.1.1); send the ETag exactly as GET gave it, without W/; nothing was"
                + " changed", "If-Match"));
        return new Condition(null, true);
      }
      case MATCHES -> {
        return new Condition(header.strip().equals("*") ? null : current, false);
      }
      default -> {
        return new Condition(MISMATCH, false);
      }
    }
  }

  /** The version a change is made to (null: any), or that the request is answered already. */
  private record Condition(String version, boolean answered) {}

  /** A re-index started: where to follow it. A record, so its keys keep their order. */
  record Started(String status, String statusUrl) {}

  void reindex(Context ctx) {
    try {
      reindexer.start();
      ctx.status(HttpStatus.ACCEPTED).json(new Started("started", "/api/admin/status"));
    } catch (ReindexBusyException e) {
      ctx.status(HttpStatus.CONFLICT).json(new ApiError("reindex_running", e.getMessage(), null));
    }
  }

  void status(Context ctx) {
    ReindexStatus status = reindexer.status();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("documents", search.documentCount());
    body.put("running", status.running());
    body.put("runningSince", status.runningSince().map(Object::toString).orElse(null));
    body.put("last", status.last().map(AdminApiController::outcome).orElse(null));
    body.put("lastSuperseded", status.lastSuperseded());
    body.put("indexWrittenAt", status.indexWrittenAt().map(Object::toString).orElse(null));
    ctx.json(body);
  }

  /** The answer to a change; {@code written}, the body a save writes as it is, gives its ETag. */
  private void answer(Context ctx, DocumentStore.Result result, HttpStatus success,
      byte[] written) {
    if (result instanceof DocumentStore.Outdated outdated) {
      ctx.header("ETag", DocumentVersion.etag(outdated.currentVersion()));
      ctx.status(HttpStatus.PRECONDITION_FAILED).json(new ApiError("document_changed",
          "the document is no longer the version If-Match names (it is now "
              + DocumentVersion.etag(outdated.currentVersion()) + "); nothing was changed: GET it"
              + " again and make the change to that version", "If-Match"));
    } else if (result instanceof DocumentStore.Saved saved) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("id", saved.id());
      body.put("path", saved.path());
      if (ctx.method().name().equals("DELETE")) {
        body.put("removed", true);
      } else {
        body.put("created", saved.created());
        body.put("location", "/api/documents/" + saved.id());
        ctx.header("Location", "/api/documents/" + saved.id());
        ctx.header("ETag", DocumentVersion.etag(DocumentVersion.of(written)));
      }
      body.put("reindex", outcome(saved.reindex()));
      if (!ctx.method().name().equals("DELETE")) {
        body.put("warnings", saved.warnings().stream().map(Problem::of).toList());
      }
      ctx.status(success).json(body);
    } else if (result instanceof DocumentStore.Invalid invalid) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).json(new InvalidDocument("invalid_document",
          invalid.problems().size() + " problem(s); nothing was changed"
              + StaleConcepts.explainedInEnglish(invalid.problems(), invalid.candidatePath(),
                  switch (ctx.method().name()) {
                    case "PUT" -> StaleConcepts.Change.EDIT;
                    case "DELETE" -> StaleConcepts.Change.REMOVAL;
                    default -> StaleConcepts.Change.NEW;
                  }, search.taxonomy()),
          null,
          invalid.problems().stream().map(Problem::of).toList()));
    } else if (result instanceof DocumentStore.Conflict conflict) {
      if (conflict.version() != null) {
        // the version a script that means to replace it sends back with PUT as If-Match
        ctx.header("ETag", DocumentVersion.etag(conflict.version()));
      }
      ctx.status(conflict.exists() ? HttpStatus.CONFLICT : HttpStatus.NOT_FOUND)
          .json(new ApiError(switch (conflict.kind()) {
            case ID_SHARED -> "id_shared";
            case NO_SUCH_ID -> "not_found";
            default -> "document_exists";
          }, conflictMessage(conflict), "id"));
    }
  }

  /**
   * What stood in the way, and what to do instead: a taken id is changed with {@code PUT} to its
   * own address; a file taken by a document of another id is not that id's to change.
   */
  private String conflictMessage(DocumentStore.Conflict conflict) {
    return switch (conflict.kind()) {
      case ID_TAKEN -> conflict.message() + "; to change it, PUT /api/admin/documents/"
          + conflict.id() + " with If-Match set to this answer's ETag, so that only the version"
          + " that is there now is replaced";
      case FILE_TAKEN -> conflict.message() + "; choose another id";
      case NO_SUCH_ID -> conflict.message() + fileGone(conflict.id());
      case ID_SHARED -> conflict.message();
    };
  }

  /**
   * For an id that is still in the index but has no file: that its file was removed, and that it
   * stays in search until a re-index; else nothing.
   */
  private String fileGone(String id) {
    return search.document(id).filter(d -> store.fileRemoved(d.path()))
        .map(d -> ": its file " + d.path() + " was removed; the document"
        + " stays in search until a re-index (POST /api/admin/reindex) takes it out").orElse("");
  }

  static Map<String, Object> outcome(ReindexOutcome outcome) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("succeeded", outcome.succeeded());
    body.put("startedAt", outcome.startedAt().toString());
    body.put("finishedAt", outcome.finishedAt().toString());
    body.put("added", outcome.added());
    body.put("changed", outcome.changed());
    body.put("removed", outcome.removed());
    body.put("skipped", outcome.skipped());
    body.put("errors", outcome.errors());
    body.put("millis", outcome.millis());
    body.put("problems", outcome.problems());
    body.put("queued", outcome.queued());
    return body;
  }

  /** The id of the address, or null after answering 400 when it is not a valid id. */
  private static String id(Context ctx) {
    String id = ctx.pathParam("id");
    if (!DocumentStore.validId(id)) {
      ctx.status(HttpStatus.BAD_REQUEST).json(new ApiError("invalid_id", "'" + id
          + "' is not a document id: 2 to 80 of a-z, 0-9 and '-', starting with a letter or digit",
          "id"));
      return null;
    }
    return id;
  }

  /** The request body, or null after answering 400/413 when it is empty or too large. */
  private static byte[] body(Context ctx) throws IOException {
    long max = CorpusLoader.MAX_FILE_BYTES;
    if (ctx.req().getContentLengthLong() > max) {
      tooLarge(ctx, max);
      return null;
    }
    byte[] bytes;
    try (InputStream in = ctx.req().getInputStream()) {
      bytes = in.readNBytes((int) max + 1);
    }
    if (bytes.length > max) {
      tooLarge(ctx, max);
      return null;
    }
    if (bytes.length == 0) {
      ctx.status(HttpStatus.BAD_REQUEST).json(new ApiError("empty_body",
          "send the Markdown document (front matter and text) as the request body", null));
      return null;
    }
    return bytes;
  }

  private static void tooLarge(Context ctx, long max) {
    ctx.status(HttpStatus.CONTENT_TOO_LARGE).json(new ApiError("too_large",
        "a document may be at most " + max / 1024 / 1024 + " MB", null));
  }
}
