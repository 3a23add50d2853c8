package nl.buurtkennis.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;

/**
 * Registers a GET route together with the same handler for HEAD. Javalin answers HEAD on a GET
 * route itself, with an empty 200 {@code text/plain}, without running the handler; run, the
 * handler sets the status and headers of GET, and Jetty leaves out the body.
 */
public final class GetRoutes {
  private GetRoutes() {}

  public static void add(JavalinConfig config, String path, Handler handler) {
    config.routes.get(path, handler);
    config.routes.head(path, handler);
  }
}
