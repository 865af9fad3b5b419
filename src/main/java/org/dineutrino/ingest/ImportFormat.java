package org.dineutrino.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The kinds of file an import reads, told apart by their first bytes: ROOT files start with
 * {@code root}, Parquet files with {@code PAR1}; anything else is taken as CSV text (plain or
 * gzip-compressed).
 */
public enum ImportFormat {
    ROOT,
    PARQUET,
    CSV;

    private static final int MAGIC_BYTES = 4;
    /** The first two bytes of a gzip stream (RFC 1952). */
    private static final int GZIP_ID1 = 0x1f;
    private static final int GZIP_ID2 = 0x8b;

    /**
     * The format of a file, from its first bytes.
     *
     * @throws InputDataException if it cannot be read
     */
    public static ImportFormat detect(Path file) {
        return of(head(file));
    }

    /** The format of a file that starts with these bytes. */
    static ImportFormat of(byte[] head) {
        String magic = new String(head, 0, Math.min(head.length, MAGIC_BYTES), StandardCharsets.ISO_8859_1);
        return magic.equals("root") ? ROOT : magic.equals("PAR1") ? PARQUET : CSV;
    }

    /** Whether the bytes start a gzip stream. */
    static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xff) == GZIP_ID1 && (head[1] & 0xff) == GZIP_ID2;
    }

    /** For a refusal: what the file looks like instead, e.g. " (it starts like a ROOT file: import it as ROOT)". */
    static String lookAlike(byte[] head) {
        return switch (of(head)) {
            case ROOT -> " (it starts like a ROOT file: import it as ROOT)";
            case PARQUET -> " (it starts like a Parquet file: import it as Parquet)";
            case CSV -> isGzip(head) ? " (it is gzip-compressed)" : "";
        };
    }

    /** The first bytes of a file (fewer for a shorter file). */
    static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(MAGIC_BYTES);
        } catch (IOException e) {
            throw new InputDataException(file, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The format of a name as users type it: root, parquet or csv (case-insensitive).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static ImportFormat parse(String text) {
        for (ImportFormat format : values()) {
            if (format.name().equalsIgnoreCase(text.trim())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + text + "', expected root, parquet or csv");
    }

    /** The format's name as users type it ({@code parquet}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
