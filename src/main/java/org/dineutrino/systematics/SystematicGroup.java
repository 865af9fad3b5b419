package org.dineutrino.systematics;

/** The groups in which uncertainty breakdowns and plots collect the systematic sources (DESIGN.md "Systematics"). */
public enum SystematicGroup {
    JETS("jets"),
    B_TAGGING("b tagging"),
    LEPTONS("leptons"),
    BACKGROUND_NORMALISATION("background normalisation"),
    OTHER_EXPERIMENTAL("other experimental"),
    ME_PS_MODELLING("ME/PS modelling"),
    OTHER_THEORY("other theory"),
    LUMINOSITY("luminosity");

    private final String label;

    SystematicGroup(String label) {
        this.label = label;
    }

    /** The group's name as plots show it. */
    public String label() {
        return label;
    }
}
