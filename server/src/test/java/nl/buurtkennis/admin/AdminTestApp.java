package nl.buurtkennis.admin;

import io.javalin.Javalin;
import java.io.IOException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.AfterAllCallback;
import java.util.stream.Stream;
import java.util.Comparator;
import java.nio.file.Files;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.index.IndexBuilder;
import nl.buurtkennis.reindex.Reindexer;
import nl.buurtkennis.search.FixtureIndex;
import nl.buurtkennis.search.SearchIndex;
import nl.buurtkennis.search.SearchService;
import nl.buurtkennis.search.UnhurriedSearch;
import nl.buurtkennis.testing.TempCorpus;
import nl.buurtkennis.web.RawHttp;
import nl.buurtkennis.web.WebApp;

/**
 * A server over a temporary copy of the six-document fixture corpus, with its live index, a
 * re-indexer and the admin module; plus a plain HTTP client that follows no redirects.
 */
final class AdminTestApp implements AutoCloseable, BeforeAllCallback, AfterAllCallback {
  static final String PASSWORD = "correct horse battery staple";
  static final String TOKEN = "a-test-token-of-enough-length";
  /**
   * The settings for {@link #PASSWORD} and {@link #TOKEN}, hashed once for the JVM: they are
   * immutable, and each PBKDF2 hash of the password costs 0.1 to 0.5 s, which per app made added
   * up to about a minute of the suite. Each sign-in still checks the password against the hash.
   */
  static final AdminSettings SETTINGS = AdminSettings.of(PASSWORD, TOKEN);
  private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"([^\"]*)\"");

  TempCorpus corpus;
  SearchIndex index;
  SearchService search;
  Reindexer reindexer;
  DocumentStore store;
  /** The folder this app made for itself as a test class's extension; null otherwise. */
  private Path ownTemp;

  /**
   * The app for a whole test class, in a temporary folder removed after it:
   * {@code @RegisterExtension static final AdminTestApp fixture = new AdminTestApp();}.
   */
  AdminTestApp() {}

  /** The app over a fixture corpus copied into {@code temp}, to be closed by the caller. */
  static AdminTestApp create(Path temp) throws Exception {
    AdminTestApp app = new AdminTestApp();
    app.open(temp);
    return app;
  }

  private void open(Path temp) throws Exception {
    corpus = TempCorpus.create(temp).resources("/fixture", FixtureIndex.DOCUMENTS);
    Path indexDir = temp.resolve("index");
    IndexBuilder.build(CorpusLoader.load(corpus.dir()).orThrow(), indexDir);
    SearchIndex opened = SearchIndex.open(indexDir);
    index = opened;
    search = UnhurriedSearch.of(opened);
    reindexer = new Reindexer(corpus.dir(), corpus.dir().resolveSibling("index"), () -> {
      try {
        opened.refresh();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    store = new DocumentStore(corpus.dir(), reindexer);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    ownTemp = Files.createTempDirectory("admin-test");
    open(ownTemp);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    close();
    try (Stream<Path> files = Files.walk(ownTemp)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  /** {@code &name=value}, URL-encoded: one more field of a form's body. */
  static String param(String name, String value) {
    return "&" + name + "=" + Client.encode(value);
  }

  /** The hidden version of a page's form, or "" when it has none. */
  static String formVersion(String html) {
    Matcher matcher = VERSION.matcher(html);
    return matcher.find() ? matcher.group(1) : "";
  }

  /**
   * A practice's fields as a librarian fills in the document form, without the CSRF token;
   * {@code version} (the edited file's, {@link #formVersion}) is left out when null.
   */
  static String documentFields(String version, String id, String title, String body) {
    return (version == null ? "" : param("version", version)) + param("id", id)
        + param("title", title) + param("type", "practice") + param("language", "nl")
        + param("year", "2014") + param("summary", "Een korte samenvatting.")
        + param("forms", "mediation") + param("body", body);
  }

  Admin admin(AdminSettings settings) {
    return Admin.create(settings, search, store, reindexer);
  }

  /** The app with the console and the API on. */
  Javalin app() {
    return WebApp.create(search, admin(SETTINGS));
  }

  Javalin app(Admin admin) {
    return WebApp.create(search, admin);
  }

  @Override
  public void close() throws IOException {
    reindexer.close();
    index.close();
  }

  /** Requests to one running app, with no redirect following and no cookie jar. */
  static final class Client {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final String origin;

    Client(Javalin app) {
      this.port = app.port();
      this.origin = "http://localhost:" + port;
    }

    HttpResponse<String> send(String method, String path, String contentType, byte[] body,
        String... headers) {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path))
          .timeout(Duration.ofSeconds(60))
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(body));
      if (contentType != null) {
        request.header("Content-Type", contentType);
      }
      for (int i = 0; i + 1 < headers.length; i += 2) {
        request.header(headers[i], headers[i + 1]);
      }
      try {
        return http.send(request.build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    /**
     * A POST written on a plain socket ({@link RawHttp#send}), for a body the server refuses
     * before reading it all: its head announces {@code length} bytes, of which only {@code body}
     * is sent (none, to show a refusal by the announced length alone).
     */
    RawHttp.Answer postRaw(String path, String contentType, long length, byte[] body,
        String... headers) throws IOException {
      StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost:"
          + port + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + length + "\r\n");
      for (int i = 0; i + 1 < headers.length; i += 2) {
        head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
      }
      byte[] headBytes = head.append("Connection: close\r\n\r\n").toString()
          .getBytes(StandardCharsets.ISO_8859_1);
      byte[] request = Arrays.copyOf(headBytes, headBytes.length + body.length);
      System.arraycopy(body, 0, request, headBytes.length, body.length);
      return RawHttp.send(port, request);
    }

    HttpResponse<String> get(String path, String... headers) {
      return send("GET", path, null, null, headers);
    }

    HttpResponse<String> form(String path, String formBody, String... headers) {
      return send("POST", path, "application/x-www-form-urlencoded",
          formBody.getBytes(StandardCharsets.UTF_8), headers);
    }

    HttpResponse<String> api(String method, String path, String body) {
      return send(method, path, "text/markdown; charset=utf-8",
          body == null ? null : body.getBytes(StandardCharsets.UTF_8),
          "Authorization", "Bearer " + TOKEN);
    }

    /** Signs in and returns the session: its cookie and the CSRF token of its forms. */
    Session signIn() {
      HttpResponse<String> page = get("/admin/sign-in");
      String signInCookie = cookie(page, SessionCookies.SIGN_IN);
      HttpResponse<String> signedIn = form("/admin/sign-in", "csrf=" + csrf(page.body())
          + "&password=" + encode(PASSWORD), "Cookie", SessionCookies.SIGN_IN + "=" + signInCookie);
      if (signedIn.statusCode() != 303) {
        throw new AssertionError("sign-in failed: " + signedIn.statusCode() + signedIn.body());
      }
      String cookie = SessionCookies.SESSION + "=" + cookie(signedIn, SessionCookies.SESSION);
      HttpResponse<String> health = get("/admin", "Cookie", cookie);
      return new Session(this, cookie, csrf(health.body()));
    }

    static String csrf(String html) {
      Matcher matcher = CSRF.matcher(html);
      if (!matcher.find()) {
        throw new AssertionError("no CSRF field in " + html);
      }
      return matcher.group(1);
    }

    static String cookie(HttpResponse<String> response, String name) {
      return setCookie(response, name).split(";", 2)[0].substring(name.length() + 1);
    }

    static String setCookie(HttpResponse<String> response, String name) {
      List<String> cookies = response.headers().allValues("Set-Cookie");
      return cookies.stream().filter(c -> c.startsWith(name + "=")).findFirst()
          .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + cookies));
    }

    static String encode(String value) {
      return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
  }

  /**
   * A signed-in librarian: the session cookie, the CSRF token of its forms, and the client whose
   * requests it signs with the cookie.
   */
  record Session(Client client, String cookie, String csrf) {
    HttpResponse<String> get(String path) {
      return client.get(path, "Cookie", cookie);
    }

    /** Posts {@code formBody} as it is; the CSRF field is the caller's, so tests can forge it. */
    HttpResponse<String> form(String path, String formBody) {
      return client.form(path, formBody, "Cookie", cookie);
    }
  }
}
