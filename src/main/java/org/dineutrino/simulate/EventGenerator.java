package org.dineutrino.simulate;

import java.util.SplittableRandom;
import org.dineutrino.event.WDecay;
import org.dineutrino.sample.Process;

/**
 * Generates the events of one process, one at a time, into a reused {@link EventRecord}: hard
 * process, decays, recoil and ISR, fragmentation, particle level, pileup, detector, preselection.
 * Not thread-safe: each worker thread owns one generator, re-seeded per batch.
 *
 * <p>The decay channels are drawn first: an event whose two W bosons (or Z legs) cannot give two
 * light leptons is counted as generated and skipped without kinematics, as is one whose leptons
 * are too soft or forward for either branch of the {@link Preselection}.
 */
final class EventGenerator {

    /** Slots of the system four-vectors in {@link #frame}. */
    private static final int TOP = 0;
    private static final int ANTITOP = 1;
    private static final int W_PLUS = 2;
    private static final int B = 3;
    private static final int L_PLUS = 4;
    private static final int NU = 5;
    private static final int W_MINUS = 6;
    private static final int B_BAR = 7;
    private static final int L_MINUS = 8;
    private static final int NU_BAR = 9;
    private static final int N_FRAME = 10;
    /** T2tt: the stops and neutralinos follow the top-pair slots. */
    private static final int STOP_1 = 10;
    private static final int STOP_2 = 11;
    private static final int CHI_1 = 12;
    private static final int CHI_2 = 13;
    private static final int N_STOP_FRAME = 14;
    /** Diboson slots: the two bosons are TOP and ANTITOP; each one's two decay products follow. */
    private static final int V1_LEG_A = 2;
    private static final int V1_LEG_B = 3;
    private static final int V2_LEG_A = 4;
    private static final int V2_LEG_B = 5;
    private static final int N_DIBOSON_FRAME = 6;
    /** Most FSR gluons kept per b quark (Poisson mean 0.8: more than 3 is rarer than 1 %). */
    private static final int MAX_GLUONS = 3;

    /** Polarisation of taus from W decays (note sec. 3.4), and our approximation for Z decays. */
    private static final double TAU_POLARISATION_W = -1.0;
    private static final double TAU_POLARISATION_Z = 0.0;

    /** Drell-Yan mass windows [GeV]; the M-50 upper edge holds a negligible tail beyond. */
    static final double DY_LOW_MASS_MIN = 10.0;
    static final double DY_MASS_SPLIT = 50.0;
    static final double DY_MASS_MAX = 3000.0;

    /** Mixed into a batch's seed to seed the shift columns' stream (an arbitrary odd constant, ours). */
    private static final long OBJECT_SHIFT_STREAM = 0x5DEECE66DA3B1F27L;

    private final SimProcess process;
    private final TtbarTune tune;
    private final Recoil topRecoil;
    private final double gluonsPerB;
    private final EventRecord ev = new EventRecord();
    private final Detector.MetSums sums = new Detector.MetSums();
    private final TtbarProduction ttbar;
    private final TtbarProduction.HardScatter ttbarHard = new TtbarProduction.HardScatter();
    private final TwProduction tw;
    private final TwProduction.HardScatter twHard = new TwProduction.HardScatter();
    private final DrellYanProduction drellYan;
    private final DrellYanProduction.Dilepton dilepton = new DrellYanProduction.Dilepton();
    private final DibosonProduction diboson;
    private final DibosonProduction.HardScatter dibosonHard = new DibosonProduction.HardScatter();
    private final StopPoint stopPoint;
    private final StopProduction stops;
    private final StopProduction.HardScatter stopHard = new StopProduction.HardScatter();
    private final WDecay[] bosonLegs = new WDecay[4];
    /** The W+ and W- decays of the current top pair. */
    private final WDecay[] pairDecays = new WDecay[2];
    private final ZDecays.Mode[] zModes = new ZDecays.Mode[2];
    private final DrellYanBias drellYanBias;

    private final double[] frame = new double[4 * N_STOP_FRAME];
    private final double[] topDecay = new double[Decays.TOP_DECAY_SIZE];
    private final double[] antitopDecay = new double[Decays.TOP_DECAY_SIZE];
    private final double[] spin = new double[4];
    private final double[] scratch = new double[HeavyFlavourDecays.SCRATCH_SIZE];
    private final double[] neutrinos = new double[4 * EventRecord.MAX_NEUTRINOS];
    private final double[] work = new double[4];
    private final double[] gluons = new double[4 * MAX_GLUONS];
    private final double[] isr = new double[4 * Recoil.MAX_PARTONS];
    private final int[] isrFlavour = new int[Recoil.MAX_PARTONS];

    private final EventWeights weights;
    private final MixedInitialStates.TopW topW = new MixedInitialStates.TopW();
    private final MixedInitialStates.DrellYan drellYanInitial = new MixedInitialStates.DrellYan();

    private SplittableRandom rng = new SplittableRandom(0);
    /** The shift columns' own stream (ObjectShifts), so that they leave the nominal stream alone. */
    private SplittableRandom shiftRng = new SplittableRandom(OBJECT_SHIFT_STREAM);
    private long generated;
    private double sumWeights;

    EventGenerator(SimProcess process) {
        this(process, Recoil.TTBAR, GluonRadiation.EMISSIONS_PER_B, StopPoint.DEFAULT, DrellYanBias.DEFAULT);
    }

    /** A generator with another Drell-Yan bias ({@link DrellYanBias#NONE}: unweighted events). */
    EventGenerator(SimProcess process, DrellYanBias drellYanBias) {
        this(process, Recoil.TTBAR, GluonRadiation.EMISSIONS_PER_B, StopPoint.DEFAULT, drellYanBias);
    }

    /** A generator whose T2tt events are at the given mass point (ignored by the other processes). */
    EventGenerator(SimProcess process, StopPoint stopPoint) {
        this(process, Recoil.TTBAR, GluonRadiation.EMISSIONS_PER_B, stopPoint, DrellYanBias.DEFAULT);
    }

    /**
     * A generator with another top-pair recoil model and FSR rate: for tuning studies. The
     * process's {@link SimProcess#tune()} sets the tt&#772; settings of the alternative samples.
     */
    EventGenerator(SimProcess process, Recoil topRecoil, double gluonsPerB) {
        this(process, topRecoil, gluonsPerB, StopPoint.DEFAULT, DrellYanBias.DEFAULT);
    }

    private EventGenerator(SimProcess process, Recoil topRecoil, double gluonsPerB, StopPoint stopPoint,
                           DrellYanBias drellYanBias) {
        this.process = process;
        this.tune = process.tune();
        this.topRecoil = topRecoil;
        this.gluonsPerB = gluonsPerB;
        this.drellYanBias = drellYanBias;
        this.ttbar = process.category() == Process.TTBAR ? TtbarProduction.forThread(tune) : null;
        this.tw = process == SimProcess.TW || process == SimProcess.TW_DS ? TwProduction.forThread() : null;
        this.drellYan = process == SimProcess.DY_M50 ? DrellYanTables.M50.copy()
                : process == SimProcess.DY_M10_50 ? DrellYanTables.M10_50.copy() : null;
        this.diboson = dibosonPair(process) != null ? DibosonProduction.forThread(dibosonPair(process)) : null;
        this.stopPoint = stopPoint;
        this.stops = process == SimProcess.T2TT ? StopProduction.forThread(stopPoint.stopMass()) : null;
        this.weights = new EventWeights(process.category() == Process.TTBAR);
    }

    private static DibosonProduction.Pair dibosonPair(SimProcess process) {
        return switch (process) {
            case WW -> DibosonProduction.Pair.WW;
            case WZ -> DibosonProduction.Pair.WZ;
            case ZZ -> DibosonProduction.Pair.ZZ;
            default -> null;
        };
    }

    /** Lazily built Drell-Yan generators (their tables take a fraction of a second each). */
    private static final class DrellYanTables {
        static final DrellYanProduction M50 = new DrellYanProduction(DY_MASS_SPLIT, DY_MASS_MAX);
        static final DrellYanProduction M10_50 = new DrellYanProduction(DY_LOW_MASS_MIN, DY_MASS_SPLIT);
    }

    /** Restarts the random stream and the counters (one batch). */
    void reseed(long seed) {
        rng = new SplittableRandom(seed);
        shiftRng = new SplittableRandom(seed ^ OBJECT_SHIFT_STREAM);
        generated = 0;
        sumWeights = 0;
    }

    /** Sum of the generator weights of the events generated since the last {@link #reseed}, kept or not. */
    double sumWeights() {
        return sumWeights;
    }

    /** Events generated since the last {@link #reseed}, kept or not. */
    long generated() {
        return generated;
    }

    EventRecord record() {
        return ev;
    }

    /**
     * Generates one event; true if it passes the preselection (the record then holds it). Its
     * weight enters {@link #sumWeights} either way.
     */
    boolean next() {
        generated++;
        ev.clear();
        boolean kept = generate();
        sumWeights += ev.genWeight;
        return kept;
    }

    private boolean generate() {
        boolean possible = switch (process) {
            case TTBAR -> ttbar();
            // alternative tt bar samples (sim-alt): the same code with the settings of their tune
            case TTBAR_MT_171P5, TTBAR_MT_173P5, TTBAR_HDAMP_UP, TTBAR_HDAMP_DOWN, TTBAR_UE_UP, TTBAR_UE_DOWN,
                 TTBAR_CR1, TTBAR_CR2 -> ttbar();
            case TW -> tw();
            case DY_M50 -> drellYan(Recoil.DRELL_YAN);
            case DY_M10_50 -> drellYan(Recoil.DRELL_YAN_LOW_MASS);
            case WW, WZ, ZZ -> diboson();
            case T2TT -> stopPair();
            // sim-dy: the alternative tW sample
            case TW_DS -> tw();
        };
        if (!possible) {
            return false;
        }
        ParticleLevel.radiateAndDress(rng, ev, scratch);
        if (!Preselection.canPass(ev)) {
            return false;
        }
        ParticleLevel.buildJets(rng, ev, tune.colourReconnection());
        pileup();
        Detector.reconstruct(rng, ev, sums, tune.sigmaUnderlyingEvent());
        ObjectShifts.fill(shiftRng, ev);
        if (!Preselection.passes(ev)) {
            return false;
        }
        fillWeights();
        return true;
    }

    private void pileup() {
        int period = Pileup.samplePeriod(rng);
        double mu = Pileup.sampleMu(rng, period);
        ev.pileupPeriod = period;
        ev.trueMu = (int) mu;
        ev.nPU = Sampling.poisson(rng, mu);
        ev.nPV = Pileup.sampleVertices(rng, ev.nPU);
        ev.rho = Pileup.sampleRho(rng, ev.nPU);
    }

    /**
     * The weight variations of the kept event, from the hard scattering still held in the process's
     * scratch object: tt&#772; and tW at mu = m_t (alpha_s^2, alpha_s^1), Drell-Yan at mu = m_ll (alpha_s^0).
     * A process without a case here gets every weight except the scale and PDF ones (those stay 1): give
     * it a case with its {@link InitialState}, x1, x2 and scale to have them.
     */
    private void fillWeights() {
        if (process.category() == Process.TTBAR) {
            TtbarProduction.HardScatter h = ttbarHard;
            InitialState initial = h.gluonFusion ? InitialState.GLUON_GLUON : InitialState.QUARK_ANTIQUARK;
            fillWeights(initial, h.shat, h.rapidity, tune.topMass(), 2);
            return;
        }
        switch (process) {
            case TW, TW_DS -> fillWeights(topW.set(twHard.shat, twHard.cosTheta), twHard.shat, twHard.rapidity,
                    PhysicsConstants.TOP_MASS, 1);
            case DY_M50, DY_M10_50 -> {
                double m2 = dilepton.mass * dilepton.mass;
                fillWeights(drellYanInitial.set(drellYan, m2), m2, dilepton.rapidity, dilepton.mass, 0);
            }
            // q qbar -> V V is electroweak at LO: no power of alpha_s; the generator's scale
            case WW, WZ, ZZ -> fillWeights(InitialState.QUARK_ANTIQUARK, dibosonHard.shat, dibosonHard.rapidity,
                    diboson.scale(), 0);
            // the stop pair's channel is not drawn, so its weights take the larger of the two (ours)
            case T2TT -> fillWeights(stopHard.weightGg >= stopHard.weightQq ? InitialState.GLUON_GLUON
                    : InitialState.QUARK_ANTIQUARK, stopHard.shat, stopHard.rapidity, stopPoint.stopMass(), 2);
            default -> weights.fill(ev, null, 0, 0, 0, 0, gluonsPerB, MAX_GLUONS);
        }
    }

    /** x1,2 = sqrt(s-hat/s) e^(+-y) of a hard system of s-hat [GeV^2] and rapidity y. */
    private void fillWeights(InitialState initial, double shat, double rapidity, double scale, int alphaSPower) {
        double sqrtTau = Math.sqrt(shat / PhysicsConstants.S);
        weights.fill(ev, initial, sqrtTau * Math.exp(rapidity), sqrtTau * Math.exp(-rapidity), scale, alphaSPower,
                gluonsPerB, MAX_GLUONS);
    }

    // ----- tt bar -----

    /**
     * Draws the decays of the W+ and W- of a top pair (tt&#772; or the tops of T2tt) into
     * {@link #pairDecays} and the truth; false if they cannot give two light leptons.
     */
    private boolean drawTopPairDecays() {
        pairDecays[0] = WDecays.sample(rng);
        pairDecays[1] = WDecays.sample(rng);
        ev.decay1 = pairDecays[0].code();
        ev.decay2 = pairDecays[1].code();
        ev.twoWs = true;
        return WDecays.givesLightLepton(pairDecays[0]) && WDecays.givesLightLepton(pairDecays[1]);
    }

    private boolean ttbar() {
        if (!drawTopPairDecays()) {
            return false;
        }
        WDecay plus = pairDecays[0];
        WDecay minus = pairDecays[1];
        TtbarProduction.HardScatter h = ttbarHard;
        ttbar.sample(rng, h);
        placePair(h.shat, h.topMass, h.antitopMass, h.cosTheta, h.phi);
        decayWithSpinCorrelation(h, WDecays.chargedLeptonMass(plus), WDecays.chargedLeptonMass(minus));
        copyDecay(topDecay, TOP, W_PLUS, B, L_PLUS, NU);
        copyDecay(antitopDecay, ANTITOP, W_MINUS, B_BAR, L_MINUS, NU_BAR);
        double recoilPt = tune.sampleRecoilPt(rng, topRecoil);
        double recoilPhi = 2 * Math.PI * rng.nextDouble();
        boostSystem(N_FRAME, Math.sqrt(h.shat), recoilPt, recoilPhi, h.rapidity);

        fillTruth(true, true, W_MINUS, L_MINUS);
        addWLeptons(plus, L_PLUS, NU, -1);
        addWLeptons(minus, L_MINUS, NU_BAR, +1);
        addBQuark(B);
        addBQuark(B_BAR);
        addIsr(topRecoil, recoilPt, recoilPhi);
        return true;
    }

    /**
     * The two-body system in its rest frame: slot TOP along (sin theta cos phi, sin theta sin phi,
     * cos theta) with mass m1, slot ANTITOP opposite with mass m2.
     */
    private void placePair(double shat, double m1, double m2, double cosTheta, double phi) {
        double st = Math.sqrt(Math.max(0, 1 - cosTheta * cosTheta));
        double p = Lorentz.twoBodyMomentum(Math.sqrt(shat), m1, m2);
        double px = p * st * Math.cos(phi);
        double py = p * st * Math.sin(phi);
        double pz = p * cosTheta;
        Lorentz.set(frame, 4 * TOP, px, py, pz, Math.sqrt(p * p + m1 * m1));
        Lorentz.set(frame, 4 * ANTITOP, -px, -py, -pz, Math.sqrt(p * p + m2 * m2));
    }

    /**
     * Copies the lab-frame truth of a top process: the (anti)top, the top's W and lepton (slots
     * W_PLUS, L_PLUS) and the second W and its lepton.
     */
    private void fillTruth(boolean top, boolean antitop, int secondW, int secondLepton) {
        ev.hasTop = top;
        ev.hasAntitop = antitop;
        if (top) {
            Lorentz.copy(frame, 4 * TOP, ev.top, 0);
        }
        if (antitop) {
            Lorentz.copy(frame, 4 * (top ? ANTITOP : TOP), ev.antitop, 0);
        }
        Lorentz.copy(frame, 4 * W_PLUS, ev.w1, 0);
        Lorentz.copy(frame, 4 * secondW, ev.w2, 0);
        Lorentz.copy(frame, 4 * L_PLUS, ev.wLepton1, 0);
        Lorentz.copy(frame, 4 * secondLepton, ev.wLepton2, 0);
    }

    /**
     * Decays both tops unpolarised and accepts the pair with probability W/2, W the LO spin
     * correlation weight of {@link SpinCorrelation} (exact at LO; note sec. 4.4); a rejected
     * pair is decayed again for the same hard event.
     */
    private void decayWithSpinCorrelation(TtbarProduction.HardScatter h, double massPlus, double massMinus) {
        SpinCorrelation.coefficients(h.gluonFusion, h.beta, h.cosTheta, spin);
        double st = Math.sqrt(Math.max(0, 1 - h.cosTheta * h.cosTheta));
        double kx = st * Math.cos(h.phi);
        double ky = st * Math.sin(h.phi);
        double kz = h.cosTheta;
        while (true) {
            Decays.topDecay(rng, h.topMass, massPlus, topDecay, scratch);
            Decays.topDecay(rng, h.antitopMass, massMinus, antitopDecay, scratch);
            double w = SpinCorrelation.weight(spin, kx, ky, kz, topDecay, Decays.LEPTON, antitopDecay, Decays.LEPTON);
            if (rng.nextDouble() * SpinCorrelation.MAX_WEIGHT < w) {
                return;
            }
        }
    }

    /** Copies a top's decay products into the frame, boosted from its rest frame. */
    private void copyDecay(double[] decay, int parent, int w, int b, int lepton, int nu) {
        Lorentz.copy(decay, Decays.W, frame, 4 * w);
        Lorentz.copy(decay, Decays.B, frame, 4 * b);
        Lorentz.copy(decay, Decays.LEPTON, frame, 4 * lepton);
        Lorentz.copy(decay, Decays.NEUTRINO, frame, 4 * nu);
        Lorentz.boostFromRestFrameOf(frame, 4 * w, frame, 4 * parent);
        Lorentz.boostFromRestFrameOf(frame, 4 * b, frame, 4 * parent);
        Lorentz.boostFromRestFrameOf(frame, 4 * lepton, frame, 4 * parent);
        Lorentz.boostFromRestFrameOf(frame, 4 * nu, frame, 4 * parent);
    }

    /**
     * From the system's rest frame to the lab: the ISR recoil as a transverse boost with
     * beta_T = pT/sqrt(M^2 + pT^2), then the longitudinal boost of rapidity y; this keeps M and y
     * (note sec. 5.1).
     */
    private void boostSystem(int n, double mass, double pt, double phi, double rapidity) {
        double betaT = pt / Math.sqrt(mass * mass + pt * pt);
        double bx = betaT * Math.cos(phi);
        double by = betaT * Math.sin(phi);
        double bz = Math.tanh(rapidity);
        for (int i = 0; i < n; i++) {
            Lorentz.boost(frame, 4 * i, bx, by, 0.0);
            Lorentz.boost(frame, 4 * i, 0.0, 0.0, bz);
        }
    }

    /**
     * The charged lepton and neutrino of a leptonic W: e/mu go to the prompt leptons, a tau decays
     * collinearly into a light lepton and neutrinos; the W's neutrino is prompt.
     *
     * @param sign +1 for W- (l-, PDG id &gt; 0), -1 for W+
     */
    private void addWLeptons(WDecay decay, int lepton, int nu, int sign) {
        ev.promptNuPx += frame[4 * nu];
        ev.promptNuPy += frame[4 * nu + 1];
        ev.addInvisible(frame, 4 * nu);
        addChargedLepton(decay, lepton, sign, TAU_POLARISATION_W);
    }

    private void addChargedLepton(WDecay decay, int lepton, int sign, double tauPolarisation) {
        int id = sign * WDecays.lightLeptonId(decay);
        if (!decay.involvesTau()) {
            ev.addLepton(frame, 4 * lepton, id, false);
            return;
        }
        double z = Decays.tauLeptonFraction(rng, tauPolarisation);
        for (int k = 0; k < 4; k++) {
            work[k] = (1 - z) * frame[4 * lepton + k];
        }
        ev.addInvisible(work, 0);
        for (int k = 0; k < 4; k++) {
            work[k] = z * frame[4 * lepton + k];
        }
        ev.addLepton(work, 0, id, true);
    }

    /**
     * A b quark from a top: radiates gluons, fragments and decays; the b parton that forms the jet
     * is what remains after its neutrinos left, and the gluons are partons of their own.
     */
    private void addBQuark(int slot) {
        Lorentz.copy(frame, 4 * slot, work, 0);
        int drawn = GluonRadiation.sampleEmissions(rng, gluonsPerB, MAX_GLUONS);
        ev.fsrEmissions[ev.nRadiatingQuarks++] = drawn;
        int nGluons = GluonRadiation.radiate(rng, drawn, work, 0, gluons, scratch);
        int n = HeavyFlavourDecays.decayBQuark(rng, work, 0, neutrinos, 0, scratch);
        for (int i = 0; i < n; i++) {
            ev.addInvisible(neutrinos, 4 * i);
            Lorentz.subtractFrom(neutrinos, 4 * i, work, 0);
        }
        ev.addParton(work, 0, 5);
        for (int i = 0; i < nGluons; i++) {
            ev.addParton(gluons, 4 * i, 0);
        }
    }

    private void addIsr(Recoil model, double recoilPt, double recoilPhi) {
        ev.recoilModel = model;
        ev.recoilPt = recoilPt;
        ev.isrEmissions = model.sampleEmissions(rng);
        int n = model.fillPartons(rng, recoilPt * Math.cos(recoilPhi), recoilPt * Math.sin(recoilPhi), isr,
                isrFlavour, ev.isrEmissions);
        for (int i = 0; i < n; i++) {
            ev.addParton(isr, 4 * i, isrFlavour[i]);
        }
    }

    // ----- tW -----

    /**
     * t W- or tbar W+ (equal rates), both Ws drawn from the decays with at least one leptonic W
     * (the sample's cross section 2 x 19.56 pb is for that subset): a pair with two hadronic Ws is
     * redrawn without being counted.
     */
    private boolean tw() {
        boolean top = rng.nextBoolean();
        WDecay topW;
        WDecay otherW;
        do {
            topW = WDecays.sample(rng);
            otherW = WDecays.sample(rng);
        } while (topW == WDecay.HADRONIC && otherW == WDecay.HADRONIC);
        ev.decay1 = topW.code();
        ev.decay2 = otherW.code();
        ev.twoWs = true;
        if (!WDecays.givesLightLepton(topW) || !WDecays.givesLightLepton(otherW)) {
            return false;
        }
        TwProduction.HardScatter h = twHard;
        tw.sample(rng, h);
        // slots: TOP holds the (anti)top, ANTITOP the associated W, then the top's decay products
        placePair(h.shat, h.topMass, h.wMass, h.cosTheta, h.phi);
        Decays.topDecay(rng, h.topMass, WDecays.chargedLeptonMass(topW), topDecay, scratch);
        copyDecay(topDecay, TOP, W_PLUS, B, L_PLUS, NU);
        decayW(ANTITOP, WDecays.chargedLeptonMass(otherW), L_MINUS, NU_BAR);
        double recoilPt = process == SimProcess.TW_DS ? TwDiagramSubtraction.samplePt(rng, topRecoil)
                : topRecoil.samplePt(rng);
        double recoilPhi = 2 * Math.PI * rng.nextDouble();
        boostSystem(N_FRAME, Math.sqrt(h.shat), recoilPt, recoilPhi, h.rapidity);

        fillTruth(top, !top, ANTITOP, L_MINUS);
        // t -> W+ b -> l+ with the associated W- -> l-, or the charge conjugates for tbar W+
        addWLeptons(topW, L_PLUS, NU, top ? -1 : +1);
        addWLeptons(otherW, L_MINUS, NU_BAR, top ? +1 : -1);
        addBQuark(B);
        addIsr(topRecoil, recoilPt, recoilPhi);
        return true;
    }

    /**
     * W -&gt; l nu with an isotropic lepton in the W rest frame (the associated W's polarisation in
     * tW is not modelled; our simplification), boosted to the frame of {@code w}.
     */
    private void decayW(int w, double leptonMass, int lepton, int nu) {
        Sampling.isotropic(rng, scratch, 0);
        Lorentz.twoBodyDecay(Lorentz.mass(frame, 4 * w), leptonMass, 0.0, scratch[0], scratch[1], scratch[2],
                frame, 4 * lepton, frame, 4 * nu);
        Lorentz.boostFromRestFrameOf(frame, 4 * lepton, frame, 4 * w);
        Lorentz.boostFromRestFrameOf(frame, 4 * nu, frame, 4 * w);
    }

    // ----- Drell-Yan -----

    /**
     * Z/gamma* -&gt; ee, mumu or tautau with equal rates (lepton universality; the sample cross
     * section is for the three flavours together), drawn and weighted as {@link DrellYanBias} says;
     * tau pairs with a hadronic tau are skipped (with the weight of their flavour choice).
     */
    private boolean drellYan(Recoil recoil) {
        int flavour = drellYanBias.sampleLeptonFlavour(rng, work);
        ev.genWeight = work[0];
        WDecay leg1;
        WDecay leg2;
        if (flavour == 0) {
            leg1 = WDecay.ELECTRON;
            leg2 = WDecay.ELECTRON;
        } else if (flavour == 1) {
            leg1 = WDecay.MUON;
            leg2 = WDecay.MUON;
        } else {
            leg1 = WDecays.tauDecay(rng);
            leg2 = WDecays.tauDecay(rng);
        }
        ev.decay1 = leg1.code();
        ev.decay2 = leg2.code();
        if (!WDecays.givesLightLepton(leg1) || !WDecays.givesLightLepton(leg2)) {
            return false;
        }
        drellYan.sample(rng, dilepton, drellYanBias.offPoleFactor());
        double st = Math.sqrt(Math.max(0, 1 - dilepton.cosTheta * dilepton.cosTheta));
        double leptonMass = WDecays.chargedLeptonMass(leg1);
        Lorentz.twoBodyDecay(dilepton.mass, leptonMass, leptonMass, st * Math.cos(dilepton.phi),
                st * Math.sin(dilepton.phi), dilepton.cosTheta, frame, 0, frame, 4);
        double recoilPt = drellYanBias.samplePt(rng, recoil);
        ev.genWeight *= dilepton.weight * drellYanBias.ptWeight(recoil, recoilPt);
        double recoilPhi = 2 * Math.PI * rng.nextDouble();
        boostSystem(2, dilepton.mass, recoilPt, recoilPhi, dilepton.rapidity);
        addChargedLepton(leg1, 0, +1, TAU_POLARISATION_Z);
        addChargedLepton(leg2, 1, -1, TAU_POLARISATION_Z);
        addDrellYanIsr(recoil, recoilPt, recoilPhi);
        return true;
    }

    // ----- W W, W Z, Z Z (sim-vv) -----

    /**
     * A boson pair. The channels of both bosons come first (a W: e, mu, tau or hadrons; a Z:
     * {@link ZDecays}); the event is skipped without kinematics unless its legs give at least two
     * light leptons and no hadronic tau. Then the LO pair of {@link DibosonProduction}, each boson
     * decayed isotropically in its rest frame (ours), the recoil and ISR partons of
     * {@link Recoil#DIBOSON}. genDecay1/2 hold one code per boson (V1, V2): a W's {@link WDecay};
     * for a Z the decay of its negative lepton (ELECTRON, MUON, TAU_TO_*), NONE for Z -&gt; nu nu,
     * HADRONIC for Z -&gt; q qbar.
     */
    private boolean diboson() {
        DibosonProduction.Pair pair = dibosonPair(process);
        boolean firstIsW = pair != DibosonProduction.Pair.ZZ;
        boolean secondIsW = pair == DibosonProduction.Pair.WW;
        int lightLeptons = drawBoson(0, firstIsW) + drawBoson(1, secondIsW);
        ev.decay1 = bosonCode(0, firstIsW);
        ev.decay2 = bosonCode(1, secondIsW);
        if (lightLeptons < 2 || hasHadronicTau()) {
            return false;
        }
        DibosonProduction.HardScatter h = dibosonHard;
        diboson.sample(rng, h);
        placePair(h.shat, h.mass1, h.mass2, h.cosTheta, h.phi);
        int flavour1 = decayBoson(TOP, 0, firstIsW, V1_LEG_A, V1_LEG_B);
        int flavour2 = decayBoson(ANTITOP, 1, secondIsW, V2_LEG_A, V2_LEG_B);
        double recoilPt = Recoil.DIBOSON.samplePt(rng);
        double recoilPhi = 2 * Math.PI * rng.nextDouble();
        boostSystem(N_DIBOSON_FRAME, Math.sqrt(h.shat), recoilPt, recoilPhi, h.rapidity);

        Lorentz.copy(frame, 4 * TOP, ev.w1, 0);
        Lorentz.copy(frame, 4 * ANTITOP, ev.w2, 0);
        // W W: V1 is the W+; W Z: the W's charge was drawn with the hard process
        boolean firstPositive = pair == DibosonProduction.Pair.WW || h.positiveW;
        addBosonProducts(0, firstIsW, firstPositive, flavour1, V1_LEG_A, V1_LEG_B);
        addBosonProducts(1, secondIsW, false, flavour2, V2_LEG_A, V2_LEG_B);
        addIsr(Recoil.DIBOSON, recoilPt, recoilPhi);
        return true;
    }

    /**
     * Draws the channel of boson i into bosonLegs[2i], bosonLegs[2i + 1] (a W: its decay, NONE for
     * the neutrino leg; a Z: both legs) and returns how many light leptons it gives.
     */
    private int drawBoson(int i, boolean isW) {
        if (isW) {
            bosonLegs[2 * i] = WDecays.sample(rng);
            bosonLegs[2 * i + 1] = WDecay.NONE;
        } else {
            zModes[i] = ZDecays.sample(rng);
            WDecay leg = switch (zModes[i]) {
                case ELECTRONS -> WDecay.ELECTRON;
                case MUONS -> WDecay.MUON;
                case NEUTRINOS -> WDecay.NONE;
                case HADRONS -> WDecay.HADRONIC;
                case TAUS -> null;
            };
            bosonLegs[2 * i] = leg != null ? leg : WDecays.tauDecay(rng);
            bosonLegs[2 * i + 1] = leg != null ? leg : WDecays.tauDecay(rng);
        }
        int n = 0;
        for (int k = 2 * i; k < 2 * i + 2; k++) {
            n += WDecays.givesLightLepton(bosonLegs[k]) ? 1 : 0;
        }
        return n;
    }

    private boolean hasHadronicTau() {
        for (WDecay leg : bosonLegs) {
            if (leg == WDecay.TAU_TO_HADRONS) {
                return true;
            }
        }
        return false;
    }

    private int bosonCode(int i, boolean isW) {
        if (isW || zModes[i] != ZDecays.Mode.NEUTRINOS) {
            return bosonLegs[2 * i].code();
        }
        return WDecay.NONE.code();
    }

    /**
     * Decays boson i in slot {@code boson} into slots a, b, isotropically in its rest frame (ours),
     * and returns the quark flavour of a hadronic decay: 4 for the c of W -&gt; c sbar (half of the
     * hadronic Ws, diagonal CKM; ours), {@link ZDecays#quarkFlavour} for a Z, 0 otherwise.
     */
    private int decayBoson(int boson, int i, boolean isW, int a, int b) {
        WDecay leg = bosonLegs[2 * i];
        int flavour = 0;
        double massA = WDecays.chargedLeptonMass(leg);
        double massB = isW ? 0.0 : massA;
        if (leg == WDecay.HADRONIC) {
            flavour = isW ? (rng.nextBoolean() ? 4 : 0) : ZDecays.quarkFlavour(rng);
            massA = flavour == 5 ? PhysicsConstants.B_MASS : 0.0;
            massB = isW ? 0.0 : massA;
        }
        Sampling.isotropic(rng, scratch, 0);
        Lorentz.twoBodyDecay(Lorentz.mass(frame, 4 * boson), massA, massB, scratch[0], scratch[1], scratch[2],
                frame, 4 * a, frame, 4 * b);
        Lorentz.boostFromRestFrameOf(frame, 4 * a, frame, 4 * boson);
        Lorentz.boostFromRestFrameOf(frame, 4 * b, frame, 4 * boson);
        return flavour;
    }

    /**
     * The decay products of boson i (lab frame, slots a, b) into the event: the charged lepton and
     * prompt neutrino of a leptonic W, both neutrinos of Z -&gt; nu nu (prompt), both leptons of
     * Z -&gt; l l (taus decayed), or two quark partons (b quarks radiate, fragment and decay).
     */
    private void addBosonProducts(int i, boolean isW, boolean positiveW, int flavour, int a, int b) {
        WDecay leg = bosonLegs[2 * i];
        if (leg == WDecay.HADRONIC) {
            if (flavour == 5) {
                addBQuark(a);
                addBQuark(b);
            } else {
                ev.addParton(frame, 4 * a, flavour);
                ev.addParton(frame, 4 * b, isW ? 0 : flavour);
            }
        } else if (isW) {
            addWLeptons(leg, a, b, positiveW ? -1 : +1);
        } else if (zModes[i] == ZDecays.Mode.NEUTRINOS) {
            addPromptNeutrino(a);
            addPromptNeutrino(b);
        } else {
            addChargedLepton(leg, a, +1, TAU_POLARISATION_Z);
            addChargedLepton(bosonLegs[2 * i + 1], b, -1, TAU_POLARISATION_Z);
        }
    }

    private void addPromptNeutrino(int slot) {
        ev.promptNuPx += frame[4 * slot];
        ev.promptNuPy += frame[4 * slot + 1];
        ev.addInvisible(frame, 4 * slot);
    }

    // ----- T2tt (sim-vv) -----

    /**
     * T2tt: both W decays drawn first as for tt&#772; (skipped without two light leptons); then the
     * LO stop pair, stop -&gt; t neutralino isotropic in the stop rest frame with a Breit-Wigner top
     * whose window ends at m(stop) - m(neutralino), unpolarised top decays without spin
     * correlations (note sec. 8.3), recoil and ISR as for tt&#772; (ours: a heavy coloured pair).
     */
    private boolean stopPair() {
        if (!drawTopPairDecays()) {
            return false;
        }
        WDecay plus = pairDecays[0];
        WDecay minus = pairDecays[1];
        StopProduction.HardScatter h = stopHard;
        stops.sample(rng, h);
        double stopMass = stopPoint.stopMass();
        placePair(h.shat, stopMass, stopMass, h.cosTheta, h.phi);
        Lorentz.copy(frame, 4 * TOP, frame, 4 * STOP_1);
        Lorentz.copy(frame, 4 * ANTITOP, frame, 4 * STOP_2);
        double topMass = decayStop(STOP_1, TOP, CHI_1);
        double antitopMass = decayStop(STOP_2, ANTITOP, CHI_2);
        Decays.topDecay(rng, topMass, WDecays.chargedLeptonMass(plus), topDecay, scratch);
        Decays.topDecay(rng, antitopMass, WDecays.chargedLeptonMass(minus), antitopDecay, scratch);
        copyDecay(topDecay, TOP, W_PLUS, B, L_PLUS, NU);
        copyDecay(antitopDecay, ANTITOP, W_MINUS, B_BAR, L_MINUS, NU_BAR);
        double recoilPt = topRecoil.samplePt(rng);
        double recoilPhi = 2 * Math.PI * rng.nextDouble();
        boostSystem(N_STOP_FRAME, Math.sqrt(h.shat), recoilPt, recoilPhi, h.rapidity);

        fillTruth(true, true, W_MINUS, L_MINUS);
        addWLeptons(plus, L_PLUS, NU, -1);
        addWLeptons(minus, L_MINUS, NU_BAR, +1);
        addBQuark(B);
        addBQuark(B_BAR);
        ev.setNeutralino(1, frame, 4 * CHI_1);
        ev.setNeutralino(2, frame, 4 * CHI_2);
        addIsr(topRecoil, recoilPt, recoilPhi);
        return true;
    }

    /** stop -&gt; t neutralino in the stop's rest frame, boosted to the frame the stop is given in; returns m_top. */
    private double decayStop(int stop, int top, int neutralino) {
        double high = Math.min(PhysicsConstants.TOP_MASS + PhysicsConstants.TOP_WINDOW,
                stopPoint.stopMass() - stopPoint.neutralinoMass());
        double topMass = Sampling.breitWigner(rng, PhysicsConstants.TOP_MASS, PhysicsConstants.TOP_WIDTH,
                PhysicsConstants.TOP_MASS - PhysicsConstants.TOP_WINDOW, high);
        Sampling.isotropic(rng, scratch, 0);
        Lorentz.twoBodyDecay(stopPoint.stopMass(), topMass, stopPoint.neutralinoMass(), scratch[0], scratch[1],
                scratch[2], frame, 4 * top, frame, 4 * neutralino);
        Lorentz.boostFromRestFrameOf(frame, 4 * top, frame, 4 * stop);
        Lorentz.boostFromRestFrameOf(frame, 4 * neutralino, frame, 4 * stop);
        return topMass;
    }

    /**
     * The ISR partons of a Drell-Yan event with the (biased) flavours, their weight, and b and c
     * partons fragmented and decayed like the b quarks of top decays (without their FSR; ours), so
     * that b tagging and non-prompt neutrinos of Z + heavy-flavour jets behave.
     */
    private void addDrellYanIsr(Recoil recoil, double recoilPt, double recoilPhi) {
        Recoil sampled = drellYanBias.sampledFlavours(recoil);
        int emissions = drellYanBias.sampleEmissions(rng, recoil);
        // the ISR weight variations compare the true model's densities at what was drawn
        ev.recoilModel = recoil;
        ev.recoilPt = recoilPt;
        ev.isrEmissions = emissions;
        int n = sampled.fillPartons(rng, recoilPt * Math.cos(recoilPhi), recoilPt * Math.sin(recoilPhi), isr,
                isrFlavour, emissions);
        ev.genWeight *= drellYanBias.emissionWeight(recoil, emissions)
                * drellYanBias.flavourWeight(recoil, sampled, isrFlavour, n);
        for (int i = 0; i < n; i++) {
            if (isrFlavour[i] == 0) {
                ev.addParton(isr, 4 * i, 0);
                continue;
            }
            Lorentz.copy(isr, 4 * i, work, 0);
            int nNu = isrFlavour[i] == 5 ? HeavyFlavourDecays.decayBQuark(rng, work, 0, neutrinos, 0, scratch)
                    : HeavyFlavourDecays.decayCQuark(rng, work, 0, neutrinos, 0, scratch);
            for (int k = 0; k < nNu; k++) {
                ev.addInvisible(neutrinos, 4 * k);
                Lorentz.subtractFrom(neutrinos, 4 * k, work, 0);
            }
            ev.addParton(work, 0, isrFlavour[i]);
        }
    }
}
