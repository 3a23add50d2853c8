package nl.buurtkennis.web;

/**
 * A request the server will not serve as asked, with the status and error code to answer:
 * a body that is too large, a malformed id, or more searches at once than the server runs.
 */
final class RefusedRequest extends RuntimeException {
  private final int status;
  private final String code;

  RefusedRequest(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }
}
