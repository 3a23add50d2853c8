package nl.buurtkennis.search;

/** A search that cannot be run as asked, naming the parameter at fault. */
public final class InvalidRequestException extends RuntimeException {
  private final String parameter;
  private final String code;

  public InvalidRequestException(String parameter, String code, String message) {
    super(message);
    this.parameter = parameter;
    this.code = code;
  }

  public String parameter() {
    return parameter;
  }

  public String code() {
    return code;
  }
}
