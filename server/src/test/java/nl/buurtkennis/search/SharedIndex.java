package nl.buurtkennis.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The index of a corpus no test changes ({@link TestIndex.Shared}), built once per test JVM by the
 * first class that asks for it, in a temporary folder removed when the whole run ends (JUnit closes
 * what the root context's store holds); about 85 classes built one of the two for themselves.
 * Only {@link SearchIndex#open} reads the folder: nothing writes to it after the build.
 */
final class SharedIndex implements AutoCloseable {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SharedIndex.class);

  private final Path temp;

  private SharedIndex(TestIndex.Shared corpus) {
    try {
      temp = Files.createTempDirectory("shared-index-" + corpus.name().toLowerCase());
      corpus.builder.build(temp).close();
    } catch (Exception e) {
      throw new IllegalStateException("could not index the " + corpus + " corpus", e);
    }
  }

  /** The index folder of {@code corpus}, built on the first call in this run. */
  static Path folder(ExtensionContext context, TestIndex.Shared corpus) {
    return context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent(corpus, SharedIndex::new, SharedIndex.class).temp.resolve("index");
  }

  @Override
  public void close() {
    try {
      TestIndex.delete(temp);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
