package org.dineutrino.ingest;

import static org.dineutrino.ingest.NanoAodQuantity.GEN_PART_ETA;
import static org.dineutrino.ingest.NanoAodQuantity.GEN_PART_MASS;
import static org.dineutrino.ingest.NanoAodQuantity.GEN_PART_MOTHER;
import static org.dineutrino.ingest.NanoAodQuantity.GEN_PART_PDG_ID;
import static org.dineutrino.ingest.NanoAodQuantity.GEN_PART_PHI;
import static org.dineutrino.ingest.NanoAodQuantity.GEN_PART_PT;

import java.nio.file.Path;
import org.dineutrino.event.Columns;
import org.dineutrino.event.EventBatch;
import org.dineutrino.event.Jagged;

/**
 * Fills the particle-level columns of one batch from its generator particles, with
 * {@link GenParticleTruth}: p_T^nunu, the neutralino sum, the boson decays, the tops.
 */
final class GenParticleColumns {

    private GenParticleColumns() {
    }

    static void put(EventBatch.Builder events, Path file, BranchBatch batch, ImportPlan plan) {
        int[] offsets = Jagged.offsets(batch.get(plan.counter(NanoAodLayout.GEN_PARTICLES)).toInts());
        int[] pdgId = batch.get(plan.branch(GEN_PART_PDG_ID)).toInts();
        int[] mother = batch.get(plan.branch(GEN_PART_MOTHER)).toInts();
        checkMothers(file, batch, plan, offsets, mother);
        int[] child = GenParticleTruth.sameIdChild(offsets, pdgId, mother);
        double[] pt = batch.get(plan.branch(GEN_PART_PT)).toDoubles();
        double[] eta = batch.get(plan.branch(GEN_PART_ETA)).toDoubles();
        double[] phi = batch.get(plan.branch(GEN_PART_PHI)).toDoubles();
        double[] mass = batch.get(plan.branch(GEN_PART_MASS)).toDoubles();
        int n = batch.nEntries();

        double[][] nuNu = new double[2][n];
        GenParticleTruth.promptNeutrinoSum(offsets, pdgId, mother, child, pt, phi, nuNu[0], nuNu[1]);
        events.put(Columns.GEN_NUNU_PT, nuNu[0]).put(Columns.GEN_NUNU_PHI, nuNu[1]);
        double[][] chiChi = new double[2][n];
        GenParticleTruth.neutralinoSum(offsets, pdgId, child, pt, phi, chiChi[0], chiChi[1]);
        events.put(Columns.GEN_CHICHI_PT, chiChi[0]).put(Columns.GEN_CHICHI_PHI, chiChi[1]);

        int[][] decays = new int[2][n];
        GenParticleTruth.bosonDecays(offsets, pdgId, mother, child, decays[0], decays[1]);
        events.put(Columns.GEN_DECAY_1, decays[0]).put(Columns.GEN_DECAY_2, decays[1]);

        double[][] top = new double[4][n];
        GenParticleTruth.lastCopyKinematics(offsets, pdgId, child, GenParticleTruth.TOP, pt, eta, phi, mass,
                top);
        events.put(Columns.GEN_TOP_PT, top[0]).put(Columns.GEN_TOP_ETA, top[1])
                .put(Columns.GEN_TOP_PHI, top[2]).put(Columns.GEN_TOP_MASS, top[3]);
        double[][] antitop = new double[4][n];
        GenParticleTruth.lastCopyKinematics(offsets, pdgId, child, -GenParticleTruth.TOP, pt, eta, phi, mass,
                antitop);
        events.put(Columns.GEN_ANTITOP_PT, antitop[0]).put(Columns.GEN_ANTITOP_ETA, antitop[1])
                .put(Columns.GEN_ANTITOP_PHI, antitop[2]).put(Columns.GEN_ANTITOP_MASS, antitop[3]);
    }

    private static void checkMothers(Path file, BranchBatch batch, ImportPlan plan, int[] offsets,
                                     int[] mother) {
        int bad = GenParticleTruth.firstBadMother(offsets, mother);
        if (bad < 0) {
            return;
        }
        int event = 0;
        while (offsets[event + 1] <= bad) {
            event++;
        }
        throw new InputDataException(file, "branch '" + plan.branch(GEN_PART_MOTHER) + "'", "particle "
                + (bad - offsets[event]) + " of entry " + (batch.firstEntry() + event) + " has mother index "
                + mother[bad] + ", but its entry has " + (offsets[event + 1] - offsets[event])
                + " particles (expected -1 or a lower index of another particle)");
    }
}
