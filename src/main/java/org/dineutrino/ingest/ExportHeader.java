package org.dineutrino.ingest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What an export records about its sample besides the events, in the Parquet file's
 * key-value metadata or the CSV file's first comment line, and what an import of that file
 * gives back ({@link ImportSummary#genEventSumw()} and the summary's notes).
 *
 * @param genEventSumw the sum of generator weights over every generated event, kept or not: a
 *                     preselected simulated sample keeps only some events, so the weights in the
 *                     file do not add up to it; empty when unknown (collision data)
 * @param properties   free text by key, for people and provenance: sample name, process, cross
 *                     section, checksum, ... (keys and values are written as given)
 */
public record ExportHeader(OptionalDouble genEventSumw, Map<String, String> properties) {

    public ExportHeader {
        Objects.requireNonNull(genEventSumw, "genEventSumw");
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        if (genEventSumw.isPresent() && !Double.isFinite(genEventSumw.getAsDouble())) {
            throw new IllegalArgumentException("genEventSumw must be a finite number, got "
                    + genEventSumw.getAsDouble());
        }
    }

    /** No sum of weights and no properties. */
    public static ExportHeader none() {
        return new ExportHeader(OptionalDouble.empty(), Map.of());
    }

    /** A header with the sample's sum of generator weights and properties. */
    public static ExportHeader of(double genEventSumw, Map<String, String> properties) {
        return new ExportHeader(OptionalDouble.of(genEventSumw), properties);
    }
}
