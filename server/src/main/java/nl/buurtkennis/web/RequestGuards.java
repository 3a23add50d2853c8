package nl.buurtkennis.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import nl.buurtkennis.admin.Admin;
import nl.buurtkennis.admin.AdminPages;
import nl.buurtkennis.corpus.DocumentParser;
import nl.buurtkennis.search.IndexNotReadyException;
import nl.buurtkennis.search.SearchTimeoutException;
import org.eclipse.jetty.server.ServerConnector;

/**
 * What every request passes before a handler sees it: the security headers, the limits on headers
 * and bodies, a well-formed document id, and a place at the {@link SearchGate}. Errors that Jetty
 * answers itself (a malformed request or path, headers too large) go through
 * {@link JettyErrorHandler}.
 */
final class RequestGuards {
  /**
   * Request headers, request line included; beyond this Jetty answers 431 (or 414). The search
   * form allows a query of 1,000 characters, 9,000 bytes percent-encoded when each is three UTF-8
   * bytes (CJK); with every filter ticked its URL stays under 12 KiB, a hit's link that carries
   * the search back under 17 KiB, and a browser sends the page it came from as {@code Referer}
   * on top. Jetty holds at most this much of a request's head per connection while it parses.
   */
  static final int MAX_HEADER_BYTES = 32 * 1024;
  /** Bodies of public requests, which need none: every public route is a GET. */
  static final long MAX_BODY_BYTES = 64 * 1024;
  /** Routes whose bodies are the console's and admin API's business, with limits of their own. */
  private static final List<String> ADMIN_PREFIXES = List.of("/admin", "/api/admin/");
  /** Routes that search the index, and so wait for a place at the gate. */
  private static final Set<String> SEARCH_ROUTES = Set.of("/", "/api/search", "/api/export",
      "/feed", "/map", "/api/map", "/api/suggest");
  private static final List<String> SEARCH_PREFIXES = List.of("/documents/", "/api/documents/");
  private static final String PERMIT = "nl.buurtkennis.searchPermit";

  private RequestGuards() {}

  static void install(JavalinConfig config, SearchGate gate, Templates templates) {
    config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(MAX_HEADER_BYTES));
    config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrorHandler(templates)));
    // Javalin's default connector, with connections that keep a target Jetty refuses to parse.
    config.jetty.addConnector((server, http) -> {
      ServerConnector connector =
          new ServerConnector(server, new TargetKeepingConnectionFactory(http));
      connector.setHost(config.jetty.host);
      connector.setPort(config.jetty.port);
      return connector;
    });
    config.routes.before(ctx -> {
      SecurityHeaders.ALL.forEach(ctx::header);
      checkBody(ctx);
      checkEncoding(ctx);
      if (searches(ctx.path())) {
        if (!gate.enter()) {
          throw new RefusedRequest(503, "overloaded",
              "the server is answering as many searches as it can; try again in a moment");
        }
        ctx.attribute(PERMIT, Boolean.TRUE);
      }
    });
    config.routes.after(ctx -> {
      declareCharset(ctx);
      if (Boolean.TRUE.equals(ctx.attribute(PERMIT))) {
        ctx.attribute(PERMIT, Boolean.FALSE);
        gate.leave();
      }
    });
    for (String route : List.of("/documents/{id}", "/api/documents/{id}",
        "/api/documents/{id}/cite")) {
      config.routes.before(route, RequestGuards::checkDocumentId);
    }
    config.routes.exception(RefusedRequest.class, (e, ctx) -> refuse(ctx, templates, e.status(),
        e.code(), e.parameter()));
    config.routes.exception(SearchTimeoutException.class, (e, ctx) -> refuse(ctx, templates, 503,
        "search_timeout", null));
    config.routes.exception(IndexNotReadyException.class, (e, ctx) -> refuse(ctx, templates, 503,
        "starting", null));
  }

  /**
   * Says that a text answer is UTF-8, which it is: Javalin's {@code ctx.html} sends a bare
   * {@code text/html}, which clients that do not read the page's {@code <meta charset>} (Python's
   * requests, curl into a file) decode as ISO-8859-1, and its default type, a bare
   * {@code text/plain}, stays on answers no handler typed (a redirect's "Redirected"). Every
   * page, error page, redirect and the console passes here. An answer that has no body by its
   * status (204, 304) gets no type at all.
   */
  private static void declareCharset(Context ctx) {
    int status = ctx.status().getCode();
    if (status == 204 || status == 304) {
      ctx.res().setContentType(null);
      return;
    }
    String type = ctx.res().getContentType();
    if (type != null && type.startsWith("text/") && !type.contains("charset")) {
      ctx.contentType(type.strip() + "; charset=utf-8");
    }
  }

  /** Refuses a body over the limit, whether its length is announced or it comes in chunks. */
  private static void checkBody(Context ctx) {
    if (ADMIN_PREFIXES.stream().anyMatch(ctx.path()::startsWith)) {
      return;
    }
    long length = ctx.req().getContentLengthLong();
    boolean tooLarge = length > MAX_BODY_BYTES;
    if (length < 0 && "chunked".equalsIgnoreCase(ctx.header("Transfer-Encoding"))) {
      try (InputStream body = ctx.req().getInputStream()) {
        tooLarge = body.readNBytes((int) MAX_BODY_BYTES + 1).length > MAX_BODY_BYTES;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (tooLarge) {
      throw new RefusedRequest(413, "body_too_large",
          "request bodies may hold at most " + MAX_BODY_BYTES + " bytes");
    }
  }

  /**
   * Refuses a parameter whose percent-escapes are malformed, which the web stack would drop, or
   * that holds raw bytes that are not UTF-8, which it would read as U+FFFD.
   */
  private static void checkEncoding(Context ctx) {
    QueryStringEncoding.Malformed malformed =
        QueryStringEncoding.firstMalformed(ctx.queryString());
    if (malformed != null) {
      // Only a name of the kind the API uses is repeated: no error body carries the request's text.
      String name = malformed.name() != null && malformed.name().matches("[a-z_]{1,20}")
          ? malformed.name() : null;
      throw new RefusedRequest(400, "bad_encoding", (name == null ? "a parameter" : name)
          + " holds a malformed percent-escape or bytes that are not UTF-8", name);
    }
  }

  /**
   * Document ids are lower-case letters, digits and hyphens: anything else (a path, {@code ..}, a
   * NUL byte, a backslash) names no document and is not looked up at all. The answer, on a page as
   * in the API, says what an id is.
   */
  private static void checkDocumentId(Context ctx) {
    if (!DocumentParser.ID.matcher(ctx.pathParam("id")).matches()) {
      if (ApiPaths.isApi(ctx.path())) {
        // as for an id of the right shape: an invalid lang first, then the 404 in the lang asked
        SearchParams.language(ctx.queryParamMap());
      }
      throw new NotFoundException(null);
    }
  }

  private static boolean searches(String path) {
    return SEARCH_ROUTES.contains(path) || SEARCH_PREFIXES.stream().anyMatch(path::startsWith);
  }

  /**
   * A request refused before or while a handler ran: a page for a page's address (503, a badly
   * encoded query), else the API's error in the request's language ({@link ApiErrors}).
   */
  private static void refuse(Context ctx, Templates templates, int status, String code,
      String parameter) {
    ctx.status(status);
    if (status == 503) {
      ctx.header("Retry-After", String.valueOf(SearchGate.RETRY_AFTER_SECONDS));
    }
    boolean page = !ApiPaths.isApi(ctx.path())
        && (status == 503 || "bad_encoding".equals(code));
    if (page && "bad_encoding".equals(code) && Admin.isConsole(ctx.path())) {
      // a console page, leading back to the console rather than to the search
      Messages msg = Messages.of(Language.lenient(ctx.queryParam("lang")));
      templates.render(ctx, "admin/message.jte", AdminPages.badlyEncoded(msg));
      ctx.header("Cache-Control", "no-store");
      ctx.status(status);
    } else if (page) {
      Messages msg = Messages.of(Language.lenient(ctx.queryParam("lang")));
      String kind = switch (code) {
        case "starting" -> "starting";
        case "bad_encoding" -> "encoding";
        default -> "busy";
      };
      // a badly encoded address is not repeated; a busy page's is, to try again in either language
      templates.render(ctx, "error.jte", "encoding".equals(kind) ? ErrorPage.of(msg, kind)
          : ErrorPage.of(msg, kind).answering(ctx));
      ctx.status(status);
    } else {
      ctx.json(ApiErrors.refused(ctx, code, parameter, MAX_BODY_BYTES));
    }
  }
}
