package org.dineutrino.systematics;

import java.util.Arrays;
import java.util.List;
import org.dineutrino.sample.Process;

/**
 * The variation catalogue: every systematic variation a run can evaluate, named after the source
 * it feeds (DESIGN.md "Systematics" and "The built-in simulation").
 *
 * <p>Each entry says what it is made from ({@link #kind()}): a weight column of the simulated events
 * (the names of {@code Columns.WEIGHT_VARIATIONS}: a factor relative to the nominal event weight, 1
 * where a source does not apply), an object shift ({@link #shift()} with {@link #direction()}, from
 * {@code Columns.SHIFT_VARIATIONS}), an alternative sample of a process ({@link #sampleKey()}, a
 * {@code SimProcess} key), or a normalisation ({@link #normalisation()} of {@link #category()}, all
 * processes when null). {@link #role()} says how the shift enters the source's covariance and
 * {@link #group()} where the breakdown shows it. {@link VariedBatch#apply} makes the weight and
 * shift variations of a batch; the run swaps alternative samples and scales normalisations itself.
 *
 * <p>The normalisation sizes are DESIGN.md's: tt&#772; other 5 % (on the non-signal tt&#772; events
 * only), Drell-Yan 20 %, single top 30 %, other (diboson) 30 %, luminosity 1.6 % (full Run 2).
 */
public enum Variation {
    JES_UP(shift("jesUp", "JES", SystematicGroup.JETS, ObjectShift.JES, VariationRole.UP)),
    JES_DOWN(shift("jesDown", "JES", SystematicGroup.JETS, ObjectShift.JES, VariationRole.DOWN)),
    JER_UP(shift("jerUp", "JER", SystematicGroup.JETS, ObjectShift.JER, VariationRole.UP)),
    JER_DOWN(shift("jerDown", "JER", SystematicGroup.JETS, ObjectShift.JER, VariationRole.DOWN)),
    UNCLUSTERED_UP(shift("unclusteredUp", "unclustered energy", SystematicGroup.JETS, ObjectShift.UNCLUSTERED,
            VariationRole.UP)),
    UNCLUSTERED_DOWN(shift("unclusteredDown", "unclustered energy", SystematicGroup.JETS,
            ObjectShift.UNCLUSTERED, VariationRole.DOWN)),
    LEPTON_SCALE_UP(shift("leptonScaleUp", "lepton energy scale", SystematicGroup.LEPTONS,
            ObjectShift.LEPTON_SCALE, VariationRole.UP)),
    LEPTON_SCALE_DOWN(shift("leptonScaleDown", "lepton energy scale", SystematicGroup.LEPTONS,
            ObjectShift.LEPTON_SCALE, VariationRole.DOWN)),

    LEPTON_SF_UP(weight("leptonSfUp", "lepton scale factors", SystematicGroup.LEPTONS, VariationRole.UP)),
    LEPTON_SF_DOWN(weight("leptonSfDown", "lepton scale factors", SystematicGroup.LEPTONS, VariationRole.DOWN)),
    BTAG_HF_UP(weight("btagHfUp", "b tagging, heavy flavour", SystematicGroup.B_TAGGING, VariationRole.UP)),
    BTAG_HF_DOWN(weight("btagHfDown", "b tagging, heavy flavour", SystematicGroup.B_TAGGING, VariationRole.DOWN)),
    BTAG_LF_UP(weight("btagLfUp", "b tagging, light flavour", SystematicGroup.B_TAGGING, VariationRole.UP)),
    BTAG_LF_DOWN(weight("btagLfDown", "b tagging, light flavour", SystematicGroup.B_TAGGING, VariationRole.DOWN)),
    PILEUP_UP(weight("pileupUp", "pileup", SystematicGroup.OTHER_EXPERIMENTAL, VariationRole.UP)),
    PILEUP_DOWN(weight("pileupDown", "pileup", SystematicGroup.OTHER_EXPERIMENTAL, VariationRole.DOWN)),
    TRIGGER_UP(weight("triggerUp", "trigger", SystematicGroup.OTHER_EXPERIMENTAL, VariationRole.UP)),
    TRIGGER_DOWN(weight("triggerDown", "trigger", SystematicGroup.OTHER_EXPERIMENTAL, VariationRole.DOWN)),
    MU_R_UP(weight("muRUp", Sources.ME_SCALE, SystematicGroup.ME_PS_MODELLING, VariationRole.ENVELOPE_MEMBER)),
    MU_R_DOWN(weight("muRDown", Sources.ME_SCALE, SystematicGroup.ME_PS_MODELLING, VariationRole.ENVELOPE_MEMBER)),
    MU_F_UP(weight("muFUp", Sources.ME_SCALE, SystematicGroup.ME_PS_MODELLING, VariationRole.ENVELOPE_MEMBER)),
    MU_F_DOWN(weight("muFDown", Sources.ME_SCALE, SystematicGroup.ME_PS_MODELLING, VariationRole.ENVELOPE_MEMBER)),
    MU_R_MU_F_UP(weight("muRMuFUp", Sources.ME_SCALE, SystematicGroup.ME_PS_MODELLING,
            VariationRole.ENVELOPE_MEMBER)),
    MU_R_MU_F_DOWN(weight("muRMuFDown", Sources.ME_SCALE, SystematicGroup.ME_PS_MODELLING,
            VariationRole.ENVELOPE_MEMBER)),
    ISR_UP(weight("isrUp", "ISR", SystematicGroup.ME_PS_MODELLING, VariationRole.UP)),
    ISR_DOWN(weight("isrDown", "ISR", SystematicGroup.ME_PS_MODELLING, VariationRole.DOWN)),
    FSR_UP(weight("fsrUp", "FSR", SystematicGroup.ME_PS_MODELLING, VariationRole.UP)),
    FSR_DOWN(weight("fsrDown", "FSR", SystematicGroup.ME_PS_MODELLING, VariationRole.DOWN)),
    TOP_PT(weight("topPt", "top p_T", SystematicGroup.OTHER_THEORY, VariationRole.ONE_SIDED)),
    PDF_1(weight("pdf1", Sources.PDF, SystematicGroup.OTHER_THEORY, VariationRole.HESSIAN_MEMBER)),
    PDF_2(weight("pdf2", Sources.PDF, SystematicGroup.OTHER_THEORY, VariationRole.HESSIAN_MEMBER)),
    PDF_3(weight("pdf3", Sources.PDF, SystematicGroup.OTHER_THEORY, VariationRole.HESSIAN_MEMBER)),
    PDF_4(weight("pdf4", Sources.PDF, SystematicGroup.OTHER_THEORY, VariationRole.HESSIAN_MEMBER)),
    PDF_5(weight("pdf5", Sources.PDF, SystematicGroup.OTHER_THEORY, VariationRole.HESSIAN_MEMBER)),
    PDF_6(weight("pdf6", Sources.PDF, SystematicGroup.OTHER_THEORY, VariationRole.HESSIAN_MEMBER)),

    MTOP_UP(sample("mtopUp", "top-quark mass", SystematicGroup.OTHER_THEORY, VariationRole.UP, "ttbar_mt173p5")),
    MTOP_DOWN(sample("mtopDown", "top-quark mass", SystematicGroup.OTHER_THEORY, VariationRole.DOWN,
            "ttbar_mt171p5")),
    TW_DS(sample("twDs", "tW DR/DS scheme", SystematicGroup.OTHER_THEORY, VariationRole.ONE_SIDED, "tw_ds")),
    HDAMP_UP(sample("hdampUp", "ME-PS matching (hdamp)", SystematicGroup.ME_PS_MODELLING, VariationRole.UP,
            "ttbar_hdamp_up")),
    HDAMP_DOWN(sample("hdampDown", "ME-PS matching (hdamp)", SystematicGroup.ME_PS_MODELLING, VariationRole.DOWN,
            "ttbar_hdamp_down")),
    UE_UP(sample("ueUp", "underlying event", SystematicGroup.ME_PS_MODELLING, VariationRole.UP, "ttbar_ue_up")),
    UE_DOWN(sample("ueDown", "underlying event", SystematicGroup.ME_PS_MODELLING, VariationRole.DOWN,
            "ttbar_ue_down")),
    CR_1(sample("cr1", "colour reconnection", SystematicGroup.ME_PS_MODELLING, VariationRole.ENVELOPE_MEMBER,
            "ttbar_cr1")),
    CR_2(sample("cr2", "colour reconnection", SystematicGroup.ME_PS_MODELLING, VariationRole.ENVELOPE_MEMBER,
            "ttbar_cr2")),

    TT_OTHER_NORM_UP(norm("ttOtherNormUp", "tt̄ other normalisation", Process.TTBAR, 0.05, VariationRole.UP)),
    TT_OTHER_NORM_DOWN(norm("ttOtherNormDown", "tt̄ other normalisation", Process.TTBAR, 0.05,
            VariationRole.DOWN)),
    DY_NORM_UP(norm("dyNormUp", "Drell-Yan normalisation", Process.DRELL_YAN, 0.20, VariationRole.UP)),
    DY_NORM_DOWN(norm("dyNormDown", "Drell-Yan normalisation", Process.DRELL_YAN, 0.20, VariationRole.DOWN)),
    SINGLE_TOP_NORM_UP(norm("singleTopNormUp", "single-top normalisation", Process.SINGLE_TOP, 0.30,
            VariationRole.UP)),
    SINGLE_TOP_NORM_DOWN(norm("singleTopNormDown", "single-top normalisation", Process.SINGLE_TOP, 0.30,
            VariationRole.DOWN)),
    OTHER_NORM_UP(norm("otherNormUp", "other backgrounds normalisation", Process.DIBOSON, 0.30, VariationRole.UP)),
    OTHER_NORM_DOWN(norm("otherNormDown", "other backgrounds normalisation", Process.DIBOSON, 0.30,
            VariationRole.DOWN)),
    LUMI_UP(norm("lumiUp", "luminosity", null, 0.016, VariationRole.UP)),
    LUMI_DOWN(norm("lumiDown", "luminosity", null, 0.016, VariationRole.DOWN));

    /** Source names shared by several entries. */
    private static final class Sources {
        static final String ME_SCALE = "ME scale μR/μF";
        static final String PDF = "PDF";
    }

    /** One catalogue entry's fields; the factories below fill those that apply to its kind. */
    private record Definition(String key, String source, VariationKind kind, VariationRole role,
                              SystematicGroup group, String weightColumn, ObjectShift shift, String sampleKey,
                              Process category, double normalisation) {
    }

    private final Definition definition;

    Variation(Definition definition) {
        this.definition = definition;
    }

    /** The variation's name, lowerCamel with an Up/Down suffix for a pair: {@code jesUp}, {@code pdf3}. */
    public String key() {
        return definition.key;
    }

    /** The systematic source it feeds: {@code JES}, {@code ME scale μR/μF}, ... */
    public String source() {
        return definition.source;
    }

    public VariationKind kind() {
        return definition.kind;
    }

    public VariationRole role() {
        return definition.role;
    }

    public SystematicGroup group() {
        return definition.group;
    }

    /** For a weight variation the event-weight column ({@code wIsrUp} for {@code isrUp}); else null. */
    public String weightColumn() {
        return definition.weightColumn;
    }

    /** For an object shift what it shifts; else null. */
    public ObjectShift shift() {
        return definition.shift;
    }

    /** +1 for an up shift, -1 for a down shift, 0 where the role has no direction. */
    public int direction() {
        return definition.role == VariationRole.UP ? 1 : definition.role == VariationRole.DOWN ? -1 : 0;
    }

    /** For an alternative sample the SimProcess key of the sample that replaces the nominal one; else null. */
    public String sampleKey() {
        return definition.sampleKey;
    }

    /** For a normalisation the category whose normalisation it scales (null: every process); else null. */
    public Process category() {
        return definition.category;
    }

    /** For a normalisation the relative size (0.05 = 5 %) by which it scales; else 0. */
    public double normalisation() {
        return definition.normalisation;
    }

    /**
     * Whether the variation changes the particle-level truth as well as the reconstruction: true for the
     * theory sources (ME/PS modelling and other theory: scales, ISR/FSR, top p_T, PDF, the alternative
     * samples), whose weights or physics act on the generated events; false for the detector and
     * normalisation sources, which change only what is reconstructed and selected.
     */
    public boolean changesTruth() {
        return definition.group == SystematicGroup.ME_PS_MODELLING || definition.group == SystematicGroup.OTHER_THEORY;
    }

    /** The entries that feed a source, in catalogue order. */
    public static List<Variation> ofSource(String source) {
        return Arrays.stream(values()).filter(v -> v.source().equals(source)).toList();
    }

    /**
     * The entry of a key ({@code jesUp}) or enum name ({@code JES_UP}), case-insensitive.
     *
     * @throws IllegalArgumentException naming the known keys
     */
    public static Variation parse(String text) {
        String t = text == null ? "" : text.trim();
        for (Variation v : values()) {
            if (v.key().equalsIgnoreCase(t) || v.name().equalsIgnoreCase(t)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown variation '" + text + "', expected one of "
                + Arrays.stream(values()).map(Variation::key).toList());
    }

    private static Definition shift(String key, String source, SystematicGroup group, ObjectShift shift,
                                    VariationRole role) {
        return new Definition(key, source, VariationKind.OBJECT_SHIFT, role, group, null, shift, null, null, 0);
    }

    /** A weight variation; its column is "w" and the key with a capital first letter (common-issue names). */
    private static Definition weight(String key, String source, SystematicGroup group, VariationRole role) {
        String column = "w" + Character.toUpperCase(key.charAt(0)) + key.substring(1);
        return new Definition(key, source, VariationKind.WEIGHT, role, group, column, null, null, null, 0);
    }

    private static Definition sample(String key, String source, SystematicGroup group, VariationRole role,
                                     String sampleKey) {
        return new Definition(key, source, VariationKind.ALTERNATIVE_SAMPLE, role, group, null, null, sampleKey,
                null, 0);
    }

    private static Definition norm(String key, String source, Process category, double size,
                                   VariationRole role) {
        SystematicGroup group = category == null ? SystematicGroup.LUMINOSITY
                : SystematicGroup.BACKGROUND_NORMALISATION;
        return new Definition(key, source, VariationKind.NORMALISATION, role, group, null, null, null, category,
                size);
    }
}
