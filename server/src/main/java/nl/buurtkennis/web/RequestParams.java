package nl.buurtkennis.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The query parameters of a request as every public route reads them, so that one rule holds
 * everywhere: a control character or another Unicode space in a value is read as a space
 * ({@link SpaceLikeCharacters}), a value that is empty (or only white space) counts as not given,
 * as a form's empty field must, and the parameters that take one value are refused when given
 * twice or too long ({@link QueryLimits#checkParameters}). {@code lang} is read by {@link Language}.
 */
public final class RequestParams {
  private final Map<String, List<String>> values;

  private RequestParams(Map<String, List<String>> values) {
    this.values = values;
  }

  /**
   * The parameters a route reads, without their empty values, checked; a 400 for a violation.
   *
   * @param read the parameters the route reads; any other is left out before anything is
   *     checked: an unknown parameter is ignored, and one that does nothing on a route
   *     ({@code page} on an export) is unknown there
   */
  public static RequestParams of(Map<String, List<String>> raw, Set<String> read) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    raw.forEach((name, given) -> {
      if (!read.contains(name)) {
        return;
      }
      List<String> kept = given.stream().map(SpaceLikeCharacters::asSpaces)
          .filter(value -> !value.isBlank()).toList();
      if (!kept.isEmpty()) {
        values.put(name, kept);
      }
    });
    QueryLimits.checkParameters(values);
    return new RequestParams(values);
  }

  /** Every parameter with a value, each with its non-empty values in the order given. */
  public Map<String, List<String>> asMap() {
    return values;
  }

  /** The value of a parameter that takes one, if it was given. */
  public Optional<String> single(String name) {
    List<String> given = values.getOrDefault(name, List.of());
    return given.isEmpty() ? Optional.empty() : Optional.of(given.get(0));
  }

  public String single(String name, String fallback) {
    return single(name).orElse(fallback);
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** {@code nl} (the default) or {@code en}; a 400 for another language. */
  public String language() {
    return Language.parse(single("lang", Language.DUTCH));
  }
}
