package nl.buurtkennis.server;

import io.javalin.Javalin;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.buurtkennis.admin.Admin;
import nl.buurtkennis.admin.AdminSettings;
import nl.buurtkennis.admin.DocumentStore;
import nl.buurtkennis.cli.CliArgs;
import nl.buurtkennis.reindex.ReindexBusyException;
import nl.buurtkennis.reindex.Reindexer;
import nl.buurtkennis.search.SearchIndex;
import nl.buurtkennis.search.SearchService;
import nl.buurtkennis.web.WebApp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the server: {@code java -jar server.jar [--corpus corpus] [--index data/index]
 * [--port 7070]}. Builds the index first when there is none, then serves it, updates it in the
 * background when the corpus changed while the server was down, and picks up every newer commit
 * that a re-index writes.
 */
public final class ServerMain {
  private static final Logger LOG = LoggerFactory.getLogger(ServerMain.class);
  private static final long REFRESH_SECONDS = 2;

  private ServerMain() {}

  public static void main(String[] args) {
    ServerConfig config;
    try {
      config = ServerConfig.parse(List.of(args));
    } catch (CliArgs.UsageException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println("usage: java -jar server.jar [--corpus DIR] [--index DIR] [--port N]");
      System.exit(2);
      return;
    }
    try {
      start(config);
    } catch (IndexBootstrap.NoIndexException e) {
      LOG.error("Cannot start: {}", e.getMessage());
      System.exit(1);
    } catch (IOException | RuntimeException e) {
      LOG.error("Cannot start: {}", e.toString());
      System.exit(1);
    }
  }

  static Javalin start(ServerConfig config) throws IOException, IndexBootstrap.NoIndexException {
    IndexBootstrap.Freshness freshness =
        IndexBootstrap.ensureIndex(config.corpusDir(), config.indexDir());
    SearchIndex index = SearchIndex.open(config.indexDir());
    SearchService search = new SearchService(index);
    ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "index-refresh");
      thread.setDaemon(true);
      return thread;
    });
    refresher.scheduleWithFixedDelay(() -> refresh(index), REFRESH_SECONDS, REFRESH_SECONDS,
        TimeUnit.SECONDS);
    Reindexer reindexer = new Reindexer(config.corpusDir(), config.indexDir(), () -> refresh(index));
    AdminSettings adminSettings = AdminSettings.fromEnvironment(System.getenv());
    Admin admin = Admin.create(adminSettings, search,
        new DocumentStore(config.corpusDir(), reindexer), reindexer);
    Javalin app = WebApp.create(search, admin).start(config.port());
    LOG.info("Librarians' console /admin is {}; admin API /api/admin is {}",
        adminSettings.consoleOn() ? "on" : "off (set " + AdminSettings.PASSWORD_VARIABLE + ")",
        adminSettings.apiOn() ? "on" : "off (set " + AdminSettings.TOKEN_VARIABLE + ")");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      refresher.shutdownNow();
      app.stop();
      try {
        index.close();
      } catch (IOException e) {
        LOG.warn("Closing the index failed: {}", e.toString());
      }
    }, "shutdown"));
    LOG.info("Buurtkennis serves {} documents from {} on http://localhost:{}/",
        search.documentCount(), config.indexDir(), app.port());
    if (freshness == IndexBootstrap.Freshness.STALE) {
      startCatchUp(reindexer);
    }
    return app;
  }

  /** Brings the served index up to date with files changed while the server was down. */
  private static void startCatchUp(Reindexer reindexer) {
    try {
      reindexer.start();
    } catch (ReindexBusyException e) {
      LOG.info("Not catching up with the corpus now: {}", e.getMessage());
    }
  }

  private static void refresh(SearchIndex index) {
    try {
      if (index.refresh()) {
        LOG.info("Switched to a newer commit of the index");
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("Could not open the newer index commit; still serving the previous one: {}",
          e.toString());
    }
  }
}
