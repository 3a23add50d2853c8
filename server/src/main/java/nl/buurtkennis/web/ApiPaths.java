package nl.buurtkennis.web;

/**
 * Which paths belong to the API, and so are answered in its JSON error shape, and which to the
 * pages, answered with an HTML error page. Everything under {@code /api} is the API, {@code /api}
 * itself included; so are the feed, {@code /health} and {@code /openapi.json}.
 */
final class ApiPaths {
  private ApiPaths() {}

  static boolean isApi(String path) {
    return path.equals("/api") || path.startsWith("/api/") || path.equals("/feed")
        || path.equals("/health") || path.equals("/openapi.json");
  }
}
