package org.dineutrino.ingest;

import org.dineutrino.event.WDecay;

/**
 * The particle-level quantities of the event model computed from NanoAOD's generator
 * particles ({@code GenPart_*}): prompt neutrinos, neutralinos, the top quarks and the decays
 * of the W (or Z) bosons.
 *
 * <p>Inputs are a batch's particles back to back: {@code offsets} (length nEvents + 1) says that
 * event e owns particles {@code [offsets[e], offsets[e+1])}, and {@code mother[i]} is the index of
 * particle i's mother within its event (-1 for none), as {@code GenPart_genPartIdxMother} stores
 * it. The generator record keeps several copies of a particle as it recoils in the shower; the
 * <em>last copy</em> of a particle is found by following children of the same PDG id, and is the
 * one whose momentum and decay products are used. Momenta in GeV, angles in rad.
 */
public final class GenParticleTruth {

    /** PDG ids (Particle Data Group, Review of Particle Physics, "Monte Carlo particle numbering scheme"). */
    static final int ELECTRON = 11;
    static final int MUON = 13;
    static final int TAU = 15;
    static final int NU_E = 12;
    static final int NU_MU = 14;
    static final int NU_TAU = 16;
    static final int TOP = 6;
    static final int Z = 23;
    static final int W = 24;
    static final int NEUTRALINO_1 = 1000022;
    /** Quarks d, u, s, c, b have PDG ids 1 to 5. */
    static final int HEAVIEST_LIGHT_QUARK = 5;

    private GenParticleTruth() {
    }

    /**
     * The first particle whose mother index lies outside its event, or -1 when all are valid.
     */
    public static int firstBadMother(int[] offsets, int[] mother) {
        for (int e = 0; e + 1 < offsets.length; e++) {
            int n = offsets[e + 1] - offsets[e];
            for (int i = offsets[e]; i < offsets[e + 1]; i++) {
                if (mother[i] < -1 || mother[i] >= n || mother[i] == i - offsets[e]) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * For each particle the (global) index of a child with the same PDG id, or -1: the link
     * from one copy of a particle to the next. Mother indices must be valid ({@link #firstBadMother}).
     */
    public static int[] sameIdChild(int[] offsets, int[] pdgId, int[] mother) {
        int[] child = new int[pdgId.length];
        java.util.Arrays.fill(child, -1);
        for (int e = 0; e + 1 < offsets.length; e++) {
            for (int i = offsets[e]; i < offsets[e + 1]; i++) {
                int m = mother[i] < 0 ? -1 : offsets[e] + mother[i];
                if (m >= 0 && pdgId[m] == pdgId[i] && child[m] < 0) {
                    child[m] = i;
                }
            }
        }
        return child;
    }

    /** The last copy of particle {@code i}, following {@code sameIdChild} (at most {@code limit} steps). */
    static int lastCopy(int i, int[] sameIdChild, int limit) {
        int current = i;
        for (int step = 0; step < limit && sameIdChild[current] >= 0; step++) {
            current = sameIdChild[current];
        }
        return current;
    }

    /**
     * p_T^nunu: the vector sum of the transverse momenta of the prompt neutrinos, those whose
     * mother is a W boson (|PDG id| 12, 14 or 16 with a mother of |id| 24), each taken at its last
     * copy; neutrinos from tau or hadron decays are not prompt. Events without any get 0, 0.
     *
     * @param outPt  per event |sum p_T| [GeV], length nEvents
     * @param outPhi per event azimuth of the sum [rad]
     */
    public static void promptNeutrinoSum(int[] offsets, int[] pdgId, int[] mother, int[] sameIdChild,
                                         double[] pt, double[] phi, double[] outPt, double[] outPhi) {
        for (int e = 0; e + 1 < offsets.length; e++) {
            double px = 0;
            double py = 0;
            for (int i = offsets[e]; i < offsets[e + 1]; i++) {
                int id = Math.abs(pdgId[i]);
                boolean neutrino = id == NU_E || id == NU_MU || id == NU_TAU;
                if (neutrino && mother[i] >= 0 && Math.abs(pdgId[offsets[e] + mother[i]]) == W) {
                    int last = lastCopy(i, sameIdChild, offsets[e + 1] - offsets[e]);
                    px += pt[last] * Math.cos(phi[last]);
                    py += pt[last] * Math.sin(phi[last]);
                }
            }
            outPt[e] = Math.hypot(px, py);
            outPhi[e] = outPt[e] > 0 ? Math.atan2(py, px) : 0;
        }
    }

    /**
     * The vector sum of the transverse momenta of the lightest neutralinos (PDG id 1000022), each
     * counted once at its last copy; 0, 0 in events without any (every Standard Model event).
     */
    public static void neutralinoSum(int[] offsets, int[] pdgId, int[] sameIdChild, double[] pt, double[] phi,
                                     double[] outPt, double[] outPhi) {
        for (int e = 0; e + 1 < offsets.length; e++) {
            double px = 0;
            double py = 0;
            for (int i = offsets[e]; i < offsets[e + 1]; i++) {
                if (pdgId[i] == NEUTRALINO_1 && sameIdChild[i] < 0) {
                    px += pt[i] * Math.cos(phi[i]);
                    py += pt[i] * Math.sin(phi[i]);
                }
            }
            outPt[e] = Math.hypot(px, py);
            outPhi[e] = outPt[e] > 0 ? Math.atan2(py, px) : 0;
        }
    }

    /**
     * The four-momentum of the last copy of the particle with PDG id {@code id} (6 for the top
     * quark, -6 for the antiquark): after radiation, before its decay. Events without one get 0
     * in all four outputs.
     *
     * @param out per event p_T [GeV], eta, phi [rad], mass [GeV]: four arrays of length nEvents
     */
    public static void lastCopyKinematics(int[] offsets, int[] pdgId, int[] sameIdChild, int id, double[] pt,
                                          double[] eta, double[] phi, double[] mass, double[][] out) {
        for (int e = 0; e + 1 < offsets.length; e++) {
            int found = -1;
            for (int i = offsets[e]; i < offsets[e + 1] && found < 0; i++) {
                if (pdgId[i] == id && sameIdChild[i] < 0) {
                    found = i;
                }
            }
            out[0][e] = found < 0 ? 0 : pt[found];
            out[1][e] = found < 0 ? 0 : eta[found];
            out[2][e] = found < 0 ? 0 : phi[found];
            out[3][e] = found < 0 ? 0 : mass[found];
        }
    }

    /**
     * How the bosons of each event decayed, as {@link WDecay} codes: the W bosons (last copies)
     * fill the two slots, W+ before W- (so in tt-bar the top's W comes first); an event
     * without a W takes its two legs from a Z boson, the negative lepton first; slots left
     * over are {@link WDecay#NONE}. A lepton leg is e, mu or, for a tau, the tau's decay (to e,
     * mu or hadrons, from the tau's last copy's daughters; a tau whose decay products are not
     * in the record counts as hadronic); a W decaying to quarks is {@link WDecay#HADRONIC}; a
     * boson whose decay products are not in the record, or a Z to neutrinos, gives
     * {@link WDecay#NONE}.
     *
     * @param out1 per event the code of the first slot
     * @param out2 per event the code of the second slot
     */
    public static void bosonDecays(int[] offsets, int[] pdgId, int[] mother, int[] sameIdChild, int[] out1,
                                   int[] out2) {
        for (int e = 0; e + 1 < offsets.length; e++) {
            int[] slots = {WDecay.NONE.code(), WDecay.NONE.code()};
            int filled = fillWDecays(e, offsets, pdgId, mother, sameIdChild, W, slots, 0);
            filled = fillWDecays(e, offsets, pdgId, mother, sameIdChild, -W, slots, filled);
            if (filled == 0) {
                fillZDecay(e, offsets, pdgId, mother, sameIdChild, slots);
            }
            out1[e] = slots[0];
            out2[e] = slots[1];
        }
    }

    private static int fillWDecays(int e, int[] offsets, int[] pdgId, int[] mother, int[] sameIdChild, int id,
                                   int[] slots, int filled) {
        int n = filled;
        for (int i = offsets[e]; i < offsets[e + 1] && n < slots.length; i++) {
            if (pdgId[i] == id && sameIdChild[i] < 0) {
                slots[n++] = wDecay(e, i, offsets, pdgId, mother, sameIdChild).code();
            }
        }
        return n;
    }

    /** The decay of the W at global index {@code w}, from its daughters. */
    private static WDecay wDecay(int e, int w, int[] offsets, int[] pdgId, int[] mother, int[] sameIdChild) {
        boolean quarks = false;
        for (int i = offsets[e]; i < offsets[e + 1]; i++) {
            if (offsets[e] + mother[i] != w || mother[i] < 0) {
                continue;
            }
            int id = Math.abs(pdgId[i]);
            if (id == ELECTRON || id == MUON || id == TAU) {
                return leptonLeg(e, i, offsets, pdgId, mother, sameIdChild);
            }
            quarks |= id >= 1 && id <= HEAVIEST_LIGHT_QUARK;
        }
        return quarks ? WDecay.HADRONIC : WDecay.NONE;
    }

    private static void fillZDecay(int e, int[] offsets, int[] pdgId, int[] mother, int[] sameIdChild,
                                   int[] slots) {
        for (int z = offsets[e]; z < offsets[e + 1]; z++) {
            if (pdgId[z] != Z || sameIdChild[z] >= 0) {
                continue;
            }
            boolean quarks = false;
            for (int i = offsets[e]; i < offsets[e + 1]; i++) {
                if (mother[i] < 0 || offsets[e] + mother[i] != z) {
                    continue;
                }
                int id = Math.abs(pdgId[i]);
                if (id == ELECTRON || id == MUON || id == TAU) {
                    slots[pdgId[i] > 0 ? 0 : 1] = leptonLeg(e, i, offsets, pdgId, mother, sameIdChild).code();
                }
                quarks |= id >= 1 && id <= HEAVIEST_LIGHT_QUARK;
            }
            if (quarks) {
                slots[0] = WDecay.HADRONIC.code();
                slots[1] = WDecay.HADRONIC.code();
            }
            return;
        }
    }

    /** The code of a charged-lepton leg: e, mu, or the decay of a tau. */
    private static WDecay leptonLeg(int e, int lepton, int[] offsets, int[] pdgId, int[] mother,
                                    int[] sameIdChild) {
        int id = Math.abs(pdgId[lepton]);
        if (id == ELECTRON) {
            return WDecay.ELECTRON;
        }
        if (id == MUON) {
            return WDecay.MUON;
        }
        int tau = lastCopy(lepton, sameIdChild, offsets[e + 1] - offsets[e]);
        WDecay decay = WDecay.TAU_TO_HADRONS;
        for (int i = offsets[e]; i < offsets[e + 1]; i++) {
            if (mother[i] >= 0 && offsets[e] + mother[i] == tau) {
                int daughter = Math.abs(pdgId[i]);
                decay = daughter == ELECTRON ? WDecay.TAU_TO_ELECTRON
                        : daughter == MUON ? WDecay.TAU_TO_MUON : decay;
            }
        }
        return decay;
    }
}
