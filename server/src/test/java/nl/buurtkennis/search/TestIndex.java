package nl.buurtkennis.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An index built once for a test class, in a temporary folder removed after it:
 * {@code @RegisterExtension static final TestIndex fixture = TestIndex.fixture();}.
 */
public class TestIndex implements BeforeAllCallback, AfterAllCallback {
  /** Builds an index in a temporary folder and opens it. */
  @FunctionalInterface
  interface Builder {
    SearchIndex build(Path temp) throws Exception;
  }

  private final Builder builder;
  private Path temp;
  private SearchIndex index;
  private SearchService service;

  TestIndex(Builder builder) {
    this.builder = builder;
  }

  /** The small fixture corpus ({@link FixtureIndex#open}). */
  public static TestIndex fixture() {
    return new TestIndex(FixtureIndex::open);
  }

  /** The repository's own corpus ({@link FixtureIndex#shipped}). */
  public static TestIndex shipped() {
    return new TestIndex(FixtureIndex::shipped);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    temp = Files.createTempDirectory("test-index");
    index = builder.build(temp);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    index.close();
    try (Stream<Path> files = Files.walk(temp)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  public SearchIndex index() {
    return index;
  }

  /** The search service over {@link #index}, as {@link UnhurriedSearch} makes it. */
  public SearchService service() {
    if (service == null) {
      service = UnhurriedSearch.of(index);
    }
    return service;
  }
}
