package org.dineutrino.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.event.Columns;
import org.dineutrino.event.EventBatch;
import org.junit.jupiter.api.Test;

/**
 * nano_dy.parquet holds the same 40 events as nano_dy.root (the data README: written by coffea
 * from that file, ZSTD pages, collections as {@code X.list.item}); imported with the same mapping
 * they must give the same numbers, bit for bit.
 */
class ParquetNanoAodTest {

    private static final String NANO_DY_PARQUET = "nanoaod/nano_dy.parquet";

    @Test
    void nano_dy_parquet_imports_to_exactly_what_nano_dy_root_gives_for_every_mapped_quantity() {
        FlatFixtures.Imported root = FlatFixtures.root(IngestFixtures.shared(IngestFixtures.NANO_DY));
        FlatFixtures.Imported parquet = FlatFixtures.parquet(IngestFixtures.shared(NANO_DY_PARQUET));

        EventBatch expected = root.joined();
        assertEquals(40, expected.nEvents(), "data README");
        FlatFixtures.assertSameEvents(expected, parquet.joined());
        assertEquals(root.summary().columns(), parquet.summary().columns());
        assertEquals(root.summary().absent(), parquet.summary().absent());
        assertEquals(root.summary().statistics(), parquet.summary().statistics());
        assertEquals(root.summary().hasGeneratorInformation(), parquet.summary().hasGeneratorInformation());
    }

    @Test
    void nano_dy_parquet_has_the_readme_muon_counts_and_its_generator_truth() {
        EventBatch dy = FlatFixtures.parquet(IngestFixtures.shared(NANO_DY_PARQUET)).joined();

        int[] nMuon = dy.ints(Columns.N_MUON.name());
        assertEquals(18, Arrays.stream(nMuon).sum(), "data README: 18 muons in 40 events");
        assertEquals(6, Arrays.stream(nMuon).filter(n -> n >= 2).count(), "data README: 6 events with two or more");
        for (ColumnSpec truth : ImportPlan.GEN_PARTICLE_COLUMNS) {
            assertTrue(dy.has(truth.name()), truth.name());
        }
    }

    @Test
    void the_file_importer_tells_root_from_parquet_by_their_first_bytes_and_both_give_the_same_events() {
        List<EventBatch> root = new ArrayList<>();
        List<EventBatch> parquet = new ArrayList<>();
        Path rootFile = IngestFixtures.shared(IngestFixtures.NANO_DY);
        Path parquetFile = IngestFixtures.shared(NANO_DY_PARQUET);

        FileImporter.read(rootFile, NanoAodMapping.defaults(), 16, root::add, f -> { });
        FileImporter.read(parquetFile, NanoAodMapping.defaults(), 16, parquet::add, f -> { });

        assertEquals(ImportFormat.ROOT, ImportFormat.detect(rootFile));
        assertEquals(ImportFormat.PARQUET, ImportFormat.detect(parquetFile));
        assertEquals(List.of(16, 16, 8), parquet.stream().map(EventBatch::nEvents).toList());
        FlatFixtures.assertSameEvents(FlatFixtures.join(root), FlatFixtures.join(parquet));
    }
}
