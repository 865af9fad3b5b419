package org.dineutrino.regress;

import java.util.List;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.event.Columns;
import org.dineutrino.event.EventBatch;

/**
 * The leading two tight leptons (muons and electrons together, by p_T) of each event.
 * Slot k of row r is at index {@code 2 * r + k}; an empty slot has p_T = 0 and zero momentum.
 *
 * @param pt     p_T [GeV]
 * @param eta    pseudorapidity
 * @param phi    azimuth [rad]
 * @param mass   PDG mass of the flavour [GeV]
 * @param isMuon 1 for a muon, 0 for an electron or an empty slot
 * @param px     four-momentum components [GeV], filled once the slots are final
 * @param py     "
 * @param pz     "
 * @param e      "
 */
record LeptonSlots(double[] pt, double[] eta, double[] phi, double[] mass, int[] isMuon, double[] px, double[] py,
                   double[] pz, double[] e) {

    static final int N_SLOTS = 2;

    /** m_e = 0.51099895 MeV (PDG 2024, Review of Particle Physics, lepton summary table). */
    static final double ELECTRON_MASS = 0.51099895e-3;

    /** m_mu = 105.6583755 MeV (PDG 2024, Review of Particle Physics, lepton summary table). */
    static final double MUON_MASS = 0.1056583755;

    /** The columns of one lepton collection. */
    private record Collection(ColumnSpec count, ColumnSpec pt, ColumnSpec eta, ColumnSpec phi, ColumnSpec tight,
                              double mass, int muonFlag) {

        List<ColumnSpec> columns() {
            return List.of(count, pt, eta, phi, tight);
        }
    }

    private static final Collection MUONS = new Collection(Columns.N_MUON, Columns.MUON_PT, Columns.MUON_ETA,
            Columns.MUON_PHI, Columns.MUON_TIGHT, MUON_MASS, 1);

    private static final Collection ELECTRONS = new Collection(Columns.N_ELECTRON, Columns.ELECTRON_PT,
            Columns.ELECTRON_ETA, Columns.ELECTRON_PHI, Columns.ELECTRON_TIGHT, ELECTRON_MASS, 0);

    /** The batch columns the lepton slots read. */
    static List<ColumnSpec> columns() {
        return java.util.stream.Stream.concat(MUONS.columns().stream(), ELECTRONS.columns().stream()).toList();
    }

    /** Picks the slots for the given events of the batch. */
    static LeptonSlots pick(EventBatch batch, int[] events) {
        int n = events.length * N_SLOTS;
        LeptonSlots slots = new LeptonSlots(new double[n], new double[n], new double[n], new double[n], new int[n],
                new double[n], new double[n], new double[n], new double[n]);
        slots.offer(batch, events, MUONS);
        slots.offer(batch, events, ELECTRONS);
        slots.fillMomenta();
        return slots;
    }

    /** Four-momenta of the filled slots; a NaN p_T counts as filled so that it propagates. */
    private void fillMomenta() {
        for (int s = 0; s < pt.length; s++) {
            if (pt[s] != 0) {
                px[s] = FourMomenta.px(pt[s], phi[s]);
                py[s] = FourMomenta.py(pt[s], phi[s]);
                pz[s] = FourMomenta.pz(pt[s], eta[s]);
                e[s] = FourMomenta.energy(pt[s], eta[s], mass[s]);
            }
        }
    }

    /** Offers every tight lepton of one collection to the two slots of its event, keeping the leading two. */
    private void offer(EventBatch batch, int[] events, Collection c) {
        int[] offsets = batch.offsets(c.count().name());
        double[] lepPt = batch.doubles(c.pt().name());
        double[] lepEta = batch.doubles(c.eta().name());
        double[] lepPhi = batch.doubles(c.phi().name());
        int[] tight = batch.ints(c.tight().name());
        for (int r = 0; r < events.length; r++) {
            for (int j = offsets[events[r]]; j < offsets[events[r] + 1]; j++) {
                if (tight[j] == 1) {
                    insert(2 * r, lepPt[j], lepEta[j], lepPhi[j], c.mass(), c.muonFlag());
                }
            }
        }
    }

    /** A NaN p_T takes the first slot, so that the finiteness check names the lepton feature. */
    private void insert(int base, double newPt, double newEta, double newPhi, double newMass, int muonFlag) {
        if (!(newPt <= pt[base])) {
            set(base + 1, pt[base], eta[base], phi[base], mass[base], isMuon[base]);
            set(base, newPt, newEta, newPhi, newMass, muonFlag);
        } else if (newPt > pt[base + 1]) {
            set(base + 1, newPt, newEta, newPhi, newMass, muonFlag);
        }
    }

    private void set(int i, double newPt, double newEta, double newPhi, double newMass, int muonFlag) {
        pt[i] = newPt;
        eta[i] = newEta;
        phi[i] = newPhi;
        mass[i] = newMass;
        isMuon[i] = muonFlag;
    }
}
