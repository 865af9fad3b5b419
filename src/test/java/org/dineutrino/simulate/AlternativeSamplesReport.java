package org.dineutrino.simulate;

import org.dineutrino.event.EventBatch;
import org.dineutrino.select.RecoSelection;
import org.dineutrino.select.SelectionCuts;

/**
 * The measured effects of the alternative tt&#772; samples that docs/SIMULATION.md reports
 * (surefire never runs it). For the nominal and each alternative sample: the default selection's
 * efficiency (selected / generated, the yield per unit sigma x L), sigma x efficiency, the mean
 * PUPPI p_T^miss of selected events, the PUPPI p_T^miss resolution per component against gen
 * p_T^miss, &lt;pT(tt)&gt; and the particle-level jet multiplicity and b-jet pT of kept events.
 * Usage: {@code java -cp target/classes:target/test-classes:<commons-math3 jar>
 * org.dineutrino.simulate.AlternativeSamplesReport [nKept] [threads] [seed] [key,key,...]}.
 */
public final class AlternativeSamplesReport {

    private static final SimProcess[] SAMPLES = {SimProcess.TTBAR, SimProcess.TTBAR_MT_171P5,
        SimProcess.TTBAR_MT_173P5, SimProcess.TTBAR_HDAMP_UP, SimProcess.TTBAR_HDAMP_DOWN, SimProcess.TTBAR_UE_UP,
        SimProcess.TTBAR_UE_DOWN, SimProcess.TTBAR_CR1, SimProcess.TTBAR_CR2};

    private AlternativeSamplesReport() {
    }

    public static void main(String[] args) {
        long nKept = args.length > 0 ? Long.parseLong(args[0]) : 300_000L;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 777L;
        SimProcess[] samples = args.length > 3
                ? java.util.Arrays.stream(args[3].split(",")).map(SimProcess::parse).toArray(SimProcess[]::new)
                : SAMPLES;
        System.err.println("sample | sigma [pb] | eff x 1e3 | sigma x eff [pb] | <puppiMet> sel [GeV]"
                + " | rms(puppi - gen) [GeV] | <pT(tt)> [GeV] | <nGenJet30> | <b genJet pT> [GeV]");
        for (SimProcess p : samples) {
            Sums s = new Sums();
            SimulationSummary summary = Simulation.simulate(p, nKept, seed, 50_000, s::add, f -> { }, threads);
            double eff = s.selected / summary.sumGenWeights();
            double effError = Math.sqrt(s.selected) / summary.sumGenWeights();
            System.err.printf("%s | %.2f | %.4f +- %.4f | %.3f | %.2f | %.2f | %.2f | %.4f | %.2f%n", p.key(),
                    p.crossSectionPb(), 1e3 * eff, 1e3 * effError, p.crossSectionPb() * eff, s.met / s.selected,
                    Math.sqrt(s.metResidual2 / (2 * s.selected)), s.ptTt / s.kept, s.genJets / s.kept,
                    s.bJetPt / s.bJets);
        }
    }

    /** Running sums over the batches of one sample. */
    private static final class Sums {
        double selected;
        double met;
        double metResidual2;
        double kept;
        double ptTt;
        double genJets;
        double bJets;
        double bJetPt;

        void add(EventBatch b) {
            double[] met = b.doubles("puppiMet");
            double[] metPhi = b.doubles("puppiMetPhi");
            RecoSelection.Result r = RecoSelection.select(b, SelectionCuts.defaults(), met, metPhi);
            double[] genMet = b.doubles("genMet");
            double[] genMetPhi = b.doubles("genMetPhi");
            for (int i = 0; i < b.nEvents(); i++) {
                if (r.selected(i)) {
                    selected++;
                    this.met += met[i];
                    double dx = met[i] * Math.cos(metPhi[i]) - genMet[i] * Math.cos(genMetPhi[i]);
                    double dy = met[i] * Math.sin(metPhi[i]) - genMet[i] * Math.sin(genMetPhi[i]);
                    metResidual2 += dx * dx + dy * dy;
                }
            }
            addTruth(b);
        }

        private void addTruth(EventBatch b) {
            double[] tPt = b.doubles("genTopPt");
            double[] tPhi = b.doubles("genTopPhi");
            double[] aPt = b.doubles("genAntitopPt");
            double[] aPhi = b.doubles("genAntitopPhi");
            double[] jetPt = b.doubles("genJetPt");
            double[] jetEta = b.doubles("genJetEta");
            int[] flavour = b.ints("genJetHadronFlavour");
            for (int i = 0; i < b.nEvents(); i++) {
                kept++;
                ptTt += Math.hypot(tPt[i] * Math.cos(tPhi[i]) + aPt[i] * Math.cos(aPhi[i]),
                        tPt[i] * Math.sin(tPhi[i]) + aPt[i] * Math.sin(aPhi[i]));
            }
            for (int j = 0; j < jetPt.length; j++) {
                if (jetPt[j] > 30 && Math.abs(jetEta[j]) < 2.4) {
                    genJets++;
                    if (flavour[j] == 5) {
                        bJets++;
                        bJetPt += jetPt[j];
                    }
                }
            }
        }
    }
}
