package org.dineutrino.select;

/** Dilepton channels. The code is the ordinal; -1 stands for "no pair". */
public enum Channel {
    EE("ee"), MUMU("μμ"), EMU("eμ");

    public static final int NONE = -1;

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean sameFlavour() {
        return this != EMU;
    }

    /** Channel of a pair from the two flavours (true = muon). */
    public static Channel of(boolean firstIsMuon, boolean secondIsMuon) {
        if (firstIsMuon && secondIsMuon) {
            return MUMU;
        }
        return firstIsMuon || secondIsMuon ? EMU : EE;
    }
}
