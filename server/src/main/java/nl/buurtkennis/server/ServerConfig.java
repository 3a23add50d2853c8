package nl.buurtkennis.server;

import java.nio.file.Path;
import java.util.List;
import nl.buurtkennis.cli.CliArgs;

/** Where the server finds its corpus and index and where it listens; defaults suit the repo root. */
public record ServerConfig(Path corpusDir, Path indexDir, int port) {
  public static final String DEFAULT_CORPUS = "corpus";
  public static final String DEFAULT_INDEX = "data/index";
  public static final int DEFAULT_PORT = 7070;

  public static ServerConfig parse(List<String> args) throws CliArgs.UsageException {
    CliArgs parsed = CliArgs.parse(args, List.of("corpus", "index", "port"));
    String port = parsed.get("port", Integer.toString(DEFAULT_PORT));
    try {
      int number = Integer.parseInt(port);
      if (number < 0 || number > 65535) {
        throw new NumberFormatException();
      }
      return new ServerConfig(parsed.path("corpus", DEFAULT_CORPUS),
          parsed.path("index", DEFAULT_INDEX), number);
    } catch (NumberFormatException e) {
      throw new CliArgs.UsageException("--port must be a number from 0 to 65535, not '" + port + "'");
    }
  }
}
