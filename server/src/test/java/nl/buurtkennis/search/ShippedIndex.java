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
 * The repository's own corpus indexed once for a test class ({@link FixtureIndex#shipped}), in a
 * temporary folder removed after it: {@code @RegisterExtension static final ShippedIndex shipped
 * = new ShippedIndex();}.
 */
final class ShippedIndex implements BeforeAllCallback, AfterAllCallback {
  private Path temp;
  private SearchIndex index;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    temp = Files.createTempDirectory("shipped-index");
    index = FixtureIndex.shipped(temp);
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

  SearchIndex index() {
    return index;
  }
}
