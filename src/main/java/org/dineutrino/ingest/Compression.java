package org.dineutrino.ingest;

import io.airlift.compress.MalformedInputException;
import io.airlift.compress.lz4.Lz4Decompressor;
import io.airlift.compress.zstd.ZstdDecompressor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.tukaani.xz.XZInputStream;

/**
 * Undoes ROOT's compression of a key's payload or a basket.
 *
 * <p>ROOT compresses an object in blocks of at most 2<sup>24</sup> - 1 bytes. Each block has a
 * 9-byte header: two letters naming the algorithm ({@code ZL} zlib, {@code XZ} LZMA,
 * {@code L4} LZ4, {@code ZS} Zstandard, {@code CS} ROOT's own pre-2000 algorithm), one
 * method byte, then the compressed and the uncompressed size of the block, each as 3
 * little-endian bytes. An LZ4 block starts with an 8-byte xxhash64 checksum of the LZ4 data,
 * which is not part of the LZ4 stream (and which this reader skips: see
 * {@link #LZ4_CHECKSUM_BYTES}). The decompressors are those of the JDK (zlib), org.tukaani:xz
 * and io.airlift:aircompressor; this class only walks the blocks and checks their sizes.
 */
final class Compression {

    /** Size of the block header: algorithm (2), method (1), compressed size (3), uncompressed size (3). */
    static final int HEADER_BYTES = 9;
    /**
     * The xxhash64 checksum ROOT puts before each LZ4 block. It is skipped, not verified: no
     * library on the build path exposes xxhash64, and a damaged block still shows as a
     * malformed LZ4 stream or a wrong decompressed size, both of which are refused.
     */
    static final int LZ4_CHECKSUM_BYTES = 8;

    private Compression() {
    }

    /**
     * Decompresses {@code length} bytes at {@code offset} of {@code source} into exactly
     * {@code uncompressedLength} bytes.
     *
     * @throws InputDataException naming {@code file} and {@code where} if a block header is
     *                            unknown, a block is malformed, or the sizes disagree
     */
    static byte[] decompress(byte[] source, int offset, int length, int uncompressedLength, Path file,
                             String where) {
        byte[] out = new byte[uncompressedLength];
        int in = offset;
        int inEnd = offset + length;
        int written = 0;
        while (written < uncompressedLength) {
            if (inEnd - in < HEADER_BYTES) {
                throw new InputDataException(file, where, "compressed data ends after " + written + " of "
                        + uncompressedLength + " bytes (the file is truncated or damaged)");
            }
            int blockIn = threeBytes(source, in + 3);
            int blockOut = threeBytes(source, in + 6);
            checkBlock(blockIn, blockOut, inEnd - in - HEADER_BYTES, uncompressedLength - written, file,
                    where);
            String algorithm = new String(source, in, 2, java.nio.charset.StandardCharsets.ISO_8859_1);
            block(algorithm, source, in + HEADER_BYTES, blockIn, out, written, blockOut, file, where);
            in += HEADER_BYTES + blockIn;
            written += blockOut;
        }
        return out;
    }

    private static void checkBlock(int blockIn, int blockOut, int inAvailable, int outAvailable, Path file,
                                   String where) {
        if (blockIn > inAvailable || blockOut > outAvailable || blockOut == 0) {
            throw new InputDataException(file, where, "compressed block of " + blockIn + " -> " + blockOut
                    + " bytes does not fit the " + inAvailable + " -> " + outAvailable
                    + " bytes left (the file is truncated or damaged)");
        }
    }

    private static void block(String algorithm, byte[] src, int srcOff, int srcLen, byte[] out, int outOff,
                              int outLen, Path file, String where) {
        int produced;
        try {
            produced = switch (algorithm) {
                case "ZL" -> inflate(src, srcOff, srcLen, out, outOff, outLen);
                case "XZ" -> unxz(src, srcOff, srcLen, out, outOff, outLen);
                case "L4" -> unlz4(src, srcOff, srcLen, out, outOff, outLen, file, where);
                case "ZS" -> new ZstdDecompressor().decompress(src, srcOff, srcLen, out, outOff, outLen);
                case "CS" -> throw new InputDataException(file, where, "uses ROOT's old 'CS' compression"
                        + " (files written before ROOT 3), which this reader does not support: rewrite the"
                        + " file with a current ROOT (hadd -f newfile.root oldfile.root)");
                default -> throw new InputDataException(file, where, "unknown compression '"
                        + printable(algorithm) + "', expected ZL, XZ, L4, ZS (the file is damaged)");
            };
        } catch (MalformedInputException | DataFormatException | IOException e) {
            throw new InputDataException(file, where, algorithm + " block cannot be decompressed: "
                    + e.getMessage() + " (the file is damaged)", e);
        }
        if (produced != outLen) {
            throw new InputDataException(file, where, algorithm + " block gave " + produced
                    + " bytes, its header says " + outLen + " (the file is damaged)");
        }
    }

    private static int inflate(byte[] src, int srcOff, int srcLen, byte[] out, int outOff, int outLen)
            throws DataFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(src, srcOff, srcLen);
            int total = 0;
            while (total < outLen && !inflater.finished()) {
                int n = inflater.inflate(out, outOff + total, outLen - total);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                total += n;
            }
            return total;
        } finally {
            inflater.end();
        }
    }

    private static int unxz(byte[] src, int srcOff, int srcLen, byte[] out, int outOff, int outLen)
            throws IOException {
        try (InputStream xz = new XZInputStream(new ByteArrayInputStream(src, srcOff, srcLen))) {
            return xz.readNBytes(out, outOff, outLen);
        }
    }

    private static int unlz4(byte[] src, int srcOff, int srcLen, byte[] out, int outOff, int outLen,
                             Path file, String where) {
        if (srcLen < LZ4_CHECKSUM_BYTES) {
            throw new InputDataException(file, where, "LZ4 block of " + srcLen
                    + " bytes is shorter than its 8-byte checksum (the file is damaged)");
        }
        return new Lz4Decompressor().decompress(src, srcOff + LZ4_CHECKSUM_BYTES, srcLen - LZ4_CHECKSUM_BYTES,
                out, outOff, outLen);
    }

    /** A 3-byte little-endian unsigned size, as in ROOT's block header. */
    static int threeBytes(byte[] b, int at) {
        return (b[at] & 0xFF) | ((b[at + 1] & 0xFF) << 8) | ((b[at + 2] & 0xFF) << 16);
    }

    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= 32 && c < 127 ? String.valueOf(c) : String.format("\\x%02x", (int) c));
        }
        return sb.toString();
    }
}
