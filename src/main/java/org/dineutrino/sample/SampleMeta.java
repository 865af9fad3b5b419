package org.dineutrino.sample;

/**
 * What is known about a sample before its events are written.
 *
 * @param sumGenWeights    sum of generator weights over every generated event, kept or not;
 *                         expected events = weight * crossSectionPb * lumi [pb^-1] / sumGenWeights
 * @param nGenerated       events generated (or in the source file), kept or not
 * @param generatorVersion the simulation version or the importer and file it came from
 */
public record SampleMeta(String name, Process process, String source, SampleRole role, double crossSectionPb,
                         double sumGenWeights, long nGenerated, Long seed, String generatorVersion,
                         String description) {

    public SampleMeta {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("sample name must not be empty");
        }
        if (!(crossSectionPb >= 0) || Double.isInfinite(crossSectionPb)) {
            throw new IllegalArgumentException("sample " + name + ": cross section must be a finite number >= 0 pb,"
                    + " got "
                    + crossSectionPb);
        }
        if (!(sumGenWeights > 0) && process != Process.DATA) {
            throw new IllegalArgumentException("sample " + name + ": sum of generator weights must be > 0, got "
                    + sumGenWeights);
        }
    }

    /** The same metadata with the generator totals known only after the events were produced. */
    public SampleMeta withTotals(double sumGenWeights, long nGenerated) {
        return new SampleMeta(name, process, source, role, crossSectionPb, sumGenWeights, nGenerated, seed,
                generatorVersion, description);
    }
}
