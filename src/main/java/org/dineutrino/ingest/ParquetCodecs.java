package org.dineutrino.ingest;

import io.airlift.compress.Compressor;
import io.airlift.compress.Decompressor;
import io.airlift.compress.MalformedInputException;
import io.airlift.compress.lz4.Lz4Compressor;
import io.airlift.compress.lz4.Lz4Decompressor;
import io.airlift.compress.snappy.SnappyCompressor;
import io.airlift.compress.snappy.SnappyDecompressor;
import io.airlift.compress.zstd.ZstdCompressor;
import io.airlift.compress.zstd.ZstdDecompressor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Page compression for parquet-java without Hadoop: ZSTD, SNAPPY and LZ4_RAW by
 * io.airlift:aircompressor (pure Java, the codecs Trino reads Parquet with), GZIP by the JDK.
 * parquet-java's own codec factory would build a Hadoop {@code Configuration} and load
 * Hadoop codec classes (and the native zstd-jni and snappy-java libraries); with this one
 * neither Hadoop's runtime nor a native library is needed.
 *
 * <p>Refused with an {@link UnsupportedCodecException}: LZO and BROTLI (no library here) and
 * the deprecated Hadoop-framed LZ4 (LZ4_RAW is its replacement in the Parquet format).
 */
final class ParquetCodecs implements CompressionCodecFactory {

    /** The codecs this factory compresses and decompresses. */
    static boolean supports(CompressionCodecName codec) {
        return switch (codec) {
            case UNCOMPRESSED, ZSTD, SNAPPY, LZ4_RAW, GZIP -> true;
            default -> false;
        };
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        requireSupported(codec);
        return new PageCompressor(codec);
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        requireSupported(codec);
        return new PageDecompressor(codec);
    }

    @Override
    public void release() {
        // nothing pooled: every (de)compressor is a small plain object
    }

    private static void requireSupported(CompressionCodecName codec) {
        if (!supports(codec)) {
            throw new UnsupportedCodecException(codec);
        }
    }

    /** A page compressed with a codec this factory does not decode. */
    static final class UnsupportedCodecException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnsupportedCodecException(CompressionCodecName codec) {
            super("pages are compressed with " + codec + ", which this reader does not decode (it reads"
                    + " ZSTD, SNAPPY, GZIP, LZ4_RAW and uncompressed pages); rewrite the file with one of"
                    + " those, e.g. pyarrow.parquet.write_table(table, path, compression='zstd')");
        }
    }

    private static final class PageCompressor implements BytesInputCompressor {
        private final CompressionCodecName codec;

        PageCompressor(CompressionCodecName codec) {
            this.codec = codec;
        }

        @Override
        public BytesInput compress(BytesInput bytes) throws IOException {
            byte[] input = bytes.toByteArray();
            return switch (codec) {
                case UNCOMPRESSED -> BytesInput.from(input);
                case ZSTD -> block(new ZstdCompressor(), input);
                case SNAPPY -> block(new SnappyCompressor(), input);
                case LZ4_RAW -> block(new Lz4Compressor(), input);
                default -> gzip(input);
            };
        }

        private static BytesInput block(Compressor compressor, byte[] input) {
            byte[] output = new byte[compressor.maxCompressedLength(input.length)];
            int length = compressor.compress(input, 0, input.length, output, 0, output.length);
            return BytesInput.from(output, 0, length);
        }

        private static BytesInput gzip(byte[] input) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream(input.length / 2 + 64);
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(input);
            }
            return BytesInput.from(out.toByteArray());
        }

        @Override
        public CompressionCodecName getCodecName() {
            return codec;
        }

        @Override
        public void release() {
            // stateless
        }
    }

    private static final class PageDecompressor implements BytesInputDecompressor {
        private final CompressionCodecName codec;

        PageDecompressor(CompressionCodecName codec) {
            this.codec = codec;
        }

        @Override
        public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
            return BytesInput.from(decompress(bytes.toByteArray(), uncompressedSize));
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize)
                throws IOException {
            byte[] compressed = new byte[compressedSize];
            input.get(compressed);
            output.put(decompress(compressed, uncompressedSize));
        }

        /** The page's bytes; exactly {@code uncompressedSize} of them or an IOException. */
        private byte[] decompress(byte[] input, int uncompressedSize) throws IOException {
            byte[] output = new byte[uncompressedSize];
            int length = switch (codec) {
                case UNCOMPRESSED -> copy(input, output);
                case ZSTD -> block(new ZstdDecompressor(), input, output);
                case SNAPPY -> block(new SnappyDecompressor(), input, output);
                case LZ4_RAW -> block(new Lz4Decompressor(), input, output);
                default -> gunzip(input, output);
            };
            if (length != uncompressedSize) {
                throw new IOException(codec + " page decompresses to " + length + " bytes, its header says "
                        + uncompressedSize + " (the file is damaged)");
            }
            return output;
        }

        private static int copy(byte[] input, byte[] output) {
            int length = Math.min(input.length, output.length);
            System.arraycopy(input, 0, output, 0, length);
            return input.length;
        }

        private int block(Decompressor decompressor, byte[] input, byte[] output) throws IOException {
            try {
                return decompressor.decompress(input, 0, input.length, output, 0, output.length);
            } catch (MalformedInputException | IndexOutOfBoundsException e) {
                throw new IOException(codec + " page cannot be decompressed (the file is damaged): "
                        + e.getMessage(), e);
            }
        }

        /** Reads the gzip stream into output; returns the bytes it held (more than output if it overflows). */
        private static int gunzip(byte[] input, byte[] output) throws IOException {
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(input))) {
                int length = in.readNBytes(output, 0, output.length);
                return in.read() < 0 ? length : length + 1;
            }
        }

        @Override
        public void release() {
            // stateless
        }
    }
}
