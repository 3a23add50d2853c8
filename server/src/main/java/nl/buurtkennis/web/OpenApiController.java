package nl.buurtkennis.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves {@code /openapi.json}, the OpenAPI 3 description of the public and the admin API. It is a
 * hand-written resource; a test checks it against the routes the app registers.
 */
final class OpenApiController {
  static final String RESOURCE = "/openapi.json";
  private static final String DOCUMENT = load();

  private OpenApiController() {}

  static void document(Context ctx) {
    ctx.contentType("application/json; charset=utf-8").result(DOCUMENT);
  }

  private static String load() {
    try (InputStream in = OpenApiController.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + RESOURCE + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
