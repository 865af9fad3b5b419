package org.dineutrino.select;

/** Dilepton channels. The code is the ordinal; -1 stands for "no pair". */
public enum Channel {
    EE("ee"), MUMU("μμ"), EMU("eμ");

    public static final int NONE = -1;

    private static final Channel[] BY_CODE = values();

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

    /** Whether a channel code (an ordinal, or NONE) is ee or mumu. */
    public static boolean isSameFlavour(int code) {
        return code != NONE && BY_CODE[code].sameFlavour();
    }

    /** Channel of a pair from the two flavours (true = muon). */
    public static Channel of(boolean firstIsMuon, boolean secondIsMuon) {
        if (firstIsMuon && secondIsMuon) {
            return MUMU;
        }
        return firstIsMuon || secondIsMuon ? EMU : EE;
    }
}
