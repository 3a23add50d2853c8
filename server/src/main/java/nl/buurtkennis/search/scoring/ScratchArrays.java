package nl.buurtkennis.search.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * Per-document arrays for one segment's search, lent from a few sets kept idle between searches
 * and taken back when the search of the segment is done. A broad text search at 1M documents
 * asked for about 100 MB of such arrays, and the JVM zeroes every new array: a tenth of the
 * search's CPU, out of sight of Java profilers. A lent array is not zeroed: it holds what an
 * earlier search wrote, so every user writes an entry before it reads it (the arrays of
 * {@link SegmentScores} are read only where their document's bit is set).
 *
 * <p>Outside {@link #open()} every array is new, as the JVM makes it.
 */
public final class ScratchArrays {
  /**
   * What one set keeps between searches at most; past it, arrays are made and dropped. A segment
   * of 50,000 documents takes about 5 MB for a broad search.
   */
  static final long KEPT_BYTES = 32L << 20;

  /**
   * The sets kept idle: one per segment searched at once, so that the memory kept does not grow
   * with the number of threads that search (each request's thread searches segments too).
   */
  private static final BlockingQueue<ScratchArrays> IDLE =
      new ArrayBlockingQueue<>(Runtime.getRuntime().availableProcessors() + 1);
  private static final ThreadLocal<ScratchArrays> OPEN = new ThreadLocal<>();

  private final Kept<float[]> floats = new Kept<>(Float.BYTES, float[]::new, a -> a.length);
  private final Kept<double[]> doubles = new Kept<>(Double.BYTES, double[]::new, a -> a.length);
  private final Kept<int[]> ints = new Kept<>(Integer.BYTES, int[]::new, a -> a.length);
  private long keptBytes;

  private ScratchArrays() {}

  /**
   * Lends a set of arrays to this thread until the outermost open is closed: nothing taken from
   * them may be used after that.
   */
  public static Lending open() {
    if (OPEN.get() != null) {
      return () -> {};
    }
    ScratchArrays idle = IDLE.poll();
    ScratchArrays set = idle == null ? new ScratchArrays() : idle;
    OPEN.set(set);
    return set::takeBack;
  }

  /** The arrays lent since an open, taken back on closing. */
  public interface Lending extends AutoCloseable {
    @Override
    void close();
  }

  /** An array of at least {@code length} floats, whose entries may hold anything. */
  public static float[] floats(int length) {
    ScratchArrays open = OPEN.get();
    return open == null ? new float[length] : open.floats.take(open, length);
  }

  static double[] doubles(int length) {
    ScratchArrays open = OPEN.get();
    return open == null ? new double[length] : open.doubles.take(open, length);
  }

  static int[] ints(int length) {
    ScratchArrays open = OPEN.get();
    return open == null ? new int[length] : open.ints.take(open, length);
  }

  /** Drops the idle sets, so that the next open starts a new one. */
  static void dropIdle() {
    IDLE.clear();
  }

  private void takeBack() {
    OPEN.remove();
    floats.lent = 0;
    doubles.lent = 0;
    ints.lent = 0;
    IDLE.offer(this);
  }

  /** The arrays of one type a set keeps: the first {@code lent} are in use. */
  private static final class Kept<A> {
    private final List<A> arrays = new ArrayList<>();
    private final int bytesPerEntry;
    private final IntFunction<A> make;
    private final ToIntFunction<A> length;
    private int lent;

    Kept(int bytesPerEntry, IntFunction<A> make, ToIntFunction<A> length) {
      this.bytesPerEntry = bytesPerEntry;
      this.make = make;
      this.length = length;
    }

    A take(ScratchArrays owner, int wanted) {
      A idle = lent < arrays.size() ? arrays.get(lent) : null;
      if (idle != null && length.applyAsInt(idle) >= wanted) {
        lent++;
        return idle;
      }
      A array = make.apply(wanted);
      long added = (long) (wanted - (idle == null ? 0 : length.applyAsInt(idle))) * bytesPerEntry;
      if (owner.keptBytes + added > KEPT_BYTES) {
        return array;
      }
      owner.keptBytes += added;
      if (idle != null) {
        arrays.set(lent, array);
      } else {
        arrays.add(array);
      }
      lent++;
      return array;
    }
  }
}
