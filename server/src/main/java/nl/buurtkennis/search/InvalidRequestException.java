package nl.buurtkennis.search;

import java.util.List;

/**
 * A search that cannot be run as asked, naming the parameter at fault. Its message is in English,
 * for logs; the API and the pages tell it in the request's language from its code, parameter,
 * value and arguments.
 */
public final class InvalidRequestException extends RuntimeException {
  private final String parameter;
  private final String code;
  private final String value;
  private final List<Object> arguments;

  public InvalidRequestException(String parameter, String code, String message) {
    this(parameter, code, message, null);
  }

  /** @param value the value of {@code parameter} at fault, when the parameter has several */
  public InvalidRequestException(String parameter, String code, String message, String value) {
    this(parameter, code, message, value, List.of());
  }

  /**
   * @param arguments what the message says besides the parameter and its value (the limits
   *     broken, the values allowed), for telling it in another language
   */
  public InvalidRequestException(String parameter, String code, String message, String value,
      List<Object> arguments) {
    super(message);
    this.parameter = parameter;
    this.code = code;
    this.value = value;
    this.arguments = List.copyOf(arguments);
  }

  /** What the message says besides the parameter and its value; empty for a fixed limit. */
  public List<Object> arguments() {
    return arguments;
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
