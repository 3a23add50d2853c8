package nl.buurtkennis.index;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdDecompressCtx;
import com.github.luben.zstd.ZstdException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Records compressed with Zstandard (zstd-jni) at its default level, in ten sub-blocks per block
 * of records, each a frame of its own: reading one record decompresses only the sub-blocks it
 * spans, as Lucene's DEFLATE mode does. On the benchmark's records this is the size of DEFLATE at
 * level 3 for a third of its CPU (bench/HISTORY.md).
 *
 * <p>A block is written as the sub-block length, then each sub-block's compressed length and
 * bytes; the last sub-block may be shorter.
 */
final class RecordCompression extends CompressionMode {
  static final int LEVEL = 3;
  private static final int SUB_BLOCKS = 10;

  @Override
  public Compressor newCompressor() {
    return new ZstdCompressor();
  }

  @Override
  public Decompressor newDecompressor() {
    return new ZstdDecompressor();
  }

  @Override
  public String toString() {
    return "Zstandard level " + LEVEL + " in " + SUB_BLOCKS + " frames per block";
  }

  /**
   * Zstandard's native code could not load (zstd-jni unpacks it into the temporary folder on first
   * use): an error that says what to do, as an I/O failure of the index.
   */
  private static UncheckedIOException unavailable(LinkageError e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return new UncheckedIOException(new IOException("the records' compression (Zstandard,"
        + " zstd-jni) could not load its native library: " + root.getMessage() + "; where the"
        + " temporary folder is mounted noexec, start Java with -DZstdTempFolder=<a folder it may"
        + " unpack into>", e));
  }

  /**
   * Native decompression contexts, lent for one frame at a time. Making and freeing a context per
   * frame (as {@code Zstd.decompressByteArray} does) took 1.5% of a search's CPU; at most
   * {@link #KEPT} idle contexts of about 100 KB of native memory each are kept for the life of the
   * process, and one more is freed when it comes back.
   */
  private static final class DecompressionContexts {
    private static final int KEPT = 4 * Runtime.getRuntime().availableProcessors() + 8;
    private static final ArrayBlockingQueue<ZstdDecompressCtx> IDLE =
        new ArrayBlockingQueue<>(KEPT);

    static ZstdDecompressCtx borrow() {
      ZstdDecompressCtx idle = IDLE.poll();
      if (idle != null) {
        return idle;
      }
      try {
        return new ZstdDecompressCtx();
      } catch (LinkageError e) {
        throw unavailable(e);
      }
    }

    static void giveBack(ZstdDecompressCtx context) {
      if (!IDLE.offer(context)) {
        context.close();
      }
    }
  }

  private static ZstdCompressCtx context() {
    try {
      return new ZstdCompressCtx().setLevel(LEVEL);
    } catch (LinkageError e) {
      throw unavailable(e);
    }
  }

  private static final class ZstdCompressor extends Compressor {
    private final ZstdCompressCtx context = context();
    private byte[] raw = new byte[0];
    private byte[] compressed = new byte[0];

    @Override
    public void compress(ByteBuffersDataInput input, DataOutput out) throws IOException {
      int length = (int) (input.size() - input.position());
      int subBlockLength = (length + SUB_BLOCKS - 1) / SUB_BLOCKS;
      out.writeVInt(subBlockLength);
      for (int start = 0; start < length; start += subBlockLength) {
        int rawLength = Math.min(subBlockLength, length - start);
        raw = ArrayUtil.growNoCopy(raw, rawLength);
        input.readBytes(raw, 0, rawLength);
        compressed = ArrayUtil.growNoCopy(compressed, (int) Zstd.compressBound(rawLength));
        int compressedLength =
            context.compressByteArray(compressed, 0, compressed.length, raw, 0, rawLength);
        out.writeVInt(compressedLength);
        out.writeBytes(compressed, compressedLength);
      }
    }

    @Override
    public void close() {
      context.close();
    }
  }

  /**
   * Keeps no native context of its own: Lucene clones a decompressor for every reader of stored
   * fields, and has no hook to free one. Each frame is decompressed with a context lent by
   * {@link DecompressionContexts}.
   */
  private static final class ZstdDecompressor extends Decompressor {
    private byte[] compressed = new byte[0];

    @Override
    public void decompress(DataInput in, int originalLength, int offset, int length,
        BytesRef bytes) throws IOException {
      if (length == 0) {
        bytes.length = 0;
        return;
      }
      int subBlockLength = in.readVInt();
      if (subBlockLength <= 0) {
        throw new CorruptIndexException("sub-block length " + subBlockLength, in);
      }
      int first = offset / subBlockLength;
      int last = (offset + length - 1) / subBlockLength;
      bytes.bytes = ArrayUtil.growNoCopy(bytes.bytes, (last - first + 1) * subBlockLength);
      int written = 0;
      for (int block = 0; block <= last; block++) {
        int compressedLength = in.readVInt();
        if (block < first) {
          in.skipBytes(compressedLength);
          continue;
        }
        compressed = ArrayUtil.growNoCopy(compressed, compressedLength);
        in.readBytes(compressed, 0, compressedLength);
        int rawLength = Math.min(subBlockLength, originalLength - block * subBlockLength);
        decompress(bytes.bytes, written, rawLength, compressedLength, in);
        written += rawLength;
      }
      bytes.offset = offset - first * subBlockLength;
      bytes.length = length;
    }

    private void decompress(byte[] into, int offset, int length, int compressedLength,
        DataInput in) throws CorruptIndexException {
      ZstdDecompressCtx context = DecompressionContexts.borrow();
      try {
        int result = context.decompressByteArray(into, offset, length, compressed, 0,
            compressedLength);
        if (result != length) {
          throw new CorruptIndexException("a record frame gave " + result + " bytes instead of "
              + length, in);
        }
      } catch (ZstdException e) {
        throw new CorruptIndexException("a record frame gave " + e.getMessage() + " instead of "
            + length + " bytes", in, e);
      } finally {
        DecompressionContexts.giveBack(context);
      }
    }

    @Override
    public Decompressor clone() {
      return new ZstdDecompressor();
    }
  }
}
