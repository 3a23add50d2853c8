package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Lucene hands to a searcher's tasks besides the segments' search (the look-up of each term
 * in each segment) runs on the calling thread; the segments' search runs side by side.
 */
class IndexViewTasksTest {
  @TempDir
  Path temp;

  @Test
  void lucenesSmallTasksRunOnTheCallingThread() throws Exception {
    try (SearchIndex index = FixtureIndex.open(temp)) {
      List<Thread> ran = index.withView(view -> view.getTaskExecutor().invokeAll(
          Collections.nCopies(8, (Callable<Thread>) Thread::currentThread)));
      assertEquals(Collections.nCopies(8, Thread.currentThread()), ran);
    }
  }

  @Test
  void theSegmentsAreSearchedOnTheSegmentThreadsToo() throws Exception {
    try (SearchIndex index = FixtureIndex.open(temp)) {
      List<Callable<String>> tasks = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        tasks.add(() -> {
          Thread.sleep(50);
          return Thread.currentThread().getName();
        });
      }
      List<String> ran = index.withView(view -> view.segmentTasks().invokeAll(tasks));
      assertTrue(ran.stream().anyMatch(name -> name.startsWith("segment-search-")),
          "tasks ran on " + ran);
    }
  }
}
