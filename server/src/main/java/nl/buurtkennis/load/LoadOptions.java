package nl.buurtkennis.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How hard and how long to load the server. Defaults: 8 clients for 3 minutes over the shipped
 * corpus, a re-index every 5 seconds, resources sampled every 5 seconds.
 */
record LoadOptions(Path corpus, int clients, Duration duration, Duration reindexPause,
    Duration samplePeriod) {
  static final String USAGE = "usage: java -cp server/target/server.jar nl.buurtkennis.load.LoadTest"
      + " [--corpus corpus] [--clients 8] [--minutes 3] [--reindex-pause-seconds 5]"
      + " [--sample-seconds 5]";

  static LoadOptions parse(List<String> args) {
    Path corpus = Path.of("corpus");
    int clients = 8;
    double minutes = 3;
    double reindexPause = 5;
    double sample = 5;
    for (int i = 0; i < args.size(); i++) {
      String name = args.get(i);
      if (i + 1 >= args.size()) {
        throw new IllegalArgumentException("option " + name + " needs a value");
      }
      String value = args.get(++i);
      switch (name) {
        case "--corpus" -> corpus = Path.of(value);
        case "--clients" -> clients = (int) positive(name, value);
        case "--minutes" -> minutes = positive(name, value);
        case "--reindex-pause-seconds" -> reindexPause = positive(name, value);
        case "--sample-seconds" -> sample = positive(name, value);
        default -> throw new IllegalArgumentException("unknown option " + name);
      }
    }
    return new LoadOptions(corpus, clients, Duration.ofMillis((long) (minutes * 60_000)),
        Duration.ofMillis((long) (reindexPause * 1000)), Duration.ofMillis((long) (sample * 1000)));
  }

  private static double positive(String name, String value) {
    try {
      double number = Double.parseDouble(value);
      if (number > 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + " needs a positive number, not '" + value + "'");
  }
}
