package nl.buurtkennis.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The live index: searchers are leased per request and released when it ends, and a newer commit
 * (written by a re-index) is picked up by {@link #refresh()} without closing a reader in use.
 */
public final class SearchIndex implements Closeable {
  private final Directory directory;
  private final SearcherManager manager;

  /** A unit of work against one commit of the index. */
  @FunctionalInterface
  public interface Work<T> {
    T apply(IndexView view) throws IOException;
  }

  private SearchIndex(Directory directory) throws IOException {
    this.directory = directory;
    this.manager = new SearcherManager(directory, new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(
          org.apache.lucene.index.IndexReader reader, org.apache.lucene.index.IndexReader previous)
          throws IOException {
        return new IndexView((DirectoryReader) reader);
      }
    });
  }

  public static SearchIndex open(Path indexDir) throws IOException {
    return open(FSDirectory.open(indexDir));
  }

  public static SearchIndex open(Directory directory) throws IOException {
    try {
      return new SearchIndex(directory);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Runs {@code work} on the current commit, which stays open until the work is done. */
  public <T> T withView(Work<T> work) {
    try {
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

  /** Switches to the newest commit if there is one; true when it did. */
  public boolean refresh() throws IOException {
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
    try {
      manager.close();
    } finally {
      directory.close();
    }
  }
}
