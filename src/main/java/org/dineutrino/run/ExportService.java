package org.dineutrino.run;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.ingest.ExportHeader;
import org.dineutrino.ingest.ExportLevel;
import org.dineutrino.ingest.ExportSummary;
import org.dineutrino.ingest.ImportFormat;
import org.dineutrino.ingest.SampleExporter;
import org.dineutrino.ingest.SampleWriter;
import org.dineutrino.sample.Process;
import org.dineutrino.sample.SampleInfo;
import org.dineutrino.store.Database;

/** Writes a stored sample to a Parquet or CSV file, streaming its chunks. */
public final class ExportService {

    private final Database db;

    public ExportService(Database db) {
        this.db = db;
    }

    /**
     * @param maxObjects CSV: numbered fields per collection, or {@link SampleExporter#ALL_OBJECTS} for as
     *                   many as the sample's largest collection has (so that the file imports back)
     */
    public ExportSummary export(String sampleRef, ImportFormat format, ExportLevel level, int maxObjects, Path out) {
        SampleInfo sample = db.samples().find(sampleRef).orElseThrow(() -> new InvalidConfigException("sample",
                "names no sample: '" + sampleRef + "'"));
        if (format == ImportFormat.ROOT) {
            throw new InvalidConfigException("format", "must be parquet or csv: exports do not write ROOT files");
        }
        List<ColumnSpec> columns = level.select(sample.columns());
        Set<String> names = new LinkedHashSet<>();
        columns.forEach(c -> names.add(c.name()));
        int objects = format == ImportFormat.CSV && maxObjects == SampleExporter.ALL_OBJECTS
                ? largestCollection(sample, columns) : Math.max(0, maxObjects);
        try (SampleWriter writer = SampleExporter.open(format, columns, out, level, header(sample), objects)) {
            db.samples().stream(sample, names, (batch, chunk, n) -> {
                writer.write(batch);
                return true;
            });
            return writer.finish();
        }
    }

    private int largestCollection(SampleInfo sample, List<ColumnSpec> columns) {
        Set<String> counts = new LinkedHashSet<>();
        columns.stream().filter(ColumnSpec::isJagged).forEach(c -> counts.add(c.countColumn()));
        int[] largest = {0};
        if (counts.isEmpty()) {
            return 0;
        }
        db.samples().stream(sample, counts, (batch, chunk, n) -> {
            for (String count : counts) {
                for (int v : batch.ints(count)) {
                    largest[0] = Math.max(largest[0], v);
                }
            }
            return true;
        });
        return largest[0];
    }

    private static ExportHeader header(SampleInfo s) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("sample", s.name());
        properties.put("process", s.meta().process().shortName());
        properties.put("crossSectionPb", String.valueOf(s.meta().crossSectionPb()));
        properties.put("checksum", s.checksum());
        properties.put("generator", s.meta().generatorVersion());
        return s.meta().process() == Process.DATA ? new ExportHeader(java.util.OptionalDouble.empty(), properties)
                : ExportHeader.of(s.meta().sumGenWeights(), properties);
    }
}
