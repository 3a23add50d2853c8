package nl.buurtkennis.index;

import java.io.IOException;
import java.util.zip.Deflater;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.codecs.lucene90.DeflateWithPresetDictCompressionMode;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;

/**
 * Lucene's DEFLATE compression of stored fields (a preset dictionary, then ten sub-blocks, which
 * its decompressor reads) at level 3 instead of Lucene's 6: the highest level without lazy match
 * evaluation. Level 6 took a sixth of a build's CPU; level 3 makes the records about a tenth
 * larger (BENCHMARKS.md). Reading is Lucene's own, which does not depend on the level.
 */
final class RecordCompression extends CompressionMode {
  static final int LEVEL = 3;
  /** Lucene's layout: ten sub-blocks and a dictionary six times smaller than one of them. */
  private static final int SUB_BLOCKS = 10;
  private static final int DICTIONARY_SIZE_FACTOR = 6;

  private final CompressionMode lucenes = new DeflateWithPresetDictCompressionMode();

  @Override
  public Compressor newCompressor() {
    return new PresetDictionaryCompressor();
  }

  @Override
  public Decompressor newDecompressor() {
    return lucenes.newDecompressor();
  }

  @Override
  public String toString() {
    return "DEFLATE level " + LEVEL + " with a preset dictionary";
  }

  /** The layout Lucene's {@code DeflateWithPresetDictCompressor} writes, at {@link #LEVEL}. */
  private static final class PresetDictionaryCompressor extends Compressor {
    private final Deflater deflater = new Deflater(LEVEL, true);
    private byte[] compressed = new byte[64];
    private byte[] buffer = new byte[0];
    private boolean closed;

    @Override
    public void compress(ByteBuffersDataInput input, DataOutput out) throws IOException {
      int length = (int) (input.size() - input.position());
      int dictionaryLength = length / (SUB_BLOCKS * DICTIONARY_SIZE_FACTOR);
      int blockLength = (length - dictionaryLength + SUB_BLOCKS - 1) / SUB_BLOCKS;
      out.writeVInt(dictionaryLength);
      out.writeVInt(blockLength);

      deflater.reset();
      buffer = ArrayUtil.growNoCopy(buffer, dictionaryLength + blockLength);
      input.readBytes(buffer, 0, dictionaryLength);
      deflate(buffer, 0, dictionaryLength, out);

      for (int start = dictionaryLength; start < length; start += blockLength) {
        deflater.reset();
        deflater.setDictionary(buffer, 0, dictionaryLength);
        int blockBytes = Math.min(blockLength, length - start);
        input.readBytes(buffer, dictionaryLength, blockBytes);
        deflate(buffer, dictionaryLength, blockBytes, out);
      }
    }

    private void deflate(byte[] bytes, int offset, int length, DataOutput out) throws IOException {
      if (length == 0) {
        out.writeVInt(0);
        return;
      }
      deflater.setInput(bytes, offset, length);
      deflater.finish();
      int total = 0;
      while (true) {
        total += deflater.deflate(compressed, total, compressed.length - total);
        if (deflater.finished()) {
          break;
        }
        compressed = ArrayUtil.grow(compressed);
      }
      out.writeVInt(total);
      out.writeBytes(compressed, total);
    }

    @Override
    public void close() {
      if (!closed) {
        deflater.end();
        closed = true;
      }
    }
  }
}
