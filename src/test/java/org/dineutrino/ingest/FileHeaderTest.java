package org.dineutrino.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The file header and key header in both pointer sizes, on bytes laid out by hand after ROOT's
 * documented format (TFile::Init and TKey: small files use 32-bit pointers, files written with
 * fVersion above 1000000, respectively keys above version 1000, use 64-bit ones).
 */
class FileHeaderTest {

    private static final Path FILE = Path.of("handmade.root");

    @Test
    void reads_a_small_file_header_with_32_bit_pointers() {
        ByteBuffer b = ByteBuffer.allocate(FileHeader.MAX_BYTES);
        b.put("root".getBytes(StandardCharsets.US_ASCII)).putInt(62208).putInt(100);
        b.putInt(352_599).putInt(350_000).putInt(1000).putInt(1).putInt(58).put((byte) 4).putInt(101);
        b.putInt(340_000).putInt(5000);
        FileHeader header = FileHeader.read(RootBuffer.of(b.array(), 0, FILE, "file header"));
        assertEquals(new FileHeader(62208, false, 100, 352_599, 58, 101, 340_000), header);
    }

    @Test
    void reads_a_large_file_header_with_64_bit_pointers() {
        long fiveGb = 5L << 30;
        ByteBuffer b = ByteBuffer.allocate(FileHeader.MAX_BYTES);
        b.put("root".getBytes(StandardCharsets.US_ASCII)).putInt(1_062_208).putInt(100);
        b.putLong(fiveGb).putLong(fiveGb - 1000).putInt(1000).putInt(1).putInt(58).put((byte) 8).putInt(505);
        b.putLong(fiveGb - 5000).putInt(5000);
        FileHeader header = FileHeader.read(RootBuffer.of(b.array(), 0, FILE, "file header"));
        assertEquals(new FileHeader(62208, true, 100, fiveGb, 58, 505, fiveGb - 5000), header);
    }

    @Test
    void recognises_the_root_magic_only_at_the_start() {
        assertTrue(FileHeader.hasMagic("root\0\0".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(FileHeader.hasMagic("PAR1root".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(FileHeader.hasMagic(new byte[2]));
    }

    @Test
    void reads_a_key_header_with_64_bit_seeks_above_version_1000() {
        long seek = 3L << 32;
        ByteBuffer b = ByteBuffer.allocate(128);
        b.putInt(1234).putShort((short) 1004).putInt(5678).putInt(0).putShort((short) 60).putShort((short) 2);
        b.putLong(seek).putLong(100);
        tString(b, "TBasket");
        tString(b, "Muon_pt");
        tString(b, "Events");
        RootKey key = RootKey.read(RootBuffer.of(b.array(), 0, FILE, "key"), "dir/");
        assertEquals(new RootKey("dir/Muon_pt", "TBasket", "Events", 2, 1234, 5678, 60, seek), key);
        assertTrue(key.isCompressed(), "5678 bytes of object in 1234 - 60 on disk");
    }

    @Test
    void reads_a_key_header_with_32_bit_seeks() {
        ByteBuffer b = ByteBuffer.allocate(128);
        b.putInt(100).putShort((short) 4).putInt(60).putInt(0).putShort((short) 40).putShort((short) 1);
        b.putInt(0xF0000000).putInt(100);
        tString(b, "TTree");
        tString(b, "t");
        tString(b, "");
        RootKey key = RootKey.read(RootBuffer.of(b.array(), 0, FILE, "key"), "");
        assertEquals(0xF0000000L, key.seek(), "32-bit seeks are unsigned");
        assertFalse(key.isCompressed());
        assertTrue(key.isTree());
    }

    private static void tString(ByteBuffer b, String s) {
        b.put((byte) s.length()).put(s.getBytes(StandardCharsets.US_ASCII));
    }
}
