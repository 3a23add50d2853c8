package nl.buurtkennis.server;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.buurtkennis.admin.Admin;
import nl.buurtkennis.admin.AdminSettings;
import nl.buurtkennis.admin.DocumentStore;
import nl.buurtkennis.cli.CliArgs;
import nl.buurtkennis.cli.FolderArguments;
import nl.buurtkennis.reindex.ReindexBusyException;
import nl.buurtkennis.reindex.Reindexer;
import nl.buurtkennis.search.SearchIndex;
import nl.buurtkennis.search.SearchService;
import nl.buurtkennis.web.SearchGate;
import nl.buurtkennis.web.SiteAddress;
import nl.buurtkennis.web.WebApp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the server: {@code java -jar server.jar [--corpus corpus] [--index data/index]
 * [--port 7070] [--public-url URL]} ({@code --help} explains them). Builds the index first when there is none, then serves it, updates it in the
 * background when the corpus changed while the server was down, and picks up every newer commit
 * that a re-index writes.
 */
public final class ServerMain {
  private static final Logger LOG = LoggerFactory.getLogger(ServerMain.class);
  private static final long REFRESH_SECONDS = 2;

  private ServerMain() {}

  public static void main(String[] args) {
    if (ServerConfig.asksForHelp(List.of(args))) {
      System.out.println(ServerConfig.usage());
      System.exit(0);
      return;
    }
    ServerConfig config;
    try {
      config = ServerConfig.parse(List.of(args), System.getenv());
      FolderArguments.checkCorpus(config.corpusDir());
      FolderArguments.checkIndex(config.corpusDir(), config.indexDir());
    } catch (IOException e) {
      LOG.error("Cannot start: {}", e.toString());
      System.exit(1);
      return;
    } catch (CliArgs.UsageException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(ServerConfig.usage());
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
    // The index is checked (and built when missing) while the web stack starts: each takes about
    // a second, and requests in between get 503 "starting".
    CompletableFuture<IndexBootstrap.Freshness> bootstrap = new CompletableFuture<>();
    Thread preparing = new Thread(() -> {
      try {
        bootstrap.complete(IndexBootstrap.ensureIndex(config.corpusDir(), config.indexDir()));
      } catch (Throwable e) {
        bootstrap.completeExceptionally(e);
      }
    }, "index-bootstrap");
    preparing.start();
    SearchIndex index = SearchIndex.openAfter(bootstrap, config.indexDir());
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
    Javalin app = WebApp.create(search, admin, SearchGate.defaults(),
        SiteAddress.of(config.publicSite()), () -> {
      refresher.shutdownNow();
      close(index);
    }).start(config.port());
    IndexBootstrap.Freshness freshness;
    try {
      freshness = await(bootstrap);
      index.awaitOpen();
    } catch (IOException | IndexBootstrap.NoIndexException | RuntimeException | Error e) {
      app.stop();
      throw e;
    }
    LOG.info("Librarians' console /admin is {}; admin API /api/admin is {}",
        adminSettings.consoleOn() ? "on" : "off (set " + AdminSettings.PASSWORD_VARIABLE + ")",
        adminSettings.apiOn() ? "on" : "off (set " + AdminSettings.TOKEN_VARIABLE + ")");
    Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "shutdown"));
    LOG.info("Buurtkennis serves {} documents from {} on http://localhost:{}/",
        search.documentCount(), config.indexDir(), app.port());
    LOG.info("Absolute links (citations, exports, the feed) {}", config.publicSite()
        .map(site -> "start with " + site.base())
        .orElse("use the Host header of each request; set --public-url or "
            + ServerConfig.PUBLIC_URL_VARIABLE + " when the server is reachable from outside"));
    boolean existing = freshness == IndexBootstrap.Freshness.EXISTING;
    afterStartInBackground(index, adminSettings,
        existing ? () -> catchUp(config, reindexer) : () -> { });
    return app;
  }

  /**
   * Once the server answers, one after the other on one thread: readies what the first search
   * would otherwise wait for; then {@code catchUp}, whose look at every corpus file (0.6–1.3 s at
   * 100,000 files) would otherwise take the second core from that warm-up and so from the first
   * searches; then the console password's hash, which only a login needs (and would otherwise
   * derive itself).
   */
  private static void afterStartInBackground(SearchIndex index, AdminSettings adminSettings,
      Runnable catchUp) {
    Thread warming = new Thread(() -> {
      try {
        index.warmUp();
      } catch (RuntimeException e) {
        LOG.warn("Could not warm up the index; the first search does it: {}", e.toString());
      }
      catchUp.run();
      adminSettings.prepare();
    }, "index-warm-up");
    warming.setDaemon(true);
    warming.start();
  }

  private static IndexBootstrap.Freshness await(CompletableFuture<IndexBootstrap.Freshness> bootstrap)
      throws IOException, IndexBootstrap.NoIndexException {
    try {
      return bootstrap.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while preparing the index");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof IndexBootstrap.NoIndexException none) {
        throw none;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Brings the served index up to date with files changed while the server was down. */
  private static void catchUp(ServerConfig config, Reindexer reindexer) {
    try {
      if (IndexBootstrap.corpusChanged(config.corpusDir(), config.indexDir())) {
        reindexer.start();
      }
    } catch (ReindexBusyException e) {
      LOG.info("Not catching up with the corpus now: {}", e.getMessage());
    } catch (IOException | RuntimeException e) {
      LOG.warn("Could not tell whether the corpus changed; re-index from the console or with"
          + " 'indexer update' if it did: {}", e.toString());
    }
  }

  private static void close(SearchIndex index) {
    try {
      index.close();
    } catch (IOException e) {
      LOG.warn("Closing the index failed: {}", e.toString());
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
