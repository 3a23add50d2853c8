package nl.buurtkennis.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.buurtkennis.cli.CliArgs;
import nl.buurtkennis.cli.IndexerCommand;
import nl.buurtkennis.export.SiteUrls;

/**
 * Where the server finds its corpus and index, where it listens, and the address the public
 * reaches it at; defaults suit the repo root.
 *
 * @param publicSite the site's public address, which citations, exports and the feed link to;
 *     empty: the scheme and {@code Host} header of each request
 */
public record ServerConfig(Path corpusDir, Path indexDir, int port, Optional<SiteUrls> publicSite) {
  public static final String DEFAULT_CORPUS = "corpus";
  public static final String DEFAULT_INDEX = "data/index";
  public static final int DEFAULT_PORT = 7070;
  /** The environment variable of {@code --public-url}, which the option overrides. */
  public static final String PUBLIC_URL_VARIABLE = "BUURTKENNIS_PUBLIC_URL";

  /** The help text; {@code COMMAND} stands for the command as it was run. */
  private static final String USAGE = """
      Usage: COMMAND [--corpus DIR] [--index DIR] [--port N] [--public-url URL]

      Serves the search pages and the JSON API over the index; builds the index from the corpus
      first when there is none, and catches up with a corpus changed while the server was down.

      Options:
        --corpus DIR       the corpus folder (default: corpus)
        --index DIR        the index folder (default: data/index)
        --port N           the port to listen on, 0 to 65535; 0 takes a free one (default: 7070)
        --public-url URL   the address the public reaches the site at, such as
                           https://buurtkennis.example.org (a path is allowed); every absolute
                           link (citations, RIS/BibTeX/CSV exports, the Atom feed) starts with it.
                           Without it, links use the Host header of each request, which the
                           sender chooses: set it when the server is reachable from outside.
        -h, --help         print this text and exit

      Environment:
        BUURTKENNIS_PUBLIC_URL       the public address, when --public-url is not given
        BUURTKENNIS_ADMIN_PASSWORD   turns the librarians' console /admin on (12 characters or more)
        BUURTKENNIS_ADMIN_TOKEN      turns the admin API /api/admin on (12 characters or more)""";

  /** The help text with the command as this JVM runs the server. */
  static String usage() {
    return USAGE.replace("COMMAND",
        IndexerCommand.running(ServerMain.class.getName(), "server.jar"));
  }

  public ServerConfig(Path corpusDir, Path indexDir, int port) {
    this(corpusDir, indexDir, port, Optional.empty());
  }

  /** Whether the command line asks for the usage text ({@code --help}, {@code -h}). */
  public static boolean asksForHelp(List<String> args) {
    return args.contains("--help") || args.contains("-h");
  }

  /**
   * The configuration of a command line, with the public address from {@code env} when the
   * command line gives none.
   */
  public static ServerConfig parse(List<String> args, Map<String, String> env)
      throws CliArgs.UsageException {
    CliArgs parsed = CliArgs.parse(args, List.of("corpus", "index", "port", "public-url"));
    return new ServerConfig(parsed.path("corpus", DEFAULT_CORPUS),
        parsed.path("index", DEFAULT_INDEX), port(parsed.get("port",
        Integer.toString(DEFAULT_PORT))), publicSite(parsed, env));
  }

  private static int port(String port) throws CliArgs.UsageException {
    try {
      int number = Integer.parseInt(port);
      if (number < 0 || number > 65535) {
        throw new NumberFormatException();
      }
      return number;
    } catch (NumberFormatException e) {
      throw new CliArgs.UsageException("--port must be a number from 0 to 65535, not '" + port + "'");
    }
  }

  private static Optional<SiteUrls> publicSite(CliArgs parsed, Map<String, String> env)
      throws CliArgs.UsageException {
    String fromEnv = env.get(PUBLIC_URL_VARIABLE);
    String address = parsed.get("public-url", fromEnv == null || fromEnv.isBlank() ? null : fromEnv);
    if (address == null) {
      return Optional.empty();
    }
    String source = parsed.get("public-url", null) != null ? "--public-url" : PUBLIC_URL_VARIABLE;
    try {
      return Optional.of(SiteUrls.parse(address));
    } catch (IllegalArgumentException e) {
      throw new CliArgs.UsageException(source + " must be an address such as"
          + " https://buurtkennis.example.org, not '" + address + "': " + e.getMessage());
    }
  }
}
