package nl.buurtkennis.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The page's own style sheet, script and icon, read from the class path once and served from memory
 * with an ETag. Javalin's static file handler would do the same for a folder, but it opens the
 * whole 50,000-entry server jar as a zip file system at start, which took about 0.7 s of a 2.7 s
 * start; two fixed files do not need it.
 */
final class StaticAssets {
  private static final Map<String, String> TYPES = Map.of(
      "style.css", "text/css; charset=utf-8",
      "suggest.js", "text/javascript; charset=utf-8",
      "favicon.svg", "image/svg+xml");

  private record Asset(byte[] bytes, String type, String etag) {}

  private final Map<String, Asset> assets = new LinkedHashMap<>();

  StaticAssets() {
    TYPES.forEach((name, type) -> {
      byte[] bytes = read("/public/" + name);
      assets.put("/" + name, new Asset(bytes, type, "\"" + sha256(bytes).substring(0, 16) + "\""));
    });
  }

  /** The paths this serves, e.g. {@code /style.css}. */
  Iterable<String> paths() {
    return assets.keySet();
  }

  /**
   * {@code /favicon.ico}, which browsers ask for whatever the page links: nothing, said with 204
   * and kept for a day, instead of a 404 in every browser's log. The pages link
   * {@code /favicon.svg}.
   */
  static void noIcon(Context ctx) {
    ctx.header("Cache-Control", "public, max-age=86400");
    ctx.status(HttpStatus.NO_CONTENT);
  }

  void serve(Context ctx) {
    Asset asset = assets.get(ctx.path());
    ctx.header("ETag", asset.etag());
    ctx.header("Cache-Control", "public, max-age=3600");
    if (asset.etag().equals(ctx.header("If-None-Match"))) {
      ctx.status(HttpStatus.NOT_MODIFIED);
      return;
    }
    ctx.contentType(asset.type());
    ctx.result(asset.bytes());
  }

  private static byte[] read(String resource) {
    try (InputStream in = StaticAssets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the server jar lacks " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
