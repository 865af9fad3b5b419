package org.dineutrino.select;

/**
 * The reconstruction-level selection (DESIGN.md, "Selection and observables"; the CMS
 * analysis of the seed, section 2). Every cut is a field of the run configuration.
 *
 * @param leadingLeptonPt     leading lepton p_T threshold [GeV]
 * @param subleadingLeptonPt  subleading lepton p_T threshold [GeV]
 * @param leptonAbsEta        lepton |eta| upper limit
 * @param electronGapLow      lower |eta| edge of the electron barrel-endcap gap
 * @param electronGapHigh     upper |eta| edge of the gap; electrons inside are dropped
 * @param vetoLeptonPt        a third tight lepton above this p_T [GeV] vetoes the event
 * @param mllMin              m_ll lower limit [GeV]
 * @param zVetoLow            same flavour: events with zVetoLow < m_ll < zVetoHigh are rejected [GeV]
 * @param zVetoHigh           see zVetoLow [GeV]
 * @param metMinSameFlavour   same flavour: corrected p_T^miss lower limit [GeV]
 * @param jetPt               jet p_T threshold [GeV]
 * @param jetAbsEta           jet |eta| upper limit
 * @param jetLeptonDeltaR     jets closer than this to a selected lepton are dropped
 * @param minJets             minimum number of jets
 * @param minBJets            minimum number of b-tagged jets
 * @param bTagThreshold       b-tag discriminant threshold: DeepJet loose working point 0.0490
 *                            (CMS BTV, 2018 UL; any discriminant above it is tagged)
 */
public record SelectionCuts(double leadingLeptonPt, double subleadingLeptonPt, double leptonAbsEta,
                            double electronGapLow, double electronGapHigh, double vetoLeptonPt, double mllMin,
                            double zVetoLow, double zVetoHigh, double metMinSameFlavour, double jetPt,
                            double jetAbsEta, double jetLeptonDeltaR, int minJets, int minBJets,
                            double bTagThreshold) {

    /** The defaults of DESIGN.md. */
    public static SelectionCuts defaults() {
        return new SelectionCuts(25, 20, 2.4, 1.4442, 1.566, 15, 20, 76, 106, 40, 30, 2.4, 0.4, 2, 1, 0.0490);
    }

    /** Checks the cuts make sense; the message names the field. */
    public SelectionCuts {
        positive("leadingLeptonPt", leadingLeptonPt);
        positive("subleadingLeptonPt", subleadingLeptonPt);
        positive("leptonAbsEta", leptonAbsEta);
        positive("vetoLeptonPt", vetoLeptonPt);
        nonNegative("mllMin", mllMin);
        nonNegative("metMinSameFlavour", metMinSameFlavour);
        positive("jetPt", jetPt);
        positive("jetAbsEta", jetAbsEta);
        nonNegative("jetLeptonDeltaR", jetLeptonDeltaR);
        if (subleadingLeptonPt > leadingLeptonPt) {
            throw new IllegalArgumentException("cuts.subleadingLeptonPt (" + subleadingLeptonPt
                    + " GeV) must not exceed cuts.leadingLeptonPt (" + leadingLeptonPt + " GeV)");
        }
        if (zVetoHigh < zVetoLow) {
            throw new IllegalArgumentException("cuts.zVetoHigh (" + zVetoHigh + " GeV) must be >= cuts.zVetoLow ("
                    + zVetoLow + " GeV)");
        }
        if (electronGapHigh < electronGapLow) {
            throw new IllegalArgumentException("cuts.electronGapHigh must be >= cuts.electronGapLow");
        }
        if (minJets < 0 || minBJets < 0) {
            throw new IllegalArgumentException("cuts.minJets and cuts.minBJets must be >= 0, got " + minJets + ", "
                    + minBJets);
        }
    }

    private static void positive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("cuts." + field + " must be a finite number > 0, got " + value);
        }
    }

    private static void nonNegative(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("cuts." + field + " must be a finite number >= 0, got " + value);
        }
    }
}
