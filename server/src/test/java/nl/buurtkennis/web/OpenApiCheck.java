package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks a real answer against {@code openapi.json}: its status and media type are declared for
 * the operation, and a JSON body validates against the schema the description names (the
 * OpenAPI 3.0 dialect, {@code nullable} included).
 */
public final class OpenApiCheck {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SCHEMAS = "classpath:openapi.json#/components/schemas/";
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30());
  private static final Map<String, Schema> COMPILED = new ConcurrentHashMap<>();
  public static final JsonNode SPEC = load();

  private OpenApiCheck() {}

  /**
   * Checks one answer; returns the described route and the status, e.g.
   * {@code /api/documents/{id} 404}.
   */
  public static String check(String method, String request, int status, String contentType,
      String body) {
    String path = request.contains("?") ? request.substring(0, request.indexOf('?')) : request;
    String route = route(path);
    assertNotNull(route, "no described route for " + request);
    JsonNode response = resolve(SPEC.at("/paths/" + pointer(route) + "/"
        + method.toLowerCase(Locale.ROOT) + "/responses/" + status));
    assertFalse(response.isMissingNode(), method + " " + request + " answered " + status
        + ", which the description does not declare");
    String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    JsonNode content = response.path("content").path(type);
    assertFalse(content.isMissingNode(), method + " " + request + " answered " + type + " with "
        + status + ", which the description does not declare");
    if (type.equals("application/json")) {
      String ref = content.path("schema").path("$ref").asText();
      String name = ref.substring(ref.lastIndexOf('/') + 1);
      try {
        List<com.networknt.schema.Error> errors = schema(name).validate(JSON.readTree(body));
        assertEquals(List.of(), errors, method + " " + request + " → " + status + " against "
            + name + ": " + body.substring(0, Math.min(body.length(), 500)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return route + " " + status;
  }

  /** The compiled schema {@code #/components/schemas/<name>}. */
  public static Schema schema(String name) {
    return COMPILED.computeIfAbsent(name,
        n -> REGISTRY.getSchema(SchemaLocation.of(SCHEMAS + n)));
  }

  /** The described path template that {@code path} matches, or null. */
  static String route(String path) {
    Set<String> matches = new HashSet<>();
    SPEC.get("paths").fieldNames().forEachRemaining(template -> {
      String regex = "\\Q" + template.replace("{id}", "\\E[^/]+\\Q") + "\\E";
      if (Pattern.matches(regex, path)) {
        matches.add(template);
      }
    });
    return matches.size() == 1 ? matches.iterator().next() : null;
  }

  /** A {@code $ref} to another part of the description, followed; any other node as it is. */
  static JsonNode resolve(JsonNode node) {
    String ref = node.path("$ref").asText("");
    return ref.startsWith("#/") ? SPEC.at(ref.substring(1)) : node;
  }

  private static String pointer(String path) {
    return path.replace("~", "~0").replace("/", "~1");
  }

  private static JsonNode load() {
    try (InputStream in = OpenApiCheck.class.getResourceAsStream("/openapi.json")) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
