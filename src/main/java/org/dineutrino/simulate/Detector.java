package org.dineutrino.simulate;

import java.util.SplittableRandom;

/**
 * A parametrised CMS Run-2-like detector (SIMULATION-PHYSICS.md sec. 7): lepton efficiency,
 * isolation and resolution; jet response and resolution; pileup jets; b tagging; and PF and PUPPI
 * missing transverse momentum built from the reconstructed objects and the unclustered energy.
 *
 * <p>Leptons (Delphes CMS card, delphes commit 0ee14ba7, and CMS EGM/MUO performance papers, as
 * collected in the note sec. 7.2): muons reconstructed in |eta| &lt; 2.4 with efficiency 0.95 and
 * sigma(pT)/pT = sqrt(a^2 + (b pT)^2), (a, b) = (0.01, 1.0e-4), (0.015, 1.5e-4), (0.025, 3.5e-4) for
 * |eta| &lt; 0.5, 1.5, 2.5; electrons in |eta| &lt; 2.5 with efficiency 0.95 (|eta| &lt; 1.5) or 0.85,
 * halved in the barrel-endcap gap 1.4442-1.566 (our choice), energy resolution 2 % (|eta| &lt; 1.479)
 * or 4 % (the note's CMS-like choice for Z-pole electrons); the reconstructed electron includes an
 * FSR photon within Delta R 0.05. Tight identification and isolation, given reconstruction (ours,
 * giving the 90-95 % per muon and 75-85 % per electron typical of CMS top analyses): 0.96 (mu),
 * 0.85 (e barrel), 0.82 (e endcap), times 1 - 0.15 exp(-(pT - 10 GeV)/10 GeV), and times 0.3 when a
 * particle-level jet above 15 GeV lies within Delta R 0.4 (not isolated).
 *
 * <p>Jets: reco pT = gen pT (R + sigma g), g ~ N(0, 1), with sigma from {@link JetResolution} (CHS)
 * times the data/MC scale factor, and the mean response R (our model; what calibration leaves):
 * R = 1 + 0.03 exp(-(pT - 15 GeV)/25 GeV) + delta_flavour + delta_eta, delta_b = -0.015, delta_c = -0.008,
 * delta_light = 0, delta_eta = +0.015 for 2.5 &lt; |eta| &lt; 3.0 and -0.02 above. PUPPI jets (entering only
 * PUPPI p_T^miss) use the PUPPI resolution with a fluctuation correlated 0.8 with the CHS one (ours).
 * Angles are smeared by min(0.05, 0.6 GeV / pT) rad. Jets are stored with pT &gt; 20 GeV, |eta| &lt; 4.7.
 *
 * <p>Pileup jets (ours): Poisson with means 0.004 nPU in |eta| &lt; 2.5 and 0.008 nPU in 2.5-4.7,
 * pT = 20 GeV + exponential(7 GeV). Half of their pT is balanced by the rest of their pileup
 * interaction in PF p_T^miss; PUPPI keeps 5 % of them.
 *
 * <p>p_T^miss = -(sum of reconstructed leptons + FSR photons outside electrons + jets above 15 GeV (type-1) +
 * pileup-jet terms + unclustered), where unclustered = response x (soft hard-process activity and
 * jets below 15 GeV) + a Gaussian per component of width sqrt(sigma_0^2 + sigma_PU^2 nPU):
 * response 0.7 (PF) / 0.6 (PUPPI), sigma_0 = 6 GeV (underlying event, shared by both), sigma_PU =
 * 2.5 GeV (PF) / 0.8 GeV (PUPPI), half correlated (ours; the form is CMS's JME-17-001 recoil
 * parametrisation, the numbers the note's sec. 7.4 starting values; the UE-tune samples scale sigma_0,
 * {@link TtbarTune#sigmaUnderlyingEvent()}). Unreconstructed electrons
 * within |eta| &lt; 3 are still seen by the calorimeter; unreconstructed muons are lost. The unclustered
 * part of each p_T^miss is also kept on its own, and each stored jet records its gen jet's pT and
 * |eta|, R and sigma_MC, for the shifted-object variations of {@link ObjectShifts}; neither draws a
 * random number, so the nominal event does not depend on them.
 */
final class Detector {

    // Leptons.
    static final double MUON_ETA_MAX = 2.4;
    static final double ELECTRON_ETA_MAX = 2.5;
    static final double MUON_RECO_EFFICIENCY = 0.95;
    static final double ELECTRON_RECO_EFFICIENCY_BARREL = 0.95;
    static final double ELECTRON_RECO_EFFICIENCY_ENDCAP = 0.85;
    private static final double ELECTRON_EFFICIENCY_ETA_SPLIT = 1.5;
    private static final double GAP_LOW = 1.4442;
    private static final double GAP_HIGH = 1.566;
    private static final double GAP_EFFICIENCY_FACTOR = 0.5;
    private static final double ELECTRON_RESOLUTION_BARREL = 0.02;
    private static final double ELECTRON_RESOLUTION_ENDCAP = 0.04;
    private static final double ELECTRON_BARREL_ETA = 1.479;
    private static final double ELECTRON_PHOTON_CONE = 0.05;
    static final double MUON_TIGHT_EFFICIENCY = 0.96;
    static final double ELECTRON_TIGHT_EFFICIENCY_BARREL = 0.85;
    static final double ELECTRON_TIGHT_EFFICIENCY_ENDCAP = 0.82;
    private static final double TIGHT_LOW_PT_LOSS = 0.15;
    private static final double TIGHT_LOW_PT_SCALE = 10.0;
    static final double NON_ISOLATED_FACTOR = 0.3;
    static final double ISOLATION_CONE = 0.4;
    private static final double ISOLATION_JET_PT = 15.0;
    /** Stored leptons: the loose baseline of the brief. */
    static final double LEPTON_MIN_PT = 10.0;
    private static final double CALORIMETER_ELECTRON_ETA = 3.0;
    private static final double CALORIMETER_ELECTRON_RESOLUTION = 0.10;

    // Jets.
    static final double CALORIMETER_ETA_MAX = 5.0;
    static final double JET_STORE_PT = 20.0;
    static final double JET_STORE_ETA = 4.7;
    static final double TYPE1_THRESHOLD = 15.0;
    private static final double PUPPI_CHS_CORRELATION = 0.8;
    private static final double LOW_PT_RESPONSE_EXCESS = 0.03;
    private static final double LOW_PT_RESPONSE_SCALE = 25.0;
    private static final double RESPONSE_B = -0.015;
    private static final double RESPONSE_C = -0.008;
    private static final double RESPONSE_ETA_TRANSITION = 0.015;
    private static final double RESPONSE_ETA_FORWARD = -0.02;
    private static final double ANGLE_RESOLUTION_MAX = 0.05;
    private static final double ANGLE_RESOLUTION_SCALE = 0.6;
    private static final double MIN_RESPONSE = 0.05;

    // Pileup jets.
    static final double PU_JETS_PER_PU_CENTRAL = 0.004;
    static final double PU_JETS_PER_PU_FORWARD = 0.008;
    private static final double PU_JET_PT_MEAN_EXCESS = 7.0;
    private static final double TRACKER_ETA = 2.5;
    private static final double PU_JET_BALANCED_PF = 0.5;
    private static final double PU_JET_KEPT_PUPPI = 0.05;

    // Unclustered energy.
    static final double UNCLUSTERED_RESPONSE_PF = 0.7;
    static final double UNCLUSTERED_RESPONSE_PUPPI = 0.6;
    static final double SIGMA_UNDERLYING_EVENT = 6.0;
    static final double SIGMA_PU_PF = 2.5;
    static final double SIGMA_PU_PUPPI = 0.8;
    private static final double PU_NOISE_CORRELATION = 0.5;

    private Detector() {
    }

    /** Reconstructs leptons, jets and both p_T^miss of an event whose particle level is built. */
    static void reconstruct(SplittableRandom rng, EventRecord ev, MetSums sums) {
        reconstruct(rng, ev, sums, SIGMA_UNDERLYING_EVENT);
    }

    /**
     * As {@link #reconstruct(SplittableRandom, EventRecord, MetSums)} with another width [GeV] of
     * the underlying-event term of the unclustered energy (the UE-tune samples).
     */
    static void reconstruct(SplittableRandom rng, EventRecord ev, MetSums sums, double sigmaUnderlyingEvent) {
        sums.clear();
        reconstructLeptons(rng, ev, sums);
        reconstructJets(rng, ev, sums);
        addPileupJets(rng, ev, sums);
        addUnclustered(rng, ev, sums, sigmaUnderlyingEvent);
        ev.metPx = -sums.pfPx;
        ev.metPy = -sums.pfPy;
        ev.puppiMetPx = -sums.puppiPx;
        ev.puppiMetPy = -sums.puppiPy;
        ev.metUnclPx = -sums.pfUnclPx;
        ev.metUnclPy = -sums.pfUnclPy;
        ev.puppiMetUnclPx = -sums.puppiUnclPx;
        ev.puppiMetUnclPy = -sums.puppiUnclPy;
        sortJetsByPt(ev);
    }

    /**
     * Visible transverse-momentum sums of the two p_T^miss algorithms [GeV], and their unclustered
     * parts (jets below the type-1 threshold, soft activity, underlying event and pileup noise: what
     * the unclustered-energy variation scales); reused per thread.
     */
    static final class MetSums {
        double pfPx;
        double pfPy;
        double puppiPx;
        double puppiPy;
        double pfUnclPx;
        double pfUnclPy;
        double puppiUnclPx;
        double puppiUnclPy;

        void clear() {
            pfPx = 0;
            pfPy = 0;
            puppiPx = 0;
            puppiPy = 0;
            pfUnclPx = 0;
            pfUnclPy = 0;
            puppiUnclPx = 0;
            puppiUnclPy = 0;
        }

        void addBoth(double px, double py) {
            pfPx += px;
            pfPy += py;
            puppiPx += px;
            puppiPy += py;
        }
    }

    private static void reconstructLeptons(SplittableRandom rng, EventRecord ev, MetSums sums) {
        for (int i = 0; i < ev.nLeptons; i++) {
            if (ev.photon[4 * i + 3] > 0 && !absorbedInElectron(ev, i)) {
                sums.addBoth(ev.photon[4 * i], ev.photon[4 * i + 1]);
            }
            if (Math.abs(ev.leptonPdgId[i]) == 13) {
                reconstructMuon(rng, ev, i, sums);
            } else {
                reconstructElectron(rng, ev, i, sums);
            }
        }
    }

    private static void reconstructMuon(SplittableRandom rng, EventRecord ev, int i, MetSums sums) {
        int o = 4 * i;
        double eta = Lorentz.eta(ev.lepton, o);
        if (Math.abs(eta) >= MUON_ETA_MAX || rng.nextDouble() >= MUON_RECO_EFFICIENCY) {
            return;
        }
        double ptTrue = Lorentz.pt(ev.lepton, o);
        double pt = ptTrue * Math.max(MIN_RESPONSE, 1.0 + muonResolution(ptTrue, eta) * rng.nextGaussian());
        double phi = Lorentz.phi(ev.lepton, o);
        sums.addBoth(pt * Math.cos(phi), pt * Math.sin(phi));
        if (pt <= LEPTON_MIN_PT || ev.nMuons == EventRecord.MAX_LEPTONS) {
            return;
        }
        int m = ev.nMuons++;
        ev.muonPt[m] = pt;
        ev.muonEta[m] = eta;
        ev.muonPhi[m] = phi;
        ev.muonCharge[m] = ev.leptonPdgId[i] > 0 ? -1 : 1;
        ev.muonTight[m] = rng.nextDouble() < tightEfficiency(ev, i, pt, MUON_TIGHT_EFFICIENCY) ? 1 : 0;
    }

    private static void reconstructElectron(SplittableRandom rng, EventRecord ev, int i, MetSums sums) {
        int o = 4 * i;
        double eta = Lorentz.eta(ev.lepton, o);
        double absEta = Math.abs(eta);
        double px = ev.lepton[o];
        double py = ev.lepton[o + 1];
        if (absorbedInElectron(ev, i)) {
            px += ev.photon[o];
            py += ev.photon[o + 1];
        }
        double ptTrue = Math.hypot(px, py);
        if (absEta >= ELECTRON_ETA_MAX || rng.nextDouble() >= electronRecoEfficiency(absEta)) {
            if (absEta < CALORIMETER_ELECTRON_ETA) {
                double r = 1.0 + CALORIMETER_ELECTRON_RESOLUTION * rng.nextGaussian();
                sums.addBoth(r * px, r * py);
            }
            return;
        }
        double resolution = absEta < ELECTRON_BARREL_ETA ? ELECTRON_RESOLUTION_BARREL : ELECTRON_RESOLUTION_ENDCAP;
        double pt = ptTrue * Math.max(MIN_RESPONSE, 1.0 + resolution * rng.nextGaussian());
        double phi = Math.atan2(py, px);
        sums.addBoth(pt * Math.cos(phi), pt * Math.sin(phi));
        if (pt <= LEPTON_MIN_PT || ev.nElectrons == EventRecord.MAX_LEPTONS) {
            return;
        }
        int e = ev.nElectrons++;
        ev.electronPt[e] = pt;
        ev.electronEta[e] = eta;
        ev.electronPhi[e] = phi;
        ev.electronCharge[e] = ev.leptonPdgId[i] > 0 ? -1 : 1;
        double tight = absEta < ELECTRON_BARREL_ETA ? ELECTRON_TIGHT_EFFICIENCY_BARREL
                : ELECTRON_TIGHT_EFFICIENCY_ENDCAP;
        ev.electronTight[e] = rng.nextDouble() < tightEfficiency(ev, i, pt, tight) ? 1 : 0;
    }

    /** An electron's FSR photon within Delta R 0.05 is part of its supercluster; any other photon is seen alone. */
    private static boolean absorbedInElectron(EventRecord ev, int i) {
        return Math.abs(ev.leptonPdgId[i]) == 11 && ev.photon[4 * i + 3] > 0
                && ParticleLevel.photonDistance(ev, i) < ELECTRON_PHOTON_CONE;
    }

    /** Reconstruction efficiency of an electron at |eta| (class javadoc). */
    static double electronRecoEfficiency(double absEta) {
        double eff = absEta < ELECTRON_EFFICIENCY_ETA_SPLIT ? ELECTRON_RECO_EFFICIENCY_BARREL
                : ELECTRON_RECO_EFFICIENCY_ENDCAP;
        return absEta > GAP_LOW && absEta < GAP_HIGH ? eff * GAP_EFFICIENCY_FACTOR : eff;
    }

    /** Relative muon pT resolution sqrt(a^2 + (b pT)^2) of the Delphes CMS card (class javadoc). */
    static double muonResolution(double pt, double eta) {
        double absEta = Math.abs(eta);
        double a = absEta < 0.5 ? 0.01 : absEta < 1.5 ? 0.015 : 0.025;
        double b = absEta < 0.5 ? 1.0e-4 : absEta < 1.5 ? 1.5e-4 : 3.5e-4;
        return Math.sqrt(a * a + b * b * pt * pt);
    }

    /** Tight ID + isolation efficiency given reconstruction, with the low-pT and isolation factors. */
    private static double tightEfficiency(EventRecord ev, int lepton, double pt, double plateau) {
        double eff = plateau * (1.0 - TIGHT_LOW_PT_LOSS * Math.exp(-(pt - LEPTON_MIN_PT) / TIGHT_LOW_PT_SCALE));
        return isIsolated(ev, lepton) ? eff : eff * NON_ISOLATED_FACTOR;
    }

    /** false when a particle-level jet above 15 GeV lies within Delta R 0.4 of the lepton. */
    static boolean isIsolated(EventRecord ev, int lepton) {
        double eta = Lorentz.eta(ev.dressed, 4 * lepton);
        double phi = Lorentz.phi(ev.dressed, 4 * lepton);
        for (int j = 0; j < ev.nGenJets; j++) {
            if (Lorentz.pt(ev.genJet, 4 * j) > ISOLATION_JET_PT
                    && Lorentz.deltaR(eta, phi, Lorentz.eta(ev.genJet, 4 * j), Lorentz.phi(ev.genJet, 4 * j))
                    < ISOLATION_CONE) {
                return false;
            }
        }
        return true;
    }

    /** Mean jet response R(pT, eta, flavour) of the class javadoc (gen pT in GeV). */
    static double meanResponse(double pt, double eta, int flavour) {
        double absEta = Math.abs(eta);
        double r = 1.0 + LOW_PT_RESPONSE_EXCESS * Math.exp(-(pt - TYPE1_THRESHOLD) / LOW_PT_RESPONSE_SCALE);
        r += flavour == 5 ? RESPONSE_B : flavour == 4 ? RESPONSE_C : 0.0;
        if (absEta > 3.0) {
            r += RESPONSE_ETA_FORWARD;
        } else if (absEta > 2.5) {
            r += RESPONSE_ETA_TRANSITION;
        }
        return r;
    }

    private static void reconstructJets(SplittableRandom rng, EventRecord ev, MetSums sums) {
        for (int j = 0; j < ev.nGenJets; j++) {
            int o = 4 * j;
            double eta = Lorentz.eta(ev.genJet, o);
            if (Math.abs(eta) >= CALORIMETER_ETA_MAX) {
                continue;
            }
            double pt = Lorentz.pt(ev.genJet, o);
            double phi = Lorentz.phi(ev.genJet, o);
            double mean = meanResponse(pt, eta, ev.genJetFlavour[j]);
            double sf = JetResolution.scaleFactor(eta);
            double g1 = rng.nextGaussian();
            double g2 = rng.nextGaussian();
            double rChs = Math.max(MIN_RESPONSE, mean + sf * JetResolution.CHS.relative(pt, eta, ev.rho) * g1);
            double gPuppi = PUPPI_CHS_CORRELATION * g1
                    + Math.sqrt(1 - PUPPI_CHS_CORRELATION * PUPPI_CHS_CORRELATION) * g2;
            double rPuppi = Math.max(MIN_RESPONSE, mean + sf * JetResolution.PUPPI.relative(pt, eta, ev.rho) * gPuppi);
            double angle = Math.min(ANGLE_RESOLUTION_MAX, ANGLE_RESOLUTION_SCALE / pt);
            double recoEta = eta + angle * rng.nextGaussian();
            double recoPhi = phi + angle * rng.nextGaussian();
            addJetToMet(sums, pt, phi, rChs, rPuppi);
            int before = ev.nJets;
            storeJet(rng, ev, rChs * pt, recoEta, recoPhi, rChs * Lorentz.mass(ev.genJet, o), ev.genJetFlavour[j]);
            if (ev.nJets > before) {
                recordJetTruth(ev, before, pt, eta, mean, JetResolution.CHS.relative(pt, eta, ev.rho));
            }
        }
    }

    /** What {@link ObjectShifts} needs of stored jet k: its gen jet's pT and |eta|, R and sigma_MC. */
    private static void recordJetTruth(EventRecord ev, int k, double genPt, double genEta, double mean,
                                       double sigmaMc) {
        ev.jetGenPt[k] = genPt;
        ev.jetSfAbsEta[k] = Math.abs(genEta);
        ev.jetMeanResponse[k] = mean;
        ev.jetSigmaMc[k] = sigmaMc;
    }

    /** Type-1 p_T^miss: jets above threshold at their reconstructed pT, softer ones as unclustered. */
    private static void addJetToMet(MetSums sums, double pt, double phi, double rChs, double rPuppi) {
        double cos = Math.cos(phi);
        double sin = Math.sin(phi);
        boolean pfClustered = rChs * pt > TYPE1_THRESHOLD;
        boolean puppiClustered = rPuppi * pt > TYPE1_THRESHOLD;
        double pf = pfClustered ? rChs : UNCLUSTERED_RESPONSE_PF;
        double puppi = puppiClustered ? rPuppi : UNCLUSTERED_RESPONSE_PUPPI;
        sums.pfPx += pf * pt * cos;
        sums.pfPy += pf * pt * sin;
        sums.puppiPx += puppi * pt * cos;
        sums.puppiPy += puppi * pt * sin;
        if (!pfClustered) {
            sums.pfUnclPx += pf * pt * cos;
            sums.pfUnclPy += pf * pt * sin;
        }
        if (!puppiClustered) {
            sums.puppiUnclPx += puppi * pt * cos;
            sums.puppiUnclPy += puppi * pt * sin;
        }
    }

    private static void storeJet(SplittableRandom rng, EventRecord ev, double pt, double eta, double phi,
                                 double mass, int flavour) {
        if (pt <= JET_STORE_PT || Math.abs(eta) >= JET_STORE_ETA || ev.nJets == EventRecord.MAX_JETS) {
            return;
        }
        int k = ev.nJets++;
        ev.jetPt[k] = pt;
        ev.jetEta[k] = eta;
        ev.jetPhi[k] = Math.IEEEremainder(phi, 2 * Math.PI);
        ev.jetMass[k] = mass;
        ev.jetFlavour[k] = flavour;
        ev.jetBtag[k] = BTagging.discriminant(rng, pt, eta, flavour);
    }

    private static void addPileupJets(SplittableRandom rng, EventRecord ev, MetSums sums) {
        int central = Sampling.poisson(rng, PU_JETS_PER_PU_CENTRAL * ev.nPU);
        int forward = Sampling.poisson(rng, PU_JETS_PER_PU_FORWARD * ev.nPU);
        for (int i = 0; i < central + forward; i++) {
            double pt = JET_STORE_PT - PU_JET_PT_MEAN_EXCESS * Math.log(1.0 - rng.nextDouble()) + 1e-6;
            double absEta = i < central ? TRACKER_ETA * rng.nextDouble()
                    : TRACKER_ETA + (JET_STORE_ETA - TRACKER_ETA) * rng.nextDouble();
            double eta = rng.nextBoolean() ? absEta : -absEta;
            double phi = Math.PI * (2 * rng.nextDouble() - 1);
            double px = pt * Math.cos(phi);
            double py = pt * Math.sin(phi);
            sums.pfPx += (1 - PU_JET_BALANCED_PF) * px;
            sums.pfPy += (1 - PU_JET_BALANCED_PF) * py;
            sums.puppiPx += PU_JET_KEPT_PUPPI * px;
            sums.puppiPy += PU_JET_KEPT_PUPPI * py;
            int before = ev.nJets;
            storeJet(rng, ev, pt, eta, phi, 0.08 * pt, 0);
            if (ev.nJets > before) {
                recordJetTruth(ev, before, 0.0, eta, 1.0, JetResolution.CHS.relative(pt, eta, ev.rho));
            }
        }
    }

    private static void addUnclustered(SplittableRandom rng, EventRecord ev, MetSums sums, double sigmaUe) {
        double ueX = sigmaUe * rng.nextGaussian();
        double ueY = sigmaUe * rng.nextGaussian();
        double sqrtPu = Math.sqrt(ev.nPU);
        double pfX = rng.nextGaussian();
        double pfY = rng.nextGaussian();
        double rest = Math.sqrt(1 - PU_NOISE_CORRELATION * PU_NOISE_CORRELATION);
        double puppiX = PU_NOISE_CORRELATION * pfX + rest * rng.nextGaussian();
        double puppiY = PU_NOISE_CORRELATION * pfY + rest * rng.nextGaussian();
        double pfUnclX = UNCLUSTERED_RESPONSE_PF * ev.unclusteredPx + ueX + SIGMA_PU_PF * sqrtPu * pfX;
        double pfUnclY = UNCLUSTERED_RESPONSE_PF * ev.unclusteredPy + ueY + SIGMA_PU_PF * sqrtPu * pfY;
        double puppiUnclX = UNCLUSTERED_RESPONSE_PUPPI * ev.unclusteredPx + ueX + SIGMA_PU_PUPPI * sqrtPu * puppiX;
        double puppiUnclY = UNCLUSTERED_RESPONSE_PUPPI * ev.unclusteredPy + ueY + SIGMA_PU_PUPPI * sqrtPu * puppiY;
        sums.pfPx += pfUnclX;
        sums.pfPy += pfUnclY;
        sums.puppiPx += puppiUnclX;
        sums.puppiPy += puppiUnclY;
        sums.pfUnclPx += pfUnclX;
        sums.pfUnclPy += pfUnclY;
        sums.puppiUnclPx += puppiUnclX;
        sums.puppiUnclPy += puppiUnclY;
    }

    private static void sortJetsByPt(EventRecord ev) {
        for (int i = 1; i < ev.nJets; i++) {
            for (int j = i; j > 0 && ev.jetPt[j] > ev.jetPt[j - 1]; j--) {
                swap(ev.jetPt, j);
                swap(ev.jetEta, j);
                swap(ev.jetPhi, j);
                swap(ev.jetMass, j);
                swap(ev.jetBtag, j);
                ParticleLevel.swapInt(ev.jetFlavour, j, j - 1);
                swap(ev.jetGenPt, j);
                swap(ev.jetSfAbsEta, j);
                swap(ev.jetMeanResponse, j);
                swap(ev.jetSigmaMc, j);
            }
        }
    }

    private static void swap(double[] v, int j) {
        double t = v[j];
        v[j] = v[j - 1];
        v[j - 1] = t;
    }
}
