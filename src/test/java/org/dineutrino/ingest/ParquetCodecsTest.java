package org.dineutrino.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;

/** The page codecs given to parquet-java in place of Hadoop's. */
class ParquetCodecsTest {

    private static final List<CompressionCodecName> SUPPORTED = List.of(CompressionCodecName.UNCOMPRESSED,
            CompressionCodecName.ZSTD, CompressionCodecName.SNAPPY, CompressionCodecName.LZ4_RAW,
            CompressionCodecName.GZIP);

    /** A page of doubles with few distinct bytes, as physics columns are: compressible. */
    private static byte[] page(int bytes) {
        SplittableRandom rng = new SplittableRandom(3);
        ByteBuffer page = ByteBuffer.allocate(bytes);
        while (page.remaining() >= Double.BYTES) {
            page.putDouble(Math.round(rng.nextDouble() * 100) / 4.0);
        }
        return page.array();
    }

    @Test
    void every_supported_codec_gives_back_the_page_it_compressed() throws IOException {
        ParquetCodecs codecs = new ParquetCodecs();
        byte[] page = page(1 << 20);
        for (CompressionCodecName codec : SUPPORTED) {
            BytesInput compressed = codecs.getCompressor(codec).compress(BytesInput.from(page));
            byte[] back = codecs.getDecompressor(codec).decompress(compressed, page.length).toByteArray();

            assertArrayEquals(page, back, codec.name());
            assertTrue(codec == CompressionCodecName.UNCOMPRESSED || compressed.size() < page.length / 2,
                    codec + " compresses a page of quarter-integer doubles at least twofold: " + compressed.size());
        }
    }

    @Test
    void the_byte_buffer_form_decompresses_as_the_array_form() throws IOException {
        ParquetCodecs codecs = new ParquetCodecs();
        byte[] page = page(4096);
        byte[] compressed = codecs.getCompressor(CompressionCodecName.ZSTD).compress(BytesInput.from(page))
                .toByteArray();
        ByteBuffer out = ByteBuffer.allocate(page.length);

        codecs.getDecompressor(CompressionCodecName.ZSTD).decompress(ByteBuffer.wrap(compressed), compressed.length,
                out, page.length);

        assertArrayEquals(page, out.array());
    }

    @Test
    void a_page_shorter_than_its_header_says_is_refused_as_damaged() throws IOException {
        ParquetCodecs codecs = new ParquetCodecs();
        byte[] page = page(4096);
        BytesInput compressed = codecs.getCompressor(CompressionCodecName.SNAPPY).compress(BytesInput.from(page));
        CompressionCodecFactory.BytesInputDecompressor decompressor =
                codecs.getDecompressor(CompressionCodecName.SNAPPY);

        IOException e = assertThrows(IOException.class, () -> decompressor.decompress(compressed, page.length + 8));

        assertTrue(e.getMessage().contains("SNAPPY page"), e.getMessage());
    }

    @Test
    void brotli_lzo_and_hadoop_framed_lz4_are_refused_by_name() {
        ParquetCodecs codecs = new ParquetCodecs();
        for (CompressionCodecName codec : List.of(CompressionCodecName.BROTLI, CompressionCodecName.LZO,
                CompressionCodecName.LZ4)) {
            ParquetCodecs.UnsupportedCodecException e = assertThrows(ParquetCodecs.UnsupportedCodecException.class,
                    () -> codecs.getDecompressor(codec));
            assertTrue(e.getMessage().startsWith("pages are compressed with " + codec + ","), e.getMessage());
        }
        assertEquals(5, SUPPORTED.stream().filter(ParquetCodecs::supports).count());
    }
}
