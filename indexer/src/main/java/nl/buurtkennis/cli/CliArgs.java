package nl.buurtkennis.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} options of a command line, checked against the names a command knows. */
public final class CliArgs {
  private final Map<String, String> options = new HashMap<>();

  private CliArgs() {}

  /** Parses {@code args}; throws {@link UsageException} for an unknown or incomplete option. */
  public static CliArgs parse(List<String> args, List<String> known) throws UsageException {
    CliArgs parsed = new CliArgs();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--") || !known.contains(arg.substring(2))) {
        throw new UsageException("unknown option '" + arg + "'; options are --"
            + String.join(", --", known));
      }
      if (i + 1 >= args.size()) {
        throw new UsageException("option '" + arg + "' needs a value");
      }
      parsed.options.put(arg.substring(2), args.get(++i));
    }
    return parsed;
  }

  public Path path(String name, String defaultValue) {
    return Path.of(options.getOrDefault(name, defaultValue));
  }

  public String get(String name, String defaultValue) {
    return options.getOrDefault(name, defaultValue);
  }

  /**
   * A yes-or-no option: true for exactly {@code yes}, false for exactly {@code no} or when it is
   * not given; any other value is a {@link UsageException}, so that a mistyped {@code --check yes}
   * does not quietly mean "no".
   */
  public boolean flag(String name, String yes, String no) throws UsageException {
    String value = options.getOrDefault(name, no);
    if (value.equals(yes) || value.equals(no)) {
      return value.equals(yes);
    }
    throw new UsageException("--" + name + " must be " + yes + " or " + no + ", not '" + value
        + "'");
  }

  /** A command line that cannot be run as given. */
  public static final class UsageException extends Exception {
    public UsageException(String message) {
      super(message);
    }
  }
}
