package nl.buurtkennis.admin;

import io.javalin.config.RouterConfig;
import io.javalin.http.HandlerType;
import io.javalin.router.matcher.PathParser;
import java.util.List;

/**
 * Which methods the console's addresses answer, matched as the router matches them (Javalin's
 * {@link PathParser}): the guard asks before it checks a form's CSRF token, so that a method an
 * address does not answer ({@code PUT /admin}) is the router's 405 with {@code Allow}, or its 404,
 * whatever the token, and never a 403 for a form no handler would read.
 */
final class ConsoleMethods {
  private record Answered(HandlerType method, PathParser path) {}

  private final List<Answered> routes;

  private ConsoleMethods(List<Answered> routes) {
    this.routes = routes;
  }

  /** The methods of {@code routes}, each GET also answering HEAD as {@code GetRoutes} adds it. */
  static ConsoleMethods of(List<Admin.Route> routes, RouterConfig router) {
    return new ConsoleMethods(routes.stream()
        .map(route -> new Answered(route.method(), new PathParser(route.path(), router)))
        .toList());
  }

  /** Whether a route answers {@code method} at {@code path} (the path as the router reads it). */
  boolean answers(HandlerType method, String path) {
    HandlerType asked = method == HandlerType.HEAD ? HandlerType.GET : method;
    return routes.stream().anyMatch(route -> route.method() == asked && route.path().matches(path));
  }
}
