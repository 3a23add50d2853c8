package nl.buurtkennis.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The live index: searchers are leased per request and released when it ends, and a newer commit
 * (written by a re-index) is picked up by {@link #refresh()} without closing a reader in use.
 * While a server starts, the index may still be opening: work is then refused with
 * {@link IndexNotReadyException}.
 */
public final class SearchIndex implements Closeable {
  private final CompletableFuture<Opened> opened;

  private record Opened(Directory directory, SearcherManager manager) {}

  /** A unit of work against one commit of the index. */
  @FunctionalInterface
  public interface Work<T> {
    T apply(IndexView view) throws IOException;
  }

  private SearchIndex(CompletableFuture<Opened> opened) {
    this.opened = opened;
  }

  public static SearchIndex open(Path indexDir) throws IOException {
    return open(FSDirectory.open(indexDir));
  }

  public static SearchIndex open(Directory directory) throws IOException {
    return new SearchIndex(CompletableFuture.completedFuture(openManager(directory)));
  }

  /**
   * The index in {@code indexDir}, opened in the background once {@code ready} completes (the
   * server makes sure there is an index meanwhile, while its web stack starts). Work waits for
   * it; when {@code ready} fails, or the index cannot be opened, work fails with that cause.
   */
  public static SearchIndex openAfter(CompletableFuture<?> ready, Path indexDir) {
    return new SearchIndex(ready.thenApply(done -> {
      try {
        return openManager(FSDirectory.open(indexDir));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }));
  }

  private static Opened openManager(Directory directory) throws IOException {
    try {
      return new Opened(directory, new SearcherManager(directory, new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(
            org.apache.lucene.index.IndexReader reader, org.apache.lucene.index.IndexReader previous)
            throws IOException {
          IndexView view = new IndexView((DirectoryReader) reader);
          if (previous != null) {
            // A newer commit replaces one that searches use: it goes live warm.
            view.warmUp();
          }
          return view;
        }
      }));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Waits until the index is open; throws what kept it from opening. */
  public void awaitOpen() throws IOException {
    opened();
  }

  /** The open index; work that comes before it is open is refused, not queued. */
  private SearcherManager manager() throws IOException {
    if (!opened.isDone()) {
      throw new IndexNotReadyException();
    }
    return opened();
  }

  private SearcherManager opened() throws IOException {
    try {
      return opened.get().manager();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while the index was being opened");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() instanceof UncheckedIOException unchecked
          ? unchecked.getCause() : e.getCause();
      throw new IOException("the index could not be opened: " + cause.getMessage(), cause);
    }
  }

  /** Runs {@code work} on the current commit, which stays open until the work is done. */
  public <T> T withView(Work<T> work) {
    try {
      SearcherManager manager = manager();
      IndexView view = (IndexView) manager.acquire();
      try {
        return work.apply(view);
      } finally {
        manager.release(view);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Makes what searches of the current commit would otherwise make on their first use (the
   * index's first commit is served before that; see {@link IndexView#warmUp()}).
   */
  public void warmUp() {
    withView(view -> {
      view.warmUp();
      return null;
    });
  }

  /** Switches to the newest commit if there is one; true when it did. */
  public boolean refresh() throws IOException {
    if (!opened.isDone()) {
      return false;
    }
    SearcherManager manager = opened();
    IndexSearcher before = manager.acquire();
    try {
      manager.maybeRefreshBlocking();
    } finally {
      manager.release(before);
    }
    IndexSearcher after = manager.acquire();
    try {
      return after != before;
    } finally {
      manager.release(after);
    }
  }

  @Override
  public void close() throws IOException {
    Opened open;
    try {
      open = opened.join();
    } catch (CompletionException | CancellationException e) {
      return;
    }
    try {
      open.manager().close();
    } finally {
      open.directory().close();
    }
  }
}
