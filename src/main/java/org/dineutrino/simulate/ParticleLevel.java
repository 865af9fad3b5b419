package org.dineutrino.simulate;

import java.util.SplittableRandom;

/**
 * Particle-level objects from the generated partons and leptons: final-state photons and
 * dressed leptons, and particle-level jets.
 *
 * <p>QED final-state radiation (our leading-log model): a lepton radiates one photon with
 * probability 0.12 (e) or 0.07 (mu) — about (alpha/pi) ln(E^2/m^2) ln(1/z_min) for E ~ 40 GeV —
 * carrying an energy fraction log-uniform in [0.02, 0.5], at an angle log-uniform between m/E and
 * 0.5 rad. Dressing adds the photon back when it lies within Delta R = 0.1 (DESIGN.md fiducial
 * definition); the detector sees every photon that its electron does not absorb.
 *
 * <p>Jets (our model of hadronisation and out-of-cone radiation): each parton keeps 1 - f of its
 * momentum, f = min(0.4, exponential with mean 0.04), the lost part becoming unclustered visible
 * energy; partons within Delta R &lt; 0.4 of a harder one merge into its jet (an anti-kT-like
 * sequential clustering of at most a dozen objects). A jet containing a b (c) parton has hadron
 * flavour 5 (4). Jets below 10 GeV are not kept and count as unclustered energy. The colour
 * reconnection samples change the out-of-cone losses and the merging distance
 * ({@link ColourReconnection}).
 */
final class ParticleLevel {

    /** FSR probabilities, energy-fraction and angle ranges of the class javadoc (our model). */
    private static final double FSR_PROBABILITY_ELECTRON = 0.12;
    private static final double FSR_PROBABILITY_MUON = 0.07;
    private static final double FSR_Z_MIN = 0.02;
    private static final double FSR_Z_MAX = 0.5;
    private static final double FSR_ANGLE_MAX = 0.5;
    private static final double ELECTRON_MASS = 0.000511;
    private static final double MUON_MASS = 0.10566;
    /** Dressing cone of the particle-level leptons (DESIGN.md). */
    static final double DRESSING_CONE = 0.1;

    /** Jet radius (anti-kT R = 0.4) and the lowest particle-level jet pT kept [GeV]. */
    static final double JET_RADIUS = 0.4;
    static final double GEN_JET_MIN_PT = 10.0;
    /** Mean and maximum of the out-of-cone momentum fraction (our model). */
    private static final double OUT_OF_CONE_MEAN = 0.04;
    private static final double OUT_OF_CONE_MAX = 0.4;

    private ParticleLevel() {
    }

    /**
     * Lets each prompt lepton radiate (the photon's four-momentum is taken from it) and builds the
     * dressed leptons (the photon is added back within the dressing cone).
     */
    static void radiateAndDress(SplittableRandom rng, EventRecord ev, double[] scratch) {
        for (int i = 0; i < ev.nLeptons; i++) {
            int o = 4 * i;
            java.util.Arrays.fill(ev.photon, o, o + 4, 0.0);
            boolean electron = Math.abs(ev.leptonPdgId[i]) == 11;
            if (rng.nextDouble() < (electron ? FSR_PROBABILITY_ELECTRON : FSR_PROBABILITY_MUON)) {
                emitPhoton(rng, ev, i, electron ? ELECTRON_MASS : MUON_MASS, scratch);
            }
            Lorentz.copy(ev.lepton, o, ev.dressed, o);
            if (ev.photon[o + 3] > 0 && photonDistance(ev, i) < DRESSING_CONE) {
                Lorentz.addTo(ev.photon, o, ev.dressed, o);
            }
        }
    }

    private static void emitPhoton(SplittableRandom rng, EventRecord ev, int i, double mass, double[] scratch) {
        int o = 4 * i;
        double e = ev.lepton[o + 3];
        double z = FSR_Z_MIN * Math.pow(FSR_Z_MAX / FSR_Z_MIN, rng.nextDouble());
        double angleMin = Math.min(mass / e, 0.5 * FSR_ANGLE_MAX);
        double angle = angleMin * Math.pow(FSR_ANGLE_MAX / angleMin, rng.nextDouble());
        double p = Math.sqrt(ev.lepton[o] * ev.lepton[o] + ev.lepton[o + 1] * ev.lepton[o + 1]
                + ev.lepton[o + 2] * ev.lepton[o + 2]);
        double phi = 2 * Math.PI * rng.nextDouble();
        Decays.perpendicularDirection(ev.lepton[o] / p, ev.lepton[o + 1] / p, ev.lepton[o + 2] / p,
                Math.cos(angle), Math.sin(angle) * Math.cos(phi), Math.sin(angle) * Math.sin(phi), scratch);
        double eGamma = z * e;
        Lorentz.set(ev.photon, o, eGamma * scratch[0], eGamma * scratch[1], eGamma * scratch[2], eGamma);
        Lorentz.subtractFrom(ev.photon, o, ev.lepton, o);
    }

    static double photonDistance(EventRecord ev, int i) {
        int o = 4 * i;
        return Lorentz.deltaR(Lorentz.eta(ev.lepton, o), Lorentz.phi(ev.lepton, o),
                Lorentz.eta(ev.photon, o), Lorentz.phi(ev.photon, o));
    }

    /**
     * Builds the particle-level jets from the event's partons (class javadoc), sorted by
     * decreasing pT. The out-of-cone losses and the jets below {@link #GEN_JET_MIN_PT} are
     * added to the unclustered visible momentum.
     */
    static void buildJets(SplittableRandom rng, EventRecord ev) {
        buildJets(rng, ev, ColourReconnection.NOMINAL);
    }

    /**
     * As {@link #buildJets(SplittableRandom, EventRecord)} with the out-of-cone losses and the
     * merging distance of a colour reconnection model.
     */
    static void buildJets(SplittableRandom rng, EventRecord ev, ColourReconnection cr) {
        double outOfConeMean = OUT_OF_CONE_MEAN * cr.outOfConeMeanFactor();
        for (int i = 0; i < ev.nPartons; i++) {
            int o = 4 * i;
            double loss = Math.min(OUT_OF_CONE_MAX, -outOfConeMean * Math.log(1.0 - rng.nextDouble()));
            if (cr.bExtraLoss() > 0 && ev.partonFlavour[i] == 5) {
                loss += cr.bExtraLoss();
            }
            ev.unclusteredPx += loss * ev.parton[o];
            ev.unclusteredPy += loss * ev.parton[o + 1];
            Lorentz.scale(ev.parton, o, 1.0 - loss);
        }
        sortPartonsByPt(ev);
        ev.nGenJets = 0;
        for (int i = 0; i < ev.nPartons; i++) {
            int target = nearestJetWithinRadius(ev, i, cr.mergeRadius());
            if (target < 0) {
                target = ev.nGenJets++;
                Lorentz.copy(ev.parton, 4 * i, ev.genJet, 4 * target);
                ev.genJetFlavour[target] = ev.partonFlavour[i];
            } else {
                Lorentz.addTo(ev.parton, 4 * i, ev.genJet, 4 * target);
                ev.genJetFlavour[target] = heavier(ev.genJetFlavour[target], ev.partonFlavour[i]);
            }
        }
        dropSoftJets(ev);
        sortGenJetsByPt(ev);
    }

    private static int heavier(int a, int b) {
        return a == 5 || b == 5 ? 5 : a == 4 || b == 4 ? 4 : 0;
    }

    private static int nearestJetWithinRadius(EventRecord ev, int parton, double radius) {
        int o = 4 * parton;
        if (Lorentz.pt(ev.parton, o) <= 0) {
            return -1;
        }
        double eta = Lorentz.eta(ev.parton, o);
        double phi = Lorentz.phi(ev.parton, o);
        int best = -1;
        double bestR = radius;
        for (int j = 0; j < ev.nGenJets; j++) {
            double r = Lorentz.deltaR(eta, phi, Lorentz.eta(ev.genJet, 4 * j), Lorentz.phi(ev.genJet, 4 * j));
            if (r < bestR) {
                bestR = r;
                best = j;
            }
        }
        return best;
    }

    private static void dropSoftJets(EventRecord ev) {
        int kept = 0;
        for (int j = 0; j < ev.nGenJets; j++) {
            if (Lorentz.pt(ev.genJet, 4 * j) < GEN_JET_MIN_PT) {
                ev.unclusteredPx += ev.genJet[4 * j];
                ev.unclusteredPy += ev.genJet[4 * j + 1];
                continue;
            }
            if (kept != j) {
                Lorentz.copy(ev.genJet, 4 * j, ev.genJet, 4 * kept);
                ev.genJetFlavour[kept] = ev.genJetFlavour[j];
            }
            kept++;
        }
        ev.nGenJets = kept;
    }

    /** Insertion sort by decreasing pT (a dozen partons at most). */
    private static void sortPartonsByPt(EventRecord ev) {
        for (int i = 1; i < ev.nPartons; i++) {
            for (int j = i; j > 0 && Lorentz.pt(ev.parton, 4 * j) > Lorentz.pt(ev.parton, 4 * (j - 1)); j--) {
                swap4(ev.parton, j, j - 1);
                swapInt(ev.partonFlavour, j, j - 1);
            }
        }
    }

    private static void sortGenJetsByPt(EventRecord ev) {
        for (int i = 1; i < ev.nGenJets; i++) {
            for (int j = i; j > 0 && Lorentz.pt(ev.genJet, 4 * j) > Lorentz.pt(ev.genJet, 4 * (j - 1)); j--) {
                swap4(ev.genJet, j, j - 1);
                swapInt(ev.genJetFlavour, j, j - 1);
            }
        }
    }

    static void swap4(double[] p, int a, int b) {
        for (int k = 0; k < 4; k++) {
            double t = p[4 * a + k];
            p[4 * a + k] = p[4 * b + k];
            p[4 * b + k] = t;
        }
    }

    static void swapInt(int[] v, int a, int b) {
        int t = v[a];
        v[a] = v[b];
        v[b] = t;
    }
}
