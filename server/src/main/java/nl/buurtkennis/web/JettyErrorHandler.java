package nl.buurtkennis.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import nl.buurtkennis.admin.Admin;
import nl.buurtkennis.admin.AdminPages;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the errors Jetty handles before the application sees a request (a malformed request
 * line, a badly encoded path, headers too large), with the security headers and without a stack
 * trace or any part of the request.
 *
 * <p>A badly encoded path gets what a badly encoded parameter gets from {@link RequestGuards}: 400
 * {@code bad_encoding}, in the API's error shape under {@code /api}, as the console's page (the
 * same for everyone: no session is looked at here) under {@code /admin} and as the site's error
 * page elsewhere, in English when the query string asks for it. A request line or headers too
 * large to read (414, 431), which a browser user should not meet as JSON, gets the same, each
 * page saying which it was: 414 an address too long, 431 the request line and headers together
 * too large, which a long address can cause as well as cookies. The admin API's are in English,
 * as all its messages are. Everything else is answered in
 * the API's error shape.
 */
final class JettyErrorHandler extends ErrorHandler {
  private static final String JSON = "application/json; charset=utf-8";
  private static final String HTML = "text/html; charset=utf-8";

  private final Templates templates;

  JettyErrorHandler(Templates templates) {
    this.templates = templates;
    setShowStacks(false);
    setShowCauses(false);
    setShowMessageInTitle(false);
  }

  /**
   * Every method's error gets its body: Jetty's default answers only GET, POST and HEAD with one,
   * so the admin API's PUT or DELETE with headers too large got a 431 with no body and none of the
   * security headers, unlike the same request by GET.
   */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message,
      Throwable cause, Callback callback) {
    HttpFields.Mutable headers = response.getHeaders();
    SecurityHeaders.ALL.forEach(headers::put);
    String target = target(request, code);
    int query = target.indexOf('?');
    String path = query < 0 ? target : target.substring(0, query);
    String kind = null;
    if (code == HttpStatus.BAD_REQUEST_400 && badlyEncoded(path)) {
      kind = "encoding";
    } else if (code == HttpStatus.URI_TOO_LONG_414) {
      kind = "toolong";
    } else if (code == HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431) {
      // the request line counts towards the limit: a long address can cause it as well as cookies
      kind = "headers";
    }
    byte[] body;
    Messages msg = Admin.isApi(path) ? Messages.of(Language.ENGLISH)
        : Messages.of(query >= 0 && asksForEnglish(target.substring(query + 1)) ? "en" : "nl");
    if (kind == null) {
      headers.put(HttpHeader.CONTENT_TYPE, JSON);
      body = body(code, msg);
    } else if (ApiPaths.isApi(path)) {
      // in the API's shape, told in the language the query string asks for, as the pages are
      headers.put(HttpHeader.CONTENT_TYPE, JSON);
      String error = switch (kind) {
        case "encoding" -> "bad_encoding";
        case "toolong" -> "uri_too_long";
        default -> "headers_too_large";
      };
      body = json(new ApiError(error, msg.get("api.error.request." + kind), null));
    } else {
      headers.put(HttpHeader.CONTENT_TYPE, HTML);
      String page;
      if (Admin.isConsole(path)) {
        // the console's page, leading back to the console, as for a console page's parameter
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        page = templates.html("admin/message.jte", switch (code) {
          case HttpStatus.URI_TOO_LONG_414 -> AdminPages.addressTooLong(msg);
          case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 -> AdminPages.headersTooLarge(msg);
          default -> AdminPages.badlyEncoded(msg);
        });
      } else {
        page = templates.html("error.jte", ErrorPage.of(msg, kind));
      }
      body = page.getBytes(StandardCharsets.UTF_8);
    }
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    SecurityHeaders.ALL.forEach(fields::put);
    fields.put(HttpHeader.CONTENT_TYPE, JSON);
    // a request Jetty could not parse has no lang that can be trusted: the API's default, Dutch
    return ByteBuffer.wrap(body(status, Messages.of("nl")));
  }

  /**
   * A fixed body per status, its message in the words of {@code msg} (the status's reason phrase
   * for a status the API has no words for), never the request's text.
   */
  static byte[] body(int status, Messages msg) {
    String code = switch (status) {
      case 400 -> "bad_request";
      case 404 -> "not_found";
      case 413 -> "body_too_large";
      case 414 -> "uri_too_long";
      case 431 -> "headers_too_large";
      case 503 -> "overloaded";
      case 505 -> "http_version_not_supported";
      default -> status >= 500 ? "internal_error" : "http_" + status;
    };
    String key = switch (code) {
      case "not_found" -> "api.error.not_found.endpoint";
      case "uri_too_long" -> "api.error.request.toolong";
      case "headers_too_large" -> "api.error.request.headers";
      default -> "api.error." + code;
    };
    String message = msg.has(key)
        ? msg.format(key, null, Long.toString(RequestGuards.MAX_BODY_BYTES))
        : HttpStatus.getMessage(status).toLowerCase(Locale.ROOT);
    return json(new ApiError(code, message, null));
  }

  /**
   * The request target as sent, also where Jetty refused it and answers for a stand-in: a
   * target it could not parse, or the start of one too long to read (414, 431).
   */
  private static String target(Request request, int code) {
    String refused = TargetKeepingConnectionFactory.refusedTarget(request);
    if (refused != null) {
      return refused;
    }
    String head = TargetKeepingConnectionFactory.requestHead(request);
    if (head != null && (code == HttpStatus.URI_TOO_LONG_414
        || code == HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431)) {
      return targetOf(head);
    }
    return request.getHttpURI().getPathQuery();
  }

  /** The target of a request line, or of as much of one as {@code head} holds. */
  static String targetOf(String head) {
    String line = head.stripLeading();
    int start = line.indexOf(' ') + 1;
    int end = start;
    while (end < line.length() && line.charAt(end) > ' ') {
      end++;
    }
    return start <= 0 ? "" : line.substring(start, end);
  }

  /** A malformed percent-escape, escapes that are not UTF-8, or an escaped control character. */
  private static boolean badlyEncoded(String path) {
    try {
      return PercentDecoding.strict(path).chars().anyMatch(Character::isISOControl);
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  /**
   * Whether the query string's first {@code lang} asks for English ({@code en}, {@code EN},
   * {@code en-GB}, read as {@link Language#lenient} reads it), whatever else it holds.
   */
  private static boolean asksForEnglish(String queryString) {
    return List.of(queryString.split("&")).stream().filter(p -> p.startsWith("lang="))
        .findFirst().map(p -> Language.ENGLISH.equals(Language.lenient(p.substring(5))))
        .orElse(false);
  }

  private static byte[] json(ApiError error) {
    try {
      return new ObjectMapper().writeValueAsBytes(error);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an ApiError is always JSON", e);
    }
  }
}
