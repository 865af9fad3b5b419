package org.dineutrino.regress;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.dineutrino.event.Columns;
import org.dineutrino.event.EventBatch;

/**
 * A small ttbar-dilepton-like event generator for the regress tests, standing in for the built-in
 * simulation. It is a toy with the effects a MET regression can learn, not a physics model:
 * <ul>
 *   <li>Kinematics (transverse plane): the ttbar system recoils with q_T ~ N(0, 20 GeV) per
 *       component against ISR jets (Poisson mean 1, p_T = 20 + Exp(30) GeV) and unclustered
 *       energy u = -(q_T + sum ISR). Each top (p_T = 40 + Exp(70) GeV, back to back) gives a b
 *       quark (a fraction U(0.3, 0.5) plus a N(0, 30 GeV) kick) and a W, which gives a lepton (a
 *       fraction U(0.3, 0.7) plus a N(0, 20 GeV) kick) and the prompt neutrino (the rest).</li>
 *   <li>Non-prompt neutrinos: each b jet decays semileptonically with probability 0.2, the
 *       neutrino taking a fraction U(0.05, 0.35) of the b momentum. Gen p_T^miss is the sum of
 *       all neutrinos.</li>
 *   <li>Jets: reconstructed p_T = visible p_T x response x (1 + sigma N(0,1)), response 0.96
 *       (|eta| &lt; 1.3), 0.91 (&lt; 2.5), 0.85 beyond, times 0.95 for b jets; sigma =
 *       sqrt((3/p_T)^2 + 0.9^2/p_T + 0.04^2) (x 1.3 beyond |eta| 2.5). Jets below 15 GeV or beyond
 *       |eta| 4.7 are not reconstructed and join the unclustered energy. Pileup jets: Poisson
 *       mean 0.03 nPU, p_T = 15 + Exp(10) GeV, mostly removed by PUPPI (weight 0.2).</li>
 *   <li>Unclustered energy: PF sees 0.75 u, PUPPI 0.70 u, both plus a common N(0, 8 GeV) and a
 *       pileup term N(0, sigma_PU sqrt(nPU)) with sigma_PU = 2.5 GeV (PF) or 1 GeV (PUPPI), the
 *       values SIMULATION-PHYSICS.md section 7.4 suggests; nPU ~ N(32, 10), nPV = 0.7 nPU plus
 *       binomial-like spread.</li>
 *   <li>Leptons: e or mu (50/50), eta ~ N(0, 1.2), p_T smeared by 2 % (e) or 1 % (mu), tight
 *       with probability 0.95. PF (PUPPI) p_T^miss = -(leptons + jets (+ 0.2 pileup jets) +
 *       unclustered).</li>
 * </ul>
 * So the network can learn the jet response (flavour and eta dependent), the unclustered
 * response and the neutrinos in b jets; the noise it cannot learn.
 */
final class SyntheticEvents {

    private static final double TWO_PI = 2 * Math.PI;
    private static final int MAX_JETS = 24;

    private final SplittableRandom random;
    private final int nEvents;
    private final int[] nPV;
    private final int[] nPU;
    private final double[] met;
    private final double[] metPhi;
    private final double[] puppiMet;
    private final double[] puppiMetPhi;
    private final double[] genMet;
    private final double[] genMetPhi;
    private final double[] genNuNuPt;
    private final double[] genNuNuPhi;
    private final Leptons muons;
    private final Leptons electrons;
    private final int[] nJet;
    private double[] jetPt;
    private double[] jetEta;
    private double[] jetPhi;
    private double[] jetMass;
    private double[] jetBtag;
    private int[] jetFlavour;
    private int nJetsTotal;

    /** A growable reconstructed-lepton collection. */
    private static final class Leptons {
        final int[] count;
        double[] pt = new double[16];
        double[] eta = new double[16];
        double[] phi = new double[16];
        int[] charge = new int[16];
        int[] tight = new int[16];
        int total;

        Leptons(int nEvents) {
            count = new int[nEvents];
        }

        void add(int event, double newPt, double newEta, double newPhi, int newCharge, int isTight) {
            if (total == pt.length) {
                pt = Arrays.copyOf(pt, 2 * total);
                eta = Arrays.copyOf(eta, 2 * total);
                phi = Arrays.copyOf(phi, 2 * total);
                charge = Arrays.copyOf(charge, 2 * total);
                tight = Arrays.copyOf(tight, 2 * total);
            }
            pt[total] = newPt;
            eta[total] = newEta;
            phi[total] = newPhi;
            charge[total] = newCharge;
            tight[total] = isTight;
            total++;
            count[event]++;
        }
    }

    /** One event's true jets before reconstruction, and reconstructed ones after. */
    private final double[] ex = new double[MAX_JETS];
    private final double[] ey = new double[MAX_JETS];
    private final double[] eEta = new double[MAX_JETS];
    private final int[] eFlavour = new int[MAX_JETS];
    private final boolean[] ePileup = new boolean[MAX_JETS];
    private int eN;

    private SyntheticEvents(int nEvents, long seed) {
        this.random = new SplittableRandom(seed);
        this.nEvents = nEvents;
        nPV = new int[nEvents];
        nPU = new int[nEvents];
        met = new double[nEvents];
        metPhi = new double[nEvents];
        puppiMet = new double[nEvents];
        puppiMetPhi = new double[nEvents];
        genMet = new double[nEvents];
        genMetPhi = new double[nEvents];
        genNuNuPt = new double[nEvents];
        genNuNuPhi = new double[nEvents];
        muons = new Leptons(nEvents);
        electrons = new Leptons(nEvents);
        nJet = new int[nEvents];
        int capacity = nEvents * 6 + 16;
        jetPt = new double[capacity];
        jetEta = new double[capacity];
        jetPhi = new double[capacity];
        jetMass = new double[capacity];
        jetBtag = new double[capacity];
        jetFlavour = new int[capacity];
    }

    /** nEvents events from the given seed (the same seed gives the same batch). */
    static EventBatch generate(int nEvents, long seed) {
        SyntheticEvents g = new SyntheticEvents(nEvents, seed);
        for (int i = 0; i < nEvents; i++) {
            g.event(i);
        }
        return g.build();
    }

    /** 0, 1, ..., n-1. */
    static int[] allEvents(int n) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        return idx;
    }

    private double gauss(double sigma) {
        return sigma * random.nextGaussian();
    }

    private double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    private int poisson(double mean) {
        double limit = Math.exp(-mean);
        double p = random.nextDouble();
        int k = 0;
        while (p > limit) {
            p *= random.nextDouble();
            k++;
        }
        return k;
    }

    private void event(int i) {
        nPU[i] = (int) Math.max(1, Math.round(32 + gauss(10)));
        nPV[i] = (int) Math.max(1, Math.round(0.7 * nPU[i] + gauss(Math.sqrt(0.21 * nPU[i]))));
        eN = 0;

        // ttbar system recoil q_T and the two tops, back to back around it
        double qx = gauss(20);
        double qy = gauss(20);
        double topPt = 40 + exponential(70);
        double topPhi = random.nextDouble() * TWO_PI;
        double[] nu = new double[2];
        for (int side = 0; side < 2; side++) {
            double sign = side == 0 ? 1 : -1;
            double tx = sign * topPt * Math.cos(topPhi) + qx / 2;
            double ty = sign * topPt * Math.sin(topPhi) + qy / 2;
            topDecay(i, tx, ty, side, nu);
        }
        double[] genNu = {nu[0], nu[1]};
        genNuNuPt[i] = Math.hypot(nu[0], nu[1]);
        genNuNuPhi[i] = Math.atan2(nu[1], nu[0]);

        // ISR jets; the unclustered energy balances the event
        double ux = -qx;
        double uy = -qy;
        int nIsr = poisson(1.0);
        for (int k = 0; k < nIsr && eN < MAX_JETS - 8; k++) {
            double pt = 20 + exponential(30);
            double phi = random.nextDouble() * TWO_PI;
            addTrueJet(pt * Math.cos(phi), pt * Math.sin(phi), gauss(2.0), random.nextDouble() < 0.2 ? 4 : 0, false);
            ux -= pt * Math.cos(phi);
            uy -= pt * Math.sin(phi);
        }
        int nPileupJets = poisson(0.03 * nPU[i]);
        for (int k = 0; k < nPileupJets && eN < MAX_JETS; k++) {
            double pt = 15 + exponential(10);
            double phi = random.nextDouble() * TWO_PI;
            addTrueJet(pt * Math.cos(phi), pt * Math.sin(phi), gauss(2.5), 0, true);
        }
        reconstruct(i, ux, uy, genNu);
    }

    /**
     * t -> b W, W -> l nu in the transverse plane; the b jet may lose a non-prompt neutrino.
     * Adds the neutrinos to nu (gen p_T^miss).
     */
    private void topDecay(int i, double tx, double ty, int side, double[] nu) {
        double fb = 0.3 + 0.2 * random.nextDouble();
        double kbx = gauss(30);
        double kby = gauss(30);
        double bx = fb * tx + kbx;
        double by = fb * ty + kby;
        double wx = tx - bx;
        double wy = ty - by;
        double fl = 0.3 + 0.4 * random.nextDouble();
        double lx = fl * wx + gauss(20);
        double ly = fl * wy + gauss(20);
        nu[0] += wx - lx;
        nu[1] += wy - ly;
        if (random.nextDouble() < 0.2) {
            double x = 0.05 + 0.3 * random.nextDouble();
            nu[0] += x * bx;
            nu[1] += x * by;
            bx *= 1 - x;
            by *= 1 - x;
        }
        addTrueJet(bx, by, gauss(1.3), 5, false);
        addLepton(i, lx, ly, side == 0 ? 1 : -1);
    }

    private void addTrueJet(double px, double py, double eta, int flavour, boolean pileup) {
        ex[eN] = px;
        ey[eN] = py;
        eEta[eN] = eta;
        eFlavour[eN] = flavour;
        ePileup[eN] = pileup;
        eN++;
    }

    /** A reconstructed lepton: e or mu, smeared, tight with probability 0.95. */
    private void addLepton(int i, double px, double py, int charge) {
        boolean muon = random.nextDouble() < 0.5;
        double pt = Math.hypot(px, py) * (1 + gauss(muon ? 0.01 : 0.02));
        double phi = Math.atan2(py, px);
        double eta = gauss(1.2);
        int tight = random.nextDouble() < 0.95 ? 1 : 0;
        (muon ? muons : electrons).add(i, pt, eta, phi, charge, tight);
    }

    static double response(double absEta, int flavour) {
        double base = absEta < 1.3 ? 0.96 : absEta < 2.5 ? 0.91 : 0.85;
        return flavour == 5 ? 0.95 * base : base;
    }

    static double relativeResolution(double pt, double absEta) {
        double s = Math.sqrt(Math.pow(3 / pt, 2) + 0.81 / pt + 0.04 * 0.04);
        return absEta > 2.5 ? 1.3 * s : s;
    }

    /** Reconstructs jets, leptons and both p_T^miss algorithms for event i. */
    private void reconstruct(int i, double ux, double uy, double[] genNu) {
        double pfX = -recoLeptonSum(i, 0);
        double pfY = -recoLeptonSum(i, 1);
        double puppiX = pfX;
        double puppiY = pfY;
        int first = nJetsTotal;
        for (int k = 0; k < eN; k++) {
            double truePt = Math.hypot(ex[k], ey[k]);
            double absEta = Math.abs(eEta[k]);
            double pt = ePileup[k] ? truePt
                    : truePt * response(absEta, eFlavour[k]) * (1 + gauss(relativeResolution(truePt, absEta)));
            if (pt < 15 || absEta > 4.7) {
                if (!ePileup[k]) {
                    ux += ex[k];
                    uy += ey[k];
                }
                continue;
            }
            double phi = Math.atan2(ey[k], ex[k]);
            appendJet(pt, eEta[k], phi, eFlavour[k]);
            double w = ePileup[k] ? 0.2 : 1.0;
            pfX -= pt * Math.cos(phi);
            pfY -= pt * Math.sin(phi);
            puppiX -= w * pt * Math.cos(phi);
            puppiY -= w * pt * Math.sin(phi);
        }
        nJet[i] = nJetsTotal - first;
        sortJets(first, nJetsTotal);
        double cx = gauss(8);
        double cy = gauss(8);
        double sq = Math.sqrt(nPU[i]);
        pfX -= 0.75 * ux + cx + gauss(2.5 * sq);
        pfY -= 0.75 * uy + cy + gauss(2.5 * sq);
        puppiX -= 0.70 * ux + cx + gauss(1.0 * sq);
        puppiY -= 0.70 * uy + cy + gauss(1.0 * sq);
        met[i] = Math.hypot(pfX, pfY);
        metPhi[i] = Math.atan2(pfY, pfX);
        puppiMet[i] = Math.hypot(puppiX, puppiY);
        puppiMetPhi[i] = Math.atan2(puppiY, puppiX);
        genMet[i] = Math.hypot(genNu[0], genNu[1]);
        genMetPhi[i] = Math.atan2(genNu[1], genNu[0]);
    }

    /** Sum of the reconstructed lepton momenta of event i, component 0 (x) or 1 (y). */
    private double recoLeptonSum(int i, int component) {
        double sum = 0;
        for (Leptons l : new Leptons[] {muons, electrons}) {
            for (int j = l.total - l.count[i]; j < l.total; j++) {
                sum += component == 0 ? l.pt[j] * Math.cos(l.phi[j]) : l.pt[j] * Math.sin(l.phi[j]);
            }
        }
        return sum;
    }

    private void appendJet(double pt, double eta, double phi, int flavour) {
        if (nJetsTotal == jetPt.length) {
            int n = 2 * nJetsTotal;
            jetPt = Arrays.copyOf(jetPt, n);
            jetEta = Arrays.copyOf(jetEta, n);
            jetPhi = Arrays.copyOf(jetPhi, n);
            jetMass = Arrays.copyOf(jetMass, n);
            jetBtag = Arrays.copyOf(jetBtag, n);
            jetFlavour = Arrays.copyOf(jetFlavour, n);
        }
        double loose = FeatureSettings.DEFAULT_BTAG_THRESHOLD;
        boolean tagged = random.nextDouble() < (flavour == 5 ? 0.92 : flavour == 4 ? 0.4 : 0.1);
        jetPt[nJetsTotal] = pt;
        jetEta[nJetsTotal] = eta;
        jetPhi[nJetsTotal] = phi;
        jetMass[nJetsTotal] = pt * (0.08 + 0.08 * random.nextDouble());
        jetBtag[nJetsTotal] = tagged ? loose + (1 - loose) * random.nextDouble() : loose * random.nextDouble();
        jetFlavour[nJetsTotal] = flavour;
        nJetsTotal++;
    }

    /** Orders the jets [from, to) by p_T, leading first, as NanoAOD does. */
    private void sortJets(int from, int to) {
        for (int a = from + 1; a < to; a++) {
            for (int b = a; b > from && jetPt[b] > jetPt[b - 1]; b--) {
                swap(jetPt, b);
                swap(jetEta, b);
                swap(jetPhi, b);
                swap(jetMass, b);
                swap(jetBtag, b);
                int t = jetFlavour[b];
                jetFlavour[b] = jetFlavour[b - 1];
                jetFlavour[b - 1] = t;
            }
        }
    }

    private static void swap(double[] a, int b) {
        double t = a[b];
        a[b] = a[b - 1];
        a[b - 1] = t;
    }

    private EventBatch build() {
        double[] weight = new double[nEvents];
        Arrays.fill(weight, 1.0);
        int nj = nJetsTotal;
        return EventBatch.builder(nEvents)
                .put(Columns.GEN_WEIGHT, weight)
                .put(Columns.N_PV, nPV)
                .put(Columns.N_PU, nPU)
                .put(Columns.MET, met)
                .put(Columns.MET_PHI, metPhi)
                .put(Columns.PUPPI_MET, puppiMet)
                .put(Columns.PUPPI_MET_PHI, puppiMetPhi)
                .put(Columns.N_MUON, muons.count)
                .put(Columns.MUON_PT, Arrays.copyOf(muons.pt, muons.total))
                .put(Columns.MUON_ETA, Arrays.copyOf(muons.eta, muons.total))
                .put(Columns.MUON_PHI, Arrays.copyOf(muons.phi, muons.total))
                .put(Columns.MUON_CHARGE, Arrays.copyOf(muons.charge, muons.total))
                .put(Columns.MUON_TIGHT, Arrays.copyOf(muons.tight, muons.total))
                .put(Columns.N_ELECTRON, electrons.count)
                .put(Columns.ELECTRON_PT, Arrays.copyOf(electrons.pt, electrons.total))
                .put(Columns.ELECTRON_ETA, Arrays.copyOf(electrons.eta, electrons.total))
                .put(Columns.ELECTRON_PHI, Arrays.copyOf(electrons.phi, electrons.total))
                .put(Columns.ELECTRON_CHARGE, Arrays.copyOf(electrons.charge, electrons.total))
                .put(Columns.ELECTRON_TIGHT, Arrays.copyOf(electrons.tight, electrons.total))
                .put(Columns.N_JET, nJet)
                .put(Columns.JET_PT, Arrays.copyOf(jetPt, nj))
                .put(Columns.JET_ETA, Arrays.copyOf(jetEta, nj))
                .put(Columns.JET_PHI, Arrays.copyOf(jetPhi, nj))
                .put(Columns.JET_MASS, Arrays.copyOf(jetMass, nj))
                .put(Columns.JET_BTAG, Arrays.copyOf(jetBtag, nj))
                .put(Columns.JET_HADRON_FLAVOUR, Arrays.copyOf(jetFlavour, nj))
                .put(Columns.GEN_MET, genMet)
                .put(Columns.GEN_MET_PHI, genMetPhi)
                .put(Columns.GEN_NUNU_PT, genNuNuPt)
                .put(Columns.GEN_NUNU_PHI, genNuNuPhi)
                .build();
    }
}
