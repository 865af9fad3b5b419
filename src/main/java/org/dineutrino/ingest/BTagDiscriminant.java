package org.dineutrino.ingest;

/**
 * The b-tag discriminants of CMS NanoAOD a user can map onto the event model's
 * {@code jetBtag} column. The working point is a selection setting, not an import setting.
 */
public enum BTagDiscriminant {
    /** DeepJet (DeepFlavour) b + bb + lepb probability. */
    DEEP_JET("DeepJet", "Jet_btagDeepFlavB"),
    /** DeepCSV b + bb probability. */
    DEEP_CSV("DeepCSV", "Jet_btagDeepB"),
    /** Combined secondary vertex v2. */
    CSV_V2("CSVv2", "Jet_btagCSVV2");

    private final String label;
    private final String nanoAodBranch;

    BTagDiscriminant(String label, String nanoAodBranch) {
        this.label = label;
        this.nanoAodBranch = nanoAodBranch;
    }

    /** The name physicists use ({@code DeepJet}). */
    public String label() {
        return label;
    }

    /** Its branch in CMS NanoAOD. */
    public String nanoAodBranch() {
        return nanoAodBranch;
    }

    /**
     * The discriminant of a label, a constant name or a NanoAOD branch, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static BTagDiscriminant parse(String text) {
        for (BTagDiscriminant d : values()) {
            if (d.label.equalsIgnoreCase(text) || d.name().equalsIgnoreCase(text)
                    || d.nanoAodBranch.equalsIgnoreCase(text)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown b-tag discriminant '" + text
                + "', expected DeepJet, DeepCSV or CSVv2");
    }
}
