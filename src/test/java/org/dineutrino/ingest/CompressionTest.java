package org.dineutrino.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.airlift.compress.lz4.Lz4Compressor;
import io.airlift.compress.zstd.ZstdCompressor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/**
 * ROOT's compression blocks: a 9-byte header (algorithm, method, compressed and uncompressed
 * size as 3 little-endian bytes each), an 8-byte checksum before LZ4 data. Blocks here are
 * made with the compressors of the same libraries; the shared files' blocks are covered by
 * the five HZZ files in {@link TTreeReaderTest}.
 */
class CompressionTest {

    private static final Path FILE = Path.of("blocks.root");
    private static final byte[] DATA = sample(100_000);

    @Test
    void undoes_each_algorithm_root_writes() {
        for (String algorithm : new String[] {"ZL", "XZ", "L4", "ZS"}) {
            byte[] block = block(algorithm, DATA);
            byte[] out = Compression.decompress(block, 0, block.length, DATA.length, FILE, "test");
            assertArrayEquals(DATA, out, algorithm);
        }
    }

    @Test
    void joins_an_object_split_into_several_blocks() {
        byte[] first = Arrays.copyOfRange(DATA, 0, 40_000);
        byte[] second = Arrays.copyOfRange(DATA, 40_000, DATA.length);
        byte[] blocks = concat(block("ZS", first), block("L4", second));
        assertArrayEquals(DATA, Compression.decompress(blocks, 0, blocks.length, DATA.length, FILE, "test"));
    }

    @Test
    void refuses_a_damaged_block_naming_file_and_object() {
        byte[] block = block("ZL", DATA);
        for (int i = 20; i < 60; i++) {
            block[i] ^= 0x5A;
        }
        InputDataException e = assertThrows(InputDataException.class,
                () -> Compression.decompress(block, 0, block.length, DATA.length, FILE, "branch 'x' basket 0"));
        assertTrue(e.getMessage().startsWith("blocks.root: branch 'x' basket 0: "), e.getMessage());
        assertTrue(e.problem().contains("damaged"), e.getMessage());
    }

    @Test
    void refuses_an_unknown_algorithm_and_roots_old_cs_compression() {
        byte[] unknown = block("ZL", DATA);
        unknown[0] = 'Q';
        InputDataException e = assertThrows(InputDataException.class,
                () -> Compression.decompress(unknown, 0, unknown.length, DATA.length, FILE, "key"));
        assertTrue(e.problem().startsWith("unknown compression 'QL'"), e.getMessage());
        byte[] old = block("ZL", DATA);
        old[0] = 'C';
        old[1] = 'S';
        e = assertThrows(InputDataException.class, () -> Compression.decompress(old, 0, old.length, DATA.length,
                FILE, "key"));
        assertTrue(e.problem().contains("'CS'"), e.getMessage());
    }

    @Test
    void refuses_blocks_that_end_before_the_object_is_complete() {
        byte[] block = block("ZS", DATA);
        byte[] cut = Arrays.copyOf(block, block.length / 2);
        InputDataException e = assertThrows(InputDataException.class,
                () -> Compression.decompress(cut, 0, cut.length, DATA.length, FILE, "key"));
        assertTrue(e.problem().contains("truncated or damaged"), e.getMessage());
    }

    /** One ROOT block: header, then (for LZ4) an 8-byte checksum slot, then the compressed bytes. */
    static byte[] block(String algorithm, byte[] data) {
        byte[] payload = switch (algorithm) {
            case "ZL" -> deflate(data);
            case "XZ" -> xz(data);
            case "L4" -> concat(new byte[Compression.LZ4_CHECKSUM_BYTES], compress(new Lz4Compressor(), data));
            case "ZS" -> compress(new ZstdCompressor(), data);
            default -> throw new IllegalArgumentException(algorithm);
        };
        byte[] header = new byte[Compression.HEADER_BYTES];
        header[0] = (byte) algorithm.charAt(0);
        header[1] = (byte) algorithm.charAt(1);
        header[2] = 8;
        littleEndian3(header, 3, payload.length);
        littleEndian3(header, 6, data.length);
        return concat(header, payload);
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(6);
        deflater.setInput(data);
        deflater.finish();
        byte[] out = new byte[data.length + 64];
        int n = deflater.deflate(out);
        deflater.end();
        return Arrays.copyOf(out, n);
    }

    private static byte[] xz(byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XZOutputStream out = new XZOutputStream(bytes, new LZMA2Options(4))) {
            out.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] compress(io.airlift.compress.Compressor compressor, byte[] data) {
        byte[] out = new byte[compressor.maxCompressedLength(data.length)];
        int n = compressor.compress(data, 0, data.length, out, 0, out.length);
        return Arrays.copyOf(out, n);
    }

    private static void littleEndian3(byte[] b, int at, int value) {
        b[at] = (byte) value;
        b[at + 1] = (byte) (value >>> 8);
        b[at + 2] = (byte) (value >>> 16);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Compressible but not trivial bytes: text with random numbers, fixed seed. */
    private static byte[] sample(int n) {
        Random random = new Random(20240521L);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < n) {
            sb.append("Muon_pt ").append(random.nextInt(1000)).append(' ');
        }
        return Arrays.copyOf(sb.toString().getBytes(StandardCharsets.US_ASCII), n);
    }
}
