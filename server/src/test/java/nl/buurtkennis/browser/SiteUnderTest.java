package nl.buurtkennis.browser;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import nl.buurtkennis.admin.Admin;
import nl.buurtkennis.admin.AdminSettings;
import nl.buurtkennis.admin.DocumentStore;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.index.IndexBuilder;
import nl.buurtkennis.reindex.Reindexer;
import nl.buurtkennis.search.FixtureIndex;
import nl.buurtkennis.search.SearchIndex;
import nl.buurtkennis.search.SearchService;
import nl.buurtkennis.search.UnhurriedSearch;
import nl.buurtkennis.testing.TempCorpus;
import nl.buurtkennis.web.WebApp;

/**
 * The whole site, started in this JVM on a free port over the six fixture documents plus the
 * hostile ones in {@code src/test/resources/browser}: every shown field of those holds script and
 * attribute payloads, and one has an id, file name and title word longer than any shipped one,
 * which tables must make room for; with twelve documents an empty search has a second page.
 */
final class SiteUnderTest implements AutoCloseable {
  static final String[] HOSTILE = {"hostile-script.md", "hostile-attribute.md",
      "hostile-title.md", "hostile-markdown.md", "hostile-mark.md",
      "buurtveiligheidssamenwerkingsverbandevaluatierapportage.md"};

  private final SearchIndex index;
  private final Javalin app;

  private SiteUnderTest(SearchIndex index, Javalin app) {
    this.index = index;
    this.app = app;
  }

  static SiteUnderTest start(Path temp) throws Exception {
    return start(temp, null);
  }

  /**
   * The site with the librarians' console on, signed in to with {@code password} (at least 12
   * characters); without the console when it is null.
   */
  static SiteUnderTest start(Path temp, String password) throws Exception {
    TempCorpus corpus = TempCorpus.create(temp)
        .resources("/fixture", FixtureIndex.DOCUMENTS)
        .resources("/browser", HOSTILE);
    Path indexDir = temp.resolve("index");
    IndexBuilder.build(CorpusLoader.load(corpus.dir()).orThrow(), indexDir);
    SearchIndex index = SearchIndex.open(indexDir);
    SearchService search = UnhurriedSearch.of(index);
    if (password == null) {
      return new SiteUnderTest(index, WebApp.create(search).start("127.0.0.1", 0));
    }
    Reindexer reindexer = new Reindexer(corpus.dir(), indexDir, () -> {
      try {
        index.refresh();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    Admin admin = Admin.create(AdminSettings.of(password, null), search,
        new DocumentStore(corpus.dir(), reindexer), reindexer);
    return new SiteUnderTest(index, WebApp.create(search, admin).start("127.0.0.1", 0));
  }

  /** The absolute URL of {@code pathAndQuery}, which starts with '/'. */
  String url(String pathAndQuery) {
    return "http://127.0.0.1:" + app.port() + pathAndQuery;
  }

  @Override
  public void close() throws IOException {
    app.stop();
    index.close();
  }
}
