package org.dineutrino.ingest;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which branches of a NanoAOD file feed which quantities of the event model, editable per
 * import where files differ. {@link #defaults()} is CMS NanoAOD with DeepJet b-tagging.
 *
 * <p>Tight leptons, as the event model's {@code muonTight} and {@code electronTight} columns
 * need them: a muon is tight when its ID flag ({@link NanoAodQuantity#MUON_ID}) is set and its
 * relative isolation ({@link NanoAodQuantity#MUON_ISOLATION}) is below
 * {@link #muonIsolationMax()}; an electron when its cut-based ID
 * ({@link NanoAodQuantity#ELECTRON_ID}) is at least {@link #electronIdMin()}.
 *
 * @param eventsTree       the tree of events ({@code Events})
 * @param runsTree         the tree of per-run sums ({@code Runs}); a file without it has no genEventSumw
 * @param branches         the branch of every quantity; {@code ""} leaves the quantity out
 * @param bTag             the discriminant mapped onto {@code jetBtag}, recorded in the import summary
 * @param muonIsolationMax a muon is isolated when its relative isolation is below this
 * @param electronIdMin    an electron is tight when its cut-based ID is at least this
 */
public record NanoAodMapping(String eventsTree, String runsTree, Map<NanoAodQuantity, String> branches,
                            BTagDiscriminant bTag, double muonIsolationMax, int electronIdMin) {

    /**
     * Tight working point of the muon relative PF isolation, cone 0.4, delta-beta corrected
     * (CMS Collaboration, "Performance of the CMS muon detector and muon reconstruction with
     * proton-proton collisions at 13 TeV", JINST 13 (2018) P06015).
     */
    public static final double TIGHT_MUON_ISOLATION = 0.15;
    /**
     * {@code Electron_cutBased} of the tight working point (NanoAOD documentation of the branch:
     * 0 fail, 1 veto, 2 loose, 3 medium, 4 tight).
     */
    public static final int TIGHT_ELECTRON_ID = 4;

    public NanoAodMapping {
        requireName(eventsTree, "eventsTree");
        requireName(runsTree, "runsTree");
        Objects.requireNonNull(bTag, "bTag");
        EnumMap<NanoAodQuantity, String> complete = new EnumMap<>(NanoAodQuantity.class);
        for (NanoAodQuantity q : NanoAodQuantity.values()) {
            String branch = branches.get(q);
            if (branch == null) {
                branch = q == NanoAodQuantity.JET_BTAG ? bTag.nanoAodBranch() : q.defaultBranch();
            }
            complete.put(q, branch.trim());
        }
        branches = Collections.unmodifiableMap(complete);
        if (!(muonIsolationMax > 0) || Double.isInfinite(muonIsolationMax)) {
            throw new IllegalArgumentException("muonIsolationMax must be a positive number, got "
                    + muonIsolationMax);
        }
    }

    /** CMS NanoAOD names, DeepJet b-tagging, tight muon isolation 0.15, tight electron ID. */
    public static NanoAodMapping defaults() {
        return new NanoAodMapping("Events", "Runs", Map.of(), BTagDiscriminant.DEEP_JET, TIGHT_MUON_ISOLATION,
                TIGHT_ELECTRON_ID);
    }

    /** The branch mapped to a quantity, {@code ""} when it is left out. */
    public String branch(NanoAodQuantity quantity) {
        return branches.get(quantity);
    }

    /** Whether a branch is mapped to the quantity. */
    public boolean isMapped(NanoAodQuantity quantity) {
        return !branch(quantity).isEmpty();
    }

    /** This mapping with {@code quantity} read from {@code branch} ({@code ""}: left out). */
    public NanoAodMapping with(NanoAodQuantity quantity, String branch) {
        Objects.requireNonNull(branch, "branch");
        EnumMap<NanoAodQuantity, String> changed = new EnumMap<>(branches);
        changed.put(quantity, branch);
        return new NanoAodMapping(eventsTree, runsTree, changed, bTag, muonIsolationMax, electronIdMin);
    }

    /** This mapping with another b-tag discriminant, read from its NanoAOD branch. */
    public NanoAodMapping withBTag(BTagDiscriminant discriminant) {
        EnumMap<NanoAodQuantity, String> changed = new EnumMap<>(branches);
        changed.put(NanoAodQuantity.JET_BTAG, discriminant.nanoAodBranch());
        return new NanoAodMapping(eventsTree, runsTree, changed, discriminant, muonIsolationMax,
                electronIdMin);
    }

    /** This mapping reading events from another tree. */
    public NanoAodMapping withEventsTree(String tree) {
        return new NanoAodMapping(tree, runsTree, branches, bTag, muonIsolationMax, electronIdMin);
    }

    /** This mapping with another muon isolation cut. */
    public NanoAodMapping withMuonIsolationMax(double isolationMax) {
        return new NanoAodMapping(eventsTree, runsTree, branches, bTag, isolationMax, electronIdMin);
    }

    /** This mapping with another electron ID threshold. */
    public NanoAodMapping withElectronIdMin(int idMin) {
        return new NanoAodMapping(eventsTree, runsTree, branches, bTag, muonIsolationMax, idMin);
    }

    private static void requireName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(what + " must name a tree, got '" + name + "'");
        }
    }
}
