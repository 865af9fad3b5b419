package org.dineutrino.ingest;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What an import of a NanoAOD file read, for the sample page, {@code /api/samples/{id}} and
 * the command line.
 *
 * @param file                    the file name
 * @param tree                    the tree of events read
 * @param events                  number of events imported
 * @param genEventSumw            the sum of generator weights of all generated events, from the
 *                                {@code Runs} tree (summed over its entries); empty when the file has none
 * @param sumGenWeights           the sum of {@code genWeight} over the imported events; empty
 *                                without genWeight
 * @param hasGeneratorInformation whether the generator particles were mapped: the particle-level
 *                                columns the response needs ({@code genDecay1}, {@code genNuNuPt},
 *                                ...) are there
 * @param columns                 the event-model columns imported
 * @param absent                  each event-model column not imported, with the reason (the branch it lacks)
 * @param bTag                    the discriminant the mapping chose for {@code jetBtag}
 * @param bTagBranch              the branch read into {@code jetBtag}, or null when it is absent
 * @param notes                   how derived quantities were made (electron eta, tight leptons, genEventSumw)
 * @param statistics              per collection and quantity: number of objects, sum and mean
 */
public record ImportSummary(String file, String tree, long events, OptionalDouble genEventSumw,
                            OptionalDouble sumGenWeights, boolean hasGeneratorInformation,
                            List<String> columns, Map<String, String> absent, BTagDiscriminant bTag,
                            String bTagBranch, List<String> notes, SampleStatistics statistics) {

    public ImportSummary {
        columns = List.copyOf(columns);
        absent = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(absent));
        notes = List.copyOf(notes);
    }

    /** Whether the event-model column was imported. */
    public boolean has(String column) {
        return columns.contains(column);
    }
}
