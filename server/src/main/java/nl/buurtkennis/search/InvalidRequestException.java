package nl.buurtkennis.search;

/** A search that cannot be run as asked, naming the parameter at fault. */
public final class InvalidRequestException extends RuntimeException {
  private final String parameter;
  private final String code;
  private final String value;

  public InvalidRequestException(String parameter, String code, String message) {
    this(parameter, code, message, null);
  }

  /** @param value the value of {@code parameter} at fault, when the parameter has several */
  public InvalidRequestException(String parameter, String code, String message, String value) {
    super(message);
    this.parameter = parameter;
    this.code = code;
    this.value = value;
  }

  /** The value at fault of a parameter that takes several (a facet's), or null. */
  public String value() {
    return value;
  }

  public String parameter() {
    return parameter;
  }

  public String code() {
    return code;
  }
}
