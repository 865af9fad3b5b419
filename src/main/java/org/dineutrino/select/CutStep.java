package org.dineutrino.select;

import java.util.Locale;

/** The steps of the reconstruction-level selection, in the order the cutflow applies them. */
public enum CutStep {
    DILEPTON, THIRD_LEPTON_VETO, MLL, Z_VETO, MET, JETS, BTAG;

    /** Number of steps: an event that passes this many is selected. */
    public static final int COUNT = values().length;

    /** What the step requires, with the values of these cuts, as the cutflow shows it. */
    public String label(SelectionCuts c) {
        return switch (this) {
            case DILEPTON -> String.format(Locale.ROOT, "2 opposite-charge tight leptons, p_T ≥ %s/%s GeV, |η| < %s",
                    num(c.leadingLeptonPt()), num(c.subleadingLeptonPt()), num(c.leptonAbsEta()));
            case THIRD_LEPTON_VETO -> "no third lepton with p_T > " + num(c.vetoLeptonPt()) + " GeV";
            case MLL -> "m_ℓℓ > " + num(c.mllMin()) + " GeV";
            case Z_VETO -> "SF: m_ℓℓ outside " + num(c.zVetoLow()) + "–" + num(c.zVetoHigh()) + " GeV";
            case MET -> "SF: p_T^miss ≥ " + num(c.metMinSameFlavour()) + " GeV";
            case JETS -> "≥ " + c.minJets() + " jets, p_T > " + num(c.jetPt()) + " GeV, |η| < " + num(c.jetAbsEta());
            case BTAG -> "≥ " + c.minBJets() + " b-tagged jet" + (c.minBJets() == 1 ? "" : "s");
        };
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
