package org.dineutrino.run;

import java.util.Map;
import org.dineutrino.sample.Process;
import org.dineutrino.sample.SampleInfo;
import org.dineutrino.sample.SampleRole;
import org.dineutrino.select.FiducialCuts;
import org.dineutrino.select.SelectionCuts;

/**
 * Checks of a configuration against the samples it names: roles that make sense, and
 * cuts no looser than what the samples kept (DESIGN.md, "Storage": simulated samples
 * keep only events passing a loose generation preselection).
 */
final class RunValidation {

    /** Reco-level generation preselection of the built-in simulation: two leptons with p_T > 15 GeV. */
    static final double PRESELECTION_LEPTON_PT = 15;
    /** ... with |eta| < 2.5 ... */
    static final double PRESELECTION_LEPTON_ABS_ETA = 2.5;
    /** ... and m_ll > 10 GeV. */
    static final double PRESELECTION_MLL = 10;

    private RunValidation() {
    }

    static void check(RunConfig config, Map<String, SampleInfo> samples) {
        if (config.signal() != null) {
            checkSignal(samples.get(config.signal()));
        }
        checkData(config, samples);
        checkBackgrounds(config, samples);
        if (config.injection() != null) {
            checkInjection(config, samples.get(config.injection().sample()));
        }
        for (SampleInfo info : samples.values()) {
            if ("simulation".equals(info.meta().source())) {
                checkPreselection(config.cuts(), config.fiducial(), info);
            }
        }
    }

    private static void checkSignal(SampleInfo signal) {
        if (signal.meta().process() != Process.TTBAR) {
            throw new InvalidConfigException("signal", "must be a tt̄ sample; '" + signal.name() + "' is "
                    + signal.meta().process().shortName());
        }
        if (!signal.hasColumn("genNuNuPt")) {
            throw new InvalidConfigException("signal", "sample '" + signal.name() + "' has no generator information"
                    + " (genNuNuPt): it cannot fill the response");
        }
    }

    /**
     * A background is a process other than tt&#772; (tt&#772; other is the non-signal part of the signal
     * sample), and no background or data sample is an alternative sample: those stand in for a nominal
     * sample in a systematic variation, so adding one would count its process twice.
     */
    private static void checkBackgrounds(RunConfig config, Map<String, SampleInfo> samples) {
        for (String name : config.backgrounds()) {
            SampleInfo b = samples.get(name);
            if (b.meta().process() == Process.TTBAR) {
                throw new InvalidConfigException("backgrounds", "sample '" + name + "' is tt̄: tt̄ events that are"
                        + " not signal are taken from the signal sample, so a tt̄ sample cannot be a background");
            }
            refuseAlternative(b, "backgrounds");
        }
        for (String name : config.data()) {
            refuseAlternative(samples.get(name), "data");
        }
    }

    /** The injected signal joins pseudo-data, and its particle level the truth: it needs generator information. */
    private static void checkInjection(RunConfig config, SampleInfo injected) {
        if (!config.pseudoData()) {
            throw new InvalidConfigException("injection", "needs pseudo-data (pseudoData: true): a signal is"
                    + " injected into simulated data, not into collision data");
        }
        if (!config.unfold()) {
            throw new InvalidConfigException("injection", "needs an unfolding run (unfold: true)");
        }
        refuseAlternative(injected, "injection.sample");
        requireColumns(injected, new java.util.LinkedHashSet<>(org.dineutrino.select.FiducialSelection.COLUMNS));
    }

    private static void refuseAlternative(SampleInfo sample, String field) {
        if (sample.meta().role() == SampleRole.ALTERNATIVE) {
            throw new InvalidConfigException(field, "sample '" + sample.name() + "' is an alternative sample (a"
                    + " systematic variation of its process); name the nominal sample instead");
        }
    }

    private static void checkData(RunConfig config, Map<String, SampleInfo> samples) {
        for (String name : config.data()) {
            SampleInfo data = samples.get(name);
            boolean isData = data.meta().process() == Process.DATA;
            if (config.pseudoData() && isData) {
                throw new InvalidConfigException("data", "sample '" + name + "' is collision data; set pseudoData to"
                        + " false or name simulated samples");
            }
        }
    }

    /**
     * Refuses a sample that lacks a quantity the run needs, naming both. A sample without
     * generator weights (collision data, some imports) counts each event once.
     */
    static void requireColumns(SampleInfo sample, java.util.Set<String> needed) {
        for (String column : needed) {
            boolean optional = column.equals("genWeight");
            if (!optional && !sample.hasColumn(column)) {
                throw new InvalidConfigException("samples", "sample '" + sample.name() + "' has no '" + column
                        + "', which this run needs (was it absent from the imported file?)");
            }
        }
    }

    private static void checkPreselection(SelectionCuts cuts, FiducialCuts fiducial, SampleInfo sample) {
        String presel = "the preselection of sample '" + sample.name() + "' (two leptons with p_T > "
                + PRESELECTION_LEPTON_PT + " GeV, |η| < " + PRESELECTION_LEPTON_ABS_ETA + ", m_ℓℓ > "
                + PRESELECTION_MLL
                + " GeV, or the default fiducial region)";
        if (cuts.subleadingLeptonPt() < PRESELECTION_LEPTON_PT) {
            throw new InvalidConfigException("cuts.subleadingLeptonPt", "= " + cuts.subleadingLeptonPt()
                    + " GeV is looser than " + presel);
        }
        if (cuts.leptonAbsEta() > PRESELECTION_LEPTON_ABS_ETA) {
            throw new InvalidConfigException("cuts.leptonAbsEta", "= " + cuts.leptonAbsEta() + " is looser than "
                    + presel);
        }
        if (cuts.mllMin() < PRESELECTION_MLL) {
            throw new InvalidConfigException("cuts.mllMin", "= " + cuts.mllMin() + " GeV is looser than " + presel);
        }
        FiducialCuts d = FiducialCuts.defaults();
        boolean looser = fiducial.leptonPt() < d.leptonPt() || fiducial.leptonAbsEta() > d.leptonAbsEta()
                || fiducial.mllMin() < d.mllMin() || fiducial.bJetPt() < d.bJetPt()
                || fiducial.bJetAbsEta() > d.bJetAbsEta() || fiducial.minBJets() < d.minBJets()
                || fiducial.ptNuNuMinSameFlavour() < d.ptNuNuMinSameFlavour();
        if (looser) {
            throw new InvalidConfigException("fiducial", "is looser than " + presel
                    + ": events outside the default fiducial region that fail the reco preselection were not kept");
        }
    }
}
