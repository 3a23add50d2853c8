package nl.buurtkennis.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.search.ScoreDoc;

/**
 * A page's hits split into one run per segment thread, in index order (so that few segments are
 * read by two runs), worked on side by side: what a hit needs, its record and its snippet, does
 * not depend on the other hits.
 */
final class HitGroups {
  private HitGroups() {}

  /** The work on one run of hits. */
  interface Work {
    /** @param members the positions in the page of the run's hits */
    void on(int[] members) throws IOException;
  }

  static void run(IndexView view, ScoreDoc[] hits, Work work) throws IOException {
    Integer[] inIndexOrder = new Integer[hits.length];
    for (int i = 0; i < hits.length; i++) {
      inIndexOrder[i] = i;
    }
    Arrays.sort(inIndexOrder, Comparator.comparingInt(i -> hits[i].doc));
    int groups = Math.min(hits.length, SegmentThreads.count());
    List<Callable<Void>> tasks = new ArrayList<>();
    for (int group = 0; group < groups; group++) {
      int from = group * hits.length / groups;
      int to = (group + 1) * hits.length / groups;
      int[] members = new int[to - from];
      for (int i = from; i < to; i++) {
        members[i - from] = inIndexOrder[i];
      }
      tasks.add(() -> {
        work.on(members);
        return null;
      });
    }
    view.segmentTasks().invokeAll(tasks);
  }
}
