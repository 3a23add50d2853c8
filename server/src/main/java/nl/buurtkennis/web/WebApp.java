package nl.buurtkennis.web;

import io.javalin.Javalin;
import io.javalin.event.LifecycleEventListener;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import nl.buurtkennis.admin.Admin;
import nl.buurtkennis.search.InvalidRequestException;
import nl.buurtkennis.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the web application from its services: routes, error mapping and static files. */
public final class WebApp {
  private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

  private WebApp() {}

  /** The app with the console and the admin API off. */
  public static Javalin create(SearchService search) {
    return create(search, Admin.off(search), SearchGate.defaults());
  }

  public static Javalin create(SearchService search, Admin admin) {
    return create(search, admin, SearchGate.defaults());
  }

  public static Javalin create(SearchService search, SearchGate gate) {
    return create(search, Admin.off(search), gate);
  }

  /** @param gate how many searches run at once; more are refused with 503 */
  public static Javalin create(SearchService search, Admin admin, SearchGate gate) {
    return create(search, admin, gate, () -> { });
  }

  /** @param onStopped releases what the app served from, once it has stopped */
  public static Javalin create(SearchService search, Admin admin, SearchGate gate,
      LifecycleEventListener onStopped) {
    return create(search, admin, gate, SiteAddress.fromRequests(), onStopped);
  }

  /**
   * @param site where the absolute links of citations, exports and the feed point
   * @param onStopped releases what the app served from, once it has stopped
   */
  public static Javalin create(SearchService search, Admin admin, SearchGate gate,
      SiteAddress site, LifecycleEventListener onStopped) {
    ApiController api = new ApiController(search);
    PageController pages = new PageController(search, new Templates(), site);
    StaticAssets assets = new StaticAssets();
    JavalinJackson json = readiedJson();
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.jsonMapper(json);
      config.http.prefer405over404 = true;
      config.events.serverStopped(onStopped);
      RequestGuards.install(config, gate, new Templates());
      assets.paths().forEach(path -> GetRoutes.add(config, path, assets::serve));
      GetRoutes.add(config, "/favicon.ico", StaticAssets::noIcon);
      GetRoutes.add(config, "/", pages::searchPage);
      GetRoutes.add(config, "/documents/{id}", pages::documentPage);
      GetRoutes.add(config, "/vocabulary", pages::vocabularyPage);
      MapController maps = new MapController(search, new Templates());
      GetRoutes.add(config, "/map", maps::page);
      GetRoutes.add(config, "/api/map", maps::data);
      GetRoutes.add(config, "/api/search", api::search);
      GetRoutes.add(config, "/api/documents/{id}", api::document);
      GetRoutes.add(config, "/api/taxonomy", api::taxonomy);
      GetRoutes.add(config, "/api/suggest", api::suggest);
      ExportController exports = new ExportController(search, site);
      GetRoutes.add(config, "/api/export", exports::export);
      GetRoutes.add(config, "/api/documents/{id}/cite", exports::cite);
      GetRoutes.add(config, "/feed", exports::feed);
      GetRoutes.add(config, "/health", api::health);
      GetRoutes.add(config, "/openapi.json", OpenApiController::document);
      admin.register(config);

      config.routes.exception(InvalidRequestException.class, (e, ctx) -> {
        if (isApi(ctx)) {
          ctx.status(400).json(ApiErrors.invalid(ctx, e));
        } else if (Admin.isConsole(ctx.path())) {
          admin.invalidRequest(ctx, e);
        } else {
          pages.invalidRequestPage(ctx, e);
        }
      });
      config.routes.exception(NotFoundException.class, (e, ctx) -> {
        if (isApi(ctx)) {
          ctx.status(404).json(ApiErrors.notFound(ctx, e));
        } else {
          pages.documentNotFoundPage(ctx, e);
        }
      });
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("Request {} {} failed", ctx.method(), ctx.path(), e);
        ctx.status(500).json(ApiErrors.of(ctx, "internal_error", null));
      });
      config.routes.error(405, ctx -> {
        if (isApi(ctx)) {
          ctx.json(ApiErrors.of(ctx, "method_not_allowed", null, ctx.method().name()));
        } else if (Admin.isConsole(ctx.path())) {
          admin.methodNotAllowed(ctx);
        } else {
          pages.methodNotAllowedPage(ctx);
        }
        if (!isAdmin(ctx)) {
          ctx.header("Allow", "GET, HEAD");
        }
      });
      config.routes.error(404, ctx -> {
        if (isApi(ctx)) {
          if (!isJson(ctx)) {
            ctx.json(ApiErrors.endpointNotFound(ctx));
          }
        } else if (!Templates.rendered(ctx)) {
          if (Admin.isConsole(ctx.path())) {
            admin.notFound(ctx);
          } else {
            pages.notFoundPage(ctx);
          }
        }
      });
    });
  }

  /**
   * Javalin's own JSON mapper (the one it makes when none is set), readied on a thread of its own
   * while the web stack starts: Jackson's first answer (its classes, the mapper, the record's
   * serializer) took 0.3–0.9 s of the first {@code /health} on the two-core machine, after the
   * server had started.
   */
  private static JavalinJackson readiedJson() {
    JavalinJackson json = new JavalinJackson(null, false);
    Thread readying = new Thread(() -> {
      try {
        json.toJsonString(new ApiController.Health("ok", 0), ApiController.Health.class);
      } catch (RuntimeException e) {
        LOG.debug("Could not ready the JSON mapper; the first answer does it", e);
      }
    }, "json-warm-up");
    readying.setDaemon(true);
    readying.start();
    return json;
  }

  /** The console and the admin API, whose routes take other methods than GET. */
  private static boolean isAdmin(Context ctx) {
    return ctx.path().startsWith("/admin") || ctx.path().startsWith("/api/admin/");
  }

  private static boolean isApi(Context ctx) {
    return ApiPaths.isApi(ctx.path());
  }

  private static boolean isJson(Context ctx) {
    String type = ctx.res().getContentType();
    return type != null && type.startsWith("application/json");
  }
}
