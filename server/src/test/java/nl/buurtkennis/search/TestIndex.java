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
 * An index opened for a test class and closed after it:
 * {@code @RegisterExtension static final TestIndex fixture = TestIndex.fixture();}. The fixture
 * corpus and the shipped one ({@link #fixture}, {@link #shipped}) are indexed once per test JVM,
 * as no test changes them; each class still opens its own {@link SearchIndex} and
 * {@link SearchService} over those files, so nothing a search makes lazily is shared between
 * classes. An index made by another {@link Builder} is built for the class alone, in a temporary
 * folder removed after it.
 */
public class TestIndex implements BeforeAllCallback, AfterAllCallback {
  /** Builds an index in a temporary folder and opens it. */
  @FunctionalInterface
  interface Builder {
    SearchIndex build(Path temp) throws Exception;
  }

  /** A corpus indexed once per JVM ({@link SharedIndex}). */
  enum Shared {
    FIXTURE(FixtureIndex::open), SHIPPED(FixtureIndex::shipped);

    final Builder builder;

    Shared(Builder builder) {
      this.builder = builder;
    }
  }

  private final Builder builder;
  private final Shared shared;
  private Path temp;
  private SearchIndex index;
  private SearchService service;

  TestIndex(Builder builder) {
    this.builder = builder;
    this.shared = null;
  }

  TestIndex(Shared shared) {
    this.builder = null;
    this.shared = shared;
  }

  /** The small fixture corpus ({@link FixtureIndex#open}), indexed once per JVM. */
  public static TestIndex fixture() {
    return new TestIndex(Shared.FIXTURE);
  }

  /** The repository's own corpus ({@link FixtureIndex#shipped}), indexed once per JVM. */
  public static TestIndex shipped() {
    return new TestIndex(Shared.SHIPPED);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    if (shared != null) {
      index = SearchIndex.open(SharedIndex.folder(context, shared));
      return;
    }
    temp = Files.createTempDirectory("test-index");
    index = builder.build(temp);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    index.close();
    if (temp != null) {
      delete(temp);
    }
  }

  /** Deletes {@code folder} and everything in it. */
  static void delete(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
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
