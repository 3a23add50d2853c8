package nl.buurtkennis.web;

/**
 * A request the server will not serve as asked, with the status and error code to answer:
 * a body that is too large, a malformed id or query string, or more searches at once than the
 * server runs.
 */
final class RefusedRequest extends RuntimeException {
  private final int status;
  private final String code;
  private final String parameter;

  RefusedRequest(int status, String code, String message) {
    this(status, code, message, null);
  }

  /** @param parameter the request parameter at fault, or null */
  RefusedRequest(int status, String code, String message, String parameter) {
    super(message);
    this.status = status;
    this.code = code;
    this.parameter = parameter;
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  String parameter() {
    return parameter;
  }
}
