package nl.buurtkennis.admin;

import java.nio.charset.StandardCharsets;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import nl.buurtkennis.reindex.Reindexer;
import nl.buurtkennis.search.InvalidRequestException;
import nl.buurtkennis.search.SearchService;
import nl.buurtkennis.web.ApiError;
import nl.buurtkennis.web.GetRoutes;
import nl.buurtkennis.web.Messages;
import nl.buurtkennis.web.RequestErrors;

/**
 * The librarians' console ({@code /admin}) and the admin JSON API ({@code /api/admin/}): one route
 * table, registered behind {@link AdminGuard}. With the console or the API off, its routes still
 * exist and answer 403 with how to turn it on.
 */
public final class Admin {
  /** One admin route: what {@link #register} adds, and what the tests walk through. */
  public record Route(HandlerType method, String path, Handler handler) {}

  private final AdminGuard guard;
  private final ConsoleController console;
  private final AdminApiController api;
  private final List<Route> routes;

  private Admin(AdminSettings settings, SearchService search, DocumentStore store,
      Reindexer reindexer, Clock clock) {
    Sessions sessions = new Sessions(clock);
    SignInThrottle throttle = new SignInThrottle(clock);
    this.guard = new AdminGuard(settings, sessions, throttle);
    this.console = new ConsoleController(settings, sessions, throttle, new SignInTokens(), search,
        store, reindexer, new DocumentExtractor());
    this.api = new AdminApiController(search, store, reindexer);
    ConsoleDocumentsController documents = new ConsoleDocumentsController(search, store, console);
    this.routes = List.of(
        new Route(HandlerType.GET, "/admin", console::health),
        new Route(HandlerType.GET, AdminGuard.SIGN_IN_PATH, console::signInPage),
        new Route(HandlerType.POST, AdminGuard.SIGN_IN_PATH, console::signIn),
        new Route(HandlerType.POST, "/admin/sign-out", console::signOut),
        new Route(HandlerType.GET, "/admin/documents/new", console::newDocument),
        new Route(HandlerType.POST, "/admin/documents/upload", console::upload),
        new Route(HandlerType.POST, "/admin/documents", console::submit),
        new Route(HandlerType.GET, "/admin/documents", documents::list),
        new Route(HandlerType.GET, "/admin/documents/{id}/edit", console::edit),
        new Route(HandlerType.POST, "/admin/documents/{id}/edit", console::submitEdit),
        new Route(HandlerType.GET, "/admin/documents/{id}/delete", documents::confirmDelete),
        new Route(HandlerType.POST, "/admin/documents/{id}/delete", documents::delete),
        new Route(HandlerType.GET, "/admin/leftovers/delete", documents::confirmLeftover),
        new Route(HandlerType.POST, "/admin/leftovers/delete", documents::deleteLeftover),
        new Route(HandlerType.POST, "/admin/reindex", console::reindex),
        new Route(HandlerType.POST, "/api/admin/documents", api::create),
        new Route(HandlerType.GET, "/api/admin/documents/{id}", api::source),
        new Route(HandlerType.PUT, "/api/admin/documents/{id}", api::replace),
        new Route(HandlerType.DELETE, "/api/admin/documents/{id}", api::delete),
        new Route(HandlerType.POST, "/api/admin/reindex", api::reindex),
        new Route(HandlerType.GET, "/api/admin/status", api::status));
  }

  /** Console and API, each on when {@code settings} hold its secret. */
  public static Admin create(AdminSettings settings, SearchService search, DocumentStore store,
      Reindexer reindexer) {
    return create(settings, search, store, reindexer, Clock.systemUTC());
  }

  static Admin create(AdminSettings settings, SearchService search, DocumentStore store,
      Reindexer reindexer, Clock clock) {
    return new Admin(settings, Objects.requireNonNull(search), Objects.requireNonNull(store),
        Objects.requireNonNull(reindexer), clock);
  }

  /** Both off: every admin route answers 403 with how to turn it on. */
  public static Admin off(SearchService search) {
    return new Admin(AdminSettings.off(), search, null, null, Clock.systemUTC());
  }

  public List<Route> routes() {
    return routes;
  }

  /** Adds the guard (before every request), the routes and the mapping of denials. */
  public void register(JavalinConfig config) {
    config.jetty.multipartConfig.maxFileSize(ConsoleController.MAX_UPLOAD_MEGABYTES, SizeUnit.MB);
    config.jetty.multipartConfig.maxTotalRequestSize(ConsoleController.MAX_UPLOAD_MEGABYTES + 1,
        SizeUnit.MB);
    // The document form carries a whole text (a draft from a file holds up to a million
    // characters): more than the 1 MB Javalin reads of a body by default. Only admin routes read
    // bodies this large, and only behind the guard.
    config.http.maxRequestSize = Math.max(config.http.maxRequestSize,
        ConsoleController.MAX_FORM_BYTES);
    guard.answering(ConsoleMethods.of(routes, config.router));
    config.routes.before(guard::check);
    for (Route route : routes) {
      if (route.method() == HandlerType.GET) {
        GetRoutes.add(config, route.path(), route.handler());
      } else {
        config.routes.addEndpoint(new io.javalin.router.Endpoint(route.method(), route.path(),
            route.handler()));
      }
    }
    config.routes.exception(AdminDenied.class, this::denied);
  }

  private void denied(AdminDenied denial, Context ctx) {
    Messages msg = ConsoleController.msg(ctx);
    ctx.header("Cache-Control", "no-store");
    switch (denial.kind()) {
      case API_OFF -> ctx.status(HttpStatus.FORBIDDEN).json(new ApiError("admin_api_off",
          "the admin API is off; start the server with the environment variable "
              + AdminSettings.TOKEN_VARIABLE + " set to a secret of at least "
              + AdminSettings.MIN_SECRET_LENGTH + " characters", null));
      case API_UNAUTHORIZED -> {
        ctx.header("WWW-Authenticate", "Bearer realm=\"buurtkennis-admin\"");
        ctx.status(HttpStatus.UNAUTHORIZED).json(new ApiError("unauthorized",
            "send the header 'Authorization: Bearer <token>' with the token of "
                + AdminSettings.TOKEN_VARIABLE, null));
      }
      case API_LOCKED -> {
        ctx.header("Retry-After", Long.toString(denial.waitSeconds()));
        ctx.status(HttpStatus.TOO_MANY_REQUESTS).json(new ApiError("too_many_attempts",
            "too many wrong tokens or console passwords from this address; try again in "
                + denial.waitSeconds() + " seconds", null));
      }
      case CONSOLE_OFF -> {
        // no console to lead back to, nor a sign-in
        ctx.status(HttpStatus.FORBIDDEN);
        console.render(ctx, "admin/message.jte", new AdminPages.MessagePage(msg,
            msg.get("admin.off.title"), msg.get("admin.off.text"), "").answering(ctx));
      }
      case SIGN_IN_FIRST -> {
        if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD) {
          ctx.redirect(signInUrl(ctx, msg), HttpStatus.SEE_OTHER);
        } else {
          console.signInKeeping(ctx);
        }
      }
      case CSRF -> {
        if (ctx.method() == HandlerType.POST && ctx.attribute(AdminGuard.SESSION_ATTRIBUTE) != null
            && KeptForm.formAt(ctx.path()) != null) {
          console.resubmit(ctx);
        } else {
          message(ctx, HttpStatus.FORBIDDEN, msg, msg.get("admin.denied.title"),
              msg.get("admin.denied.csrf"));
        }
      }
      case TOO_LARGE -> message(ctx, HttpStatus.CONTENT_TOO_LARGE, msg,
          msg.get("admin.upload.toolarge.title"),
          msg.format("admin.upload.toolarge", ConsoleController.MAX_UPLOAD_MEGABYTES));
      case BAD_FORM -> message(ctx, HttpStatus.BAD_REQUEST, msg, msg.get("admin.badform.title"),
          msg.get("admin.denied.badform"));
      case LOCKED -> {
        ctx.header("Retry-After", Long.toString(denial.waitSeconds()));
        message(ctx, HttpStatus.TOO_MANY_REQUESTS, msg, msg.get("admin.denied.title"),
            msg.format("admin.signin.locked", denial.waitSeconds()));
      }
    }
  }

  /**
   * Whether a path is the admin API's (read as the guard reads it): its errors are told in
   * English, whatever {@code lang} asks.
   */
  public static boolean isApi(String path) {
    return AdminGuard.normalise(path).startsWith("/api/admin");
  }

  /** Whether a path is the console's: its pages answer errors as console pages. */
  public static boolean isConsole(String path) {
    return AdminGuard.normalise(path).startsWith("/admin");
  }

  /**
   * A console page asked for with a parameter it cannot take (a language it does not speak, a
   * parameter given twice): 400, a console page naming the parameter by what it means, with a
   * link back to the console.
   */
  public void invalidRequest(Context ctx, InvalidRequestException e) {
    Messages msg = ConsoleController.msg(ctx);
    String parameter = e.parameter();
    String label = parameter == null ? null
        : msg.has("admin.param." + parameter) ? msg.get("admin.param." + parameter)
        : msg.has("field." + parameter) ? msg.get("field." + parameter) : parameter;
    consoleError(ctx, HttpStatus.BAD_REQUEST, msg, msg.get("error.request.title"),
        RequestErrors.inAddress(msg, e, label));
  }

  /** A console address asked with a method it does not answer, such as a form posted to it. */
  public void methodNotAllowed(Context ctx) {
    Messages msg = ConsoleController.msg(ctx);
    boolean opened = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
    consoleError(ctx, HttpStatus.METHOD_NOT_ALLOWED, msg, msg.get("error.method.title"),
        msg.get(opened ? "admin.method.open" : "admin.method.message"));
  }

  /**
   * A console address that names no console page. Only a signed-in librarian gets this far: the
   * guard sends anyone else to the sign-in page first, found or not.
   */
  public void notFound(Context ctx) {
    Messages msg = ConsoleController.msg(ctx);
    consoleError(ctx, HttpStatus.NOT_FOUND, msg, msg.get("error.notfound.title"),
        msg.get("admin.notfound.page"));
  }

  /** An error told on a console page that leads back to the console. */
  private void consoleError(Context ctx, HttpStatus status, Messages msg, String title,
      String text) {
    Sessions.Session session = ctx.attribute(AdminGuard.SESSION_ATTRIBUTE);
    ctx.status(status);
    console.render(ctx, "admin/message.jte", new AdminPages.MessagePage(msg, title, text,
        session == null ? "" : session.csrfToken(), AdminPages.backToConsole(msg))
        .answering(ctx));
  }

  /** The sign-in page, to come back to the console page asked for once signed in. */
  private static String signInUrl(Context ctx, Messages msg) {
    String asked = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    String next = KeptForm.safeNext(asked);
    String lq = AdminPages.langQuery(msg);
    return AdminGuard.SIGN_IN_PATH + lq + (next == null ? "" : (lq.isEmpty() ? "?" : "&")
        + KeptForm.NEXT + "=" + java.net.URLEncoder.encode(next, StandardCharsets.UTF_8));
  }

  /**
   * A denial of a posted form told on a console page, titled as refused ("Fout:" / "Error:"):
   * signed in, with the console's menu and the way back to the console; not signed in (a sign-in
   * refused or locked out), with the way to the sign-in page.
   */
  private void message(Context ctx, HttpStatus status, Messages msg, String title, String text) {
    Sessions.Session session = ctx.attribute(AdminGuard.SESSION_ATTRIBUTE);
    ctx.status(status);
    console.render(ctx, "admin/message.jte", new AdminPages.MessagePage(msg, title, text,
        session == null ? "" : session.csrfToken(),
        session == null ? AdminPages.toSignIn(msg) : AdminPages.backToConsole(msg), true)
        .answering(ctx));
  }
}
