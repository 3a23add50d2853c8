package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.buurtkennis.search.InvalidRequestException;
import nl.buurtkennis.search.SearchRequest;
import nl.buurtkennis.search.SearchService;
import nl.buurtkennis.search.TestIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Ten thousand generated hostile requests (seeded, so a failure can be replayed) against the API
 * and the pages: random Unicode with surrogates and control characters, query syntax, deep
 * nesting, huge numbers, repeated and unknown parameters, bad languages, orders and filters. No
 * answer may be a 5xx, none may hang, and the server must be healthy afterwards. The explicit
 * cases of the issue (10,000 parentheses, quotes and dashes, {@code /.{10000,}/}, {@code *a*})
 * are among them.
 *
 * <p>A {@link StackOverflowError} is impossible rather than caught: the limits are checked on the
 * raw text before any parsing (at most 1,000 characters and 20 levels of parentheses), and only
 * the parser recurses, once per level.
 */
class HostileQueryFuzzTest {
  static final long SEED = 20261128L;
  static final int REQUESTS = 10_000;
  /** A hang detector, not a speed goal: a search here takes milliseconds (see the figures). */
  static final Duration HANG = Duration.ofSeconds(3);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] SYNTAX = {"(", ")", "\"", "-", "+", "|", "*", "~", "~2", "/",
      ".*", "\\", "OR", "AND", "NOT", "&&", "||", "{", "}", "[", "]", "^", ":", "title_nl:",
      "*a*", "?", "%", "'", "’", "<script>alert(1)</script>", "${x}", "@if", "\"\"", "()",
      "-(", "\"-", "*\"", "a*", "bew*", "/.{10000,}/", "\u0000", "\r\n", "\t", "\u202e",
      "\ufeff", "\ud83d\ude00", "\udc00", "\ud800", "ĳ", "coördinatie", " ", "  "};
  private static final String[] WORDS = {"bewoners", "buurt", "preventie", "veiligheid",
      "watch", "police", "whatsapp", "burgernet", "veiligheidsgevoel", "wijkagent", "de", "the",
      "buurtbemiddeling", "Rotterdam", "2014"};
  private static final String[] NUMBERS = {"-1", "0", "1", "2", "10", "100", "101", "9999",
      "10000", "2147483647", "2147483648", "9223372036854775808", "99999999999999999999",
      "1e308", "-0", "NaN", "0x10", " 5 ", "", "½", "١٢"};
  /** Routes and their shares in percent: the map runs a search per row, so it comes rarely. */
  private static final String[] ROUTES = {"/api/search", "/", "/api/suggest", "/feed",
      "/api/export", "/api/map", "/map"};
  private static final int[] SHARES = {78, 14, 3, 2, 1, 1, 1};
  private static final String[] PARAMS = {"page", "size", "sort", "lang", "year_from", "year_to",
      "explain", "form", "issue", "benefit", "condition", "police_task", "evidence", "type",
      "language", "place", "format", "rows", "cols", "defType", "template", "q.op", ""};
  private static final String[] VALUES = {"nl", "en", "fr", "EN", "relevance", "newest",
      "oldest", "random", "true", "false", "citizen-surveillance", "feelings", "privacy",
      "Rotterdam", "csv", "ris", "bibtex", "form", "benefit", "../../etc/passwd", "%00", "x"};

  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  @Test
  void tenThousandHostileRequestsGetNo5xxAndNoHang() {
    List<String> targets = explicitCases();
    Random random = new Random(SEED);
    while (targets.size() < REQUESTS) {
      targets.add(randomTarget(random));
    }
    List<String> report = java.util.Collections.synchronizedList(new ArrayList<>());
    try {
      fuzz(targets, report);
    } finally {
      // printed outside the test tool, which keeps a passing test's output to itself
      report.forEach(System.out::println);
    }
  }

  private void fuzz(List<String> targets, List<String> report) {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      String origin = "http://localhost:" + server.port();
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10)).build();
      for (int i = 0; i < 20; i++) { // warm up (the suggester is built on first use)
        for (String route : ROUTES) {
          send(http, origin, route + "?q=bewoners");
        }
      }
      long[] millis = new long[targets.size()];
      Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
      List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
      AtomicInteger next = new AtomicInteger();
      long start = System.nanoTime();
      ExecutorService clients = Executors.newFixedThreadPool(2);
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < 2; c++) {
        running.add(clients.submit(() -> {
          for (int i; (i = next.getAndIncrement()) < targets.size(); ) {
            String target = targets.get(i);
            long t = System.nanoTime();
            Reply response = send(http, origin, target);
            millis[i] = (System.nanoTime() - t) / 1_000_000;
            statuses.merge(response.statusCode(), 1, Integer::sum);
            String problem = problem(target, response);
            if (problem != null) {
              failures.add(i + " " + abbreviate(target) + " → " + response.statusCode() + " "
                  + problem);
            }
          }
          return null;
        }));
      }
      for (Future<?> f : running) {
        f.get();
      }
      clients.shutdown();
      long total = (System.nanoTime() - start) / 1_000_000;
      long[] sorted = millis.clone();
      Arrays.sort(sorted);
      int slowest = 0;
      for (int i = 1; i < millis.length; i++) {
        slowest = millis[i] > millis[slowest] ? i : slowest;
      }
      report.add(String.format("fuzz: %d requests in %d ms (seed %d); status counts %s; latency ms "
          + "p50 %d, p99 %d, max %d (%s)", targets.size(), total, SEED,
          new TreeMap<>(statuses), sorted[sorted.length / 2], sorted[sorted.length * 99 / 100],
          sorted[sorted.length - 1], abbreviate(targets.get(slowest))));
      Integer[] order = new Integer[millis.length];
      Arrays.setAll(order, i -> i);
      Arrays.sort(order, (a, b) -> Long.compare(millis[b], millis[a]));
      for (int i = 0; i < 8; i++) {
        report.add("slow: " + millis[order[i]] + " ms " + abbreviate(targets.get(order[i])));
      }
      assertTrue(failures.isEmpty(), failures.size() + " bad answers, first: "
          + failures.subList(0, Math.min(5, failures.size())));
      assertTrue(sorted[sorted.length - 1] < HANG.toMillis(),
          "slowest " + sorted[sorted.length - 1] + " ms: " + abbreviate(targets.get(slowest)));
      Reply health = send(http, origin, "/health");
      assertEquals(200, health.statusCode());
      assertEquals("ok", JSON.readTree(health.body()).get("status").asText());
    });
  }

  /**
   * The issue's hostile queries at full length, which no URL within the header limit can carry:
   * straight through the parameter checks and, where they pass, the search. Each is refused with
   * a 400 or answered; nothing else is thrown, a {@link StackOverflowError} least of all.
   */
  @Test
  void theIssuesHostileQueriesAreRefusedOrAnsweredNeverThrown() {
    SearchService search = UnhurriedSearch.of(fixture.index());
    List<String> queries = new ArrayList<>(List.of("(".repeat(10_000),
        "(".repeat(10_000) + "a" + ")".repeat(10_000), "\"".repeat(10_000), "-".repeat(10_000),
        "/.{10000,}/", "*a*", "*", "9".repeat(10_000), "1e999999999 -1e999999999",
        "\"" + "(".repeat(999), "(\"".repeat(5_000), "-(".repeat(5_000), "a* ".repeat(3_000),
        "OR ".repeat(3_000), "\\".repeat(10_000), "~".repeat(10_000), "\ud800".repeat(10_000)));
    for (String unit : List.of("(", "\"", "-", "+", "|", "~", "\\", ")", "* ", "-\"", "(-")) {
      queries.add(unit.repeat(QueryLimits.MAX_QUERY_CHARS / unit.length()));
    }
    int refused = 0;
    int answered = 0;
    for (String query : queries) {
      try {
        SearchRequest request = SearchParams.parse(Map.of("q", List.of(query)));
        search.search(request);
        answered++;
      } catch (InvalidRequestException e) {
        refused++;
      } catch (Throwable t) {
        throw new AssertionError(abbreviate(query) + " threw " + t, t);
      }
    }
    assertEquals(queries.size(), refused + answered);
    assertTrue(answered > 0 && refused > 0, answered + " answered, " + refused + " refused");
  }

  /** What is wrong with an answer, or null. */
  private static String problem(String target, Reply response) {
    int status = response.statusCode();
    if (status >= 500) {
      return "server error: " + abbreviate(response.body());
    }
    // 414 and 431: the URL is longer than the server reads (its request header limit)
    if (status != 200 && status != 400 && status != 404 && status != 414 && status != 431) {
      return "unexpected status";
    }
    if (status == 400 && target.startsWith("/api/")) {
      try {
        JsonNode error = JSON.readTree(response.body());
        if (!error.has("error") || !error.has("message") || !error.has("parameter")) {
          return "error without the API shape: " + abbreviate(response.body());
        }
      } catch (Exception e) {
        return "error body is not JSON: " + abbreviate(response.body());
      }
    }
    if (response.body().contains("\tat ") || response.body().contains("Exception")) {
      return "stack trace";
    }
    return null;
  }

  /** An answer from either client. */
  record Reply(int statusCode, String body) {}

  /**
   * Sends {@code target} with the JDK's client, or on a bare socket when the target is a URI no
   * client would send (a malformed percent escape).
   */
  private static Reply send(HttpClient http, String origin, String target) {
    try {
      URI uri;
      try {
        uri = URI.create(origin + target);
      } catch (IllegalArgumentException malformed) {
        RawHttp.Answer answer = RawHttp.get(URI.create(origin).getPort(), target);
        return new Reply(answer.status(), answer.body());
      }
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
          .timeout(HANG.plusSeconds(7)).GET().build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body());
    } catch (Exception e) {
      throw new AssertionError(target + ": " + e, e);
    }
  }

  /** The cases the issue names, each through the API and the page. */
  static List<String> explicitCases() {
    List<String> queries = List.of("(".repeat(10_000),
        "(".repeat(10_000) + "a" + ")".repeat(10_000),
        "\"".repeat(10_000), "-".repeat(10_000), "/.{10000,}/", "*a*", "*", "a".repeat(10_000),
        "9".repeat(5000), "1e999999999", "(".repeat(500), "(\"".repeat(400), "-(".repeat(400),
        "a* ".repeat(300), "OR ".repeat(300), "NOT ".repeat(300), "\\".repeat(999),
        "~".repeat(999), "|".repeat(999), "+-".repeat(499), "\ud800".repeat(999),
        "\u0000".repeat(999), "a\u0000b", "((((((((((((((((((((((a))))))))))))))))))))))");
    List<String> targets = new ArrayList<>();
    for (String query : queries) {
      for (String route : List.of("/api/search", "/", "/api/export", "/api/suggest")) {
        targets.add(route + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
      }
    }
    targets.add("/api/search?page=99999999999999999999&size=99999999999999999999");
    targets.add("/api/search?page=100&size=100");
    targets.add("/api/search?page=2147483647&size=2147483647");
    return targets;
  }

  private static String randomTarget(Random random) {
    int route = 0;
    for (int pick = random.nextInt(100); (pick -= SHARES[route]) >= 0; ) {
      route++;
    }
    List<String> params = new ArrayList<>();
    int kind = random.nextInt(10);
    if (kind < 7) {
      params.add("q=" + encode(random, randomQuery(random)));
    }
    int extra = random.nextInt(random.nextInt(10) == 0 ? 60 : 4);
    for (int i = 0; i < extra; i++) {
      String name = PARAMS[random.nextInt(PARAMS.length)];
      String value = switch (random.nextInt(4)) {
        case 0 -> NUMBERS[random.nextInt(NUMBERS.length)];
        case 1 -> VALUES[random.nextInt(VALUES.length)];
        case 2 -> randomQuery(random);
        default -> "";
      };
      params.add(name + "=" + encode(random, value));
    }
    if (random.nextInt(20) == 0) {
      params.add("q=" + encode(random, randomQuery(random))); // a repeated q
    }
    if (random.nextInt(30) == 0) {
      params.add(new String[] {"%zz", "%", "%ff%fe", "%ed%a0%80", "%c0%af", "&&&", "=", "q",
          "q=%E2%82"}[random.nextInt(9)]);
    }
    java.util.Collections.shuffle(params, random);
    return ROUTES[route] + (params.isEmpty() ? "" : "?" + String.join("&", params));
  }

  private static String randomQuery(Random random) {
    StringBuilder query = new StringBuilder();
    int parts = random.nextInt(random.nextInt(8) == 0 ? 400 : 12);
    for (int i = 0; i < parts; i++) {
      switch (random.nextInt(6)) {
        case 0, 1 -> query.append(WORDS[random.nextInt(WORDS.length)]);
        case 2 -> query.append(SYNTAX[random.nextInt(SYNTAX.length)]);
        case 3 -> query.appendCodePoint(randomCodePoint(random));
        case 4 -> query.append(NUMBERS[random.nextInt(NUMBERS.length)]);
        default -> {
          int depth = random.nextInt(40);
          query.append("(".repeat(depth)).append(WORDS[random.nextInt(WORDS.length)])
              .append(")".repeat(random.nextInt(depth + 1)));
        }
      }
      if (random.nextBoolean()) {
        query.append(' ');
      }
    }
    return query.toString();
  }

  private static int randomCodePoint(Random random) {
    return switch (random.nextInt(5)) {
      case 0 -> random.nextInt(0x20); // control characters
      case 1 -> 0xD800 + random.nextInt(0x800); // a lone surrogate
      case 2 -> random.nextInt(0x80);
      case 3 -> random.nextInt(0x3000);
      default -> random.nextInt(Character.MAX_CODE_POINT + 1);
    };
  }

  /** Percent-encodes as a browser would, now and then as no browser would (raw bad bytes). */
  private static String encode(Random random, String value) {
    String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
    if (random.nextInt(25) == 0) {
      encoded += new String[] {"%ff", "%ed%a0%80", "%c3", "%f4%90%80%80", "%00"}[random.nextInt(5)];
    }
    return encoded;
  }

  private static String abbreviate(String text) {
    return text.length() <= 120 ? text : text.substring(0, 120) + "…";
  }
}
