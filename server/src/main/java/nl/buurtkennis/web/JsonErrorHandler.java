package nl.buurtkennis.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the errors Jetty handles before the application sees a request (a malformed request
 * line, bad encoding, headers too large) in the API's error shape, with the security headers and
 * without a stack trace or any part of the request.
 */
final class JsonErrorHandler extends ErrorHandler {
  private static final String JSON = "application/json; charset=utf-8";

  JsonErrorHandler() {
    setShowStacks(false);
    setShowCauses(false);
    setShowMessageInTitle(false);
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message,
      Throwable cause, Callback callback) {
    HttpFields.Mutable headers = response.getHeaders();
    SecurityHeaders.ALL.forEach(headers::put);
    headers.put(HttpHeader.CONTENT_TYPE, JSON);
    response.write(true, ByteBuffer.wrap(body(code)), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    SecurityHeaders.ALL.forEach(fields::put);
    fields.put(HttpHeader.CONTENT_TYPE, JSON);
    return ByteBuffer.wrap(body(status));
  }

  /** A fixed body per status: the reason phrase of the status, never the request's text. */
  static byte[] body(int status) {
    String code = switch (status) {
      case 400 -> "bad_request";
      case 404 -> "not_found";
      case 413 -> "body_too_large";
      case 414 -> "uri_too_long";
      case 431 -> "headers_too_large";
      case 503 -> "overloaded";
      default -> status >= 500 ? "internal_error" : "http_" + status;
    };
    String reason = HttpStatus.getMessage(status);
    return ("{\"error\":\"" + code + "\",\"message\":\"" + reason.toLowerCase(java.util.Locale.ROOT)
        + "\",\"parameter\":null}").getBytes(StandardCharsets.UTF_8);
  }
}
