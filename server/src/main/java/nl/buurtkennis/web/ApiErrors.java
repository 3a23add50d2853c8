package nl.buurtkennis.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import nl.buurtkennis.admin.Admin;
import nl.buurtkennis.search.InvalidRequestException;

/**
 * The API's error answers, {@link ApiError}, with their message in the language of the request's
 * {@code lang}: Dutch by default, English with {@code lang=en}, read leniently as the error pages
 * read it, so that an error about {@code lang} itself is told too (in both languages, as it cannot
 * know which was meant). The admin API's are in English, whatever {@code lang} asks. The code, the parameter and the shape are the same in both. Numbers are
 * written as digits without grouping, as the API writes them everywhere.
 */
final class ApiErrors {
  private ApiErrors() {}

  /** The error {@code code} for a request, its message {@code api.error.<code>} with {@code arguments}. */
  static ApiError of(Context ctx, String code, String parameter, Object... arguments) {
    return new ApiError(code, text(messages(ctx), "api.error." + code, List.of(arguments)),
        parameter);
  }

  /**
   * A request the API cannot answer as asked: the message of its code, or of its code for its
   * parameter ({@code api.error.unknown_facet_value.place}), with the parameter, the value at
   * fault and what else the message says ({@link InvalidRequestException#arguments}, else the
   * limit of the code, {@link QueryLimits#arguments}).
   */
  static ApiError invalid(Context ctx, InvalidRequestException e) {
    if ("invalid_lang".equals(e.code())) {
      return new ApiError(e.code(), e.getMessage(), e.parameter());
    }
    Messages msg = messages(ctx);
    String key = "api.error." + e.code();
    if (e.parameter() != null && msg.has(key + "." + e.parameter())) {
      key = key + "." + e.parameter();
    }
    List<Object> arguments = new ArrayList<>();
    arguments.add(e.parameter());
    arguments.add(e.value());
    arguments.addAll(e.arguments().isEmpty() ? List.of(QueryLimits.arguments(e.code()))
        : e.arguments());
    return new ApiError(e.code(), msg.has(key) ? text(msg, key, arguments) : e.getMessage(),
        e.parameter());
  }

  /** An address under {@code /api} that is no endpoint: where the API is described. */
  static ApiError endpointNotFound(Context ctx) {
    return new ApiError("not_found", text(messages(ctx), "api.error.not_found.endpoint",
        List.of()), null);
  }

  /**
   * A request refused before any handler ran ({@link RefusedRequest}): its message, naming the
   * parameter at fault where there is one ({@code api.error.<code>.parameter}).
   */
  static ApiError refused(Context ctx, String code, String parameter, Object... arguments) {
    String key = "api.error." + code + (parameter != null ? ".parameter" : "");
    List<Object> shown = new ArrayList<>();
    shown.add(parameter);
    shown.addAll(List.of(arguments));
    return new ApiError(code, text(messages(ctx), key, shown), parameter);
  }

  /** A document asked for that does not exist: named when what was asked is an id. */
  static ApiError notFound(Context ctx, NotFoundException e) {
    return e.id() == null ? of(ctx, "not_found", null)
        : new ApiError("not_found", text(messages(ctx), "api.error.not_found.document",
            List.of(e.id())), null);
  }

  /** The words of the request's {@code lang}, whatever it holds; the admin API's are English. */
  static Messages messages(Context ctx) {
    return messages(ctx.path(), ctx.queryParam("lang"));
  }

  /** The words for an error on {@code path}, of a request whose {@code lang} is {@code lang}. */
  static Messages messages(String path, String lang) {
    return Messages.of(Admin.isApi(path) ? Language.ENGLISH : Language.lenient(lang));
  }

  private static String text(Messages msg, String key, List<Object> arguments) {
    // as written, never grouped (10000, not 10.000 or 10,000)
    Object[] shown = arguments.stream()
        .map(a -> a instanceof Number number ? number.toString() : a).toArray();
    return msg.format(key, shown);
  }
}
