package org.dineutrino.select;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dineutrino.event.EventBatch;

/**
 * Control distributions of a sample, for looking at shapes: leptons, jets and p_T^miss at
 * reconstruction level, each beside its particle-level counterpart where the sample has
 * one. Weighted by the generator weight; no selection beyond the object definitions
 * (tight leptons; jets with p_T > 30 GeV, |eta| < 2.4), so that the generation
 * preselection is what shapes them.
 */
public final class ControlDistributions {

    /** Jet threshold of the control plots [GeV], as the default selection's. */
    private static final double JET_PT = 30;
    /** Jet |eta| limit of the control plots, as the default selection's. */
    private static final double JET_ABS_ETA = 2.4;
    /** b-tag threshold of the control plots: DeepJet loose, as the default selection's. */
    private static final double BTAG = 0.0490;

    /** One distribution: reco and, if the sample has it, particle level, over the same bins. */
    public record Distribution(String key, String label, String unit, double[] edges, double[] reco,
                               double[] particle) {
    }

    private final List<Filler> fillers = new ArrayList<>();

    /** Fills one distribution from a batch at each level; a level without its columns stays null. */
    private static final class Filler {
        final String key;
        final String label;
        final String unit;
        final Binning bins;
        final Histogram reco;
        final Histogram particle;
        final Quantity recoQuantity;
        final Quantity particleQuantity;

        Filler(String key, String label, String unit, Binning bins, Quantity reco, Quantity particle) {
            this.key = key;
            this.label = label;
            this.unit = unit;
            this.bins = bins;
            this.reco = reco == null ? null : new Histogram(bins);
            this.particle = particle == null ? null : new Histogram(bins);
            this.recoQuantity = reco;
            this.particleQuantity = particle;
        }
    }

    /** Per-event value of a quantity (NaN when the event has none), and the columns it reads. */
    private interface Quantity {
        Set<String> columns();

        double[] values(EventBatch b);
    }

    public ControlDistributions() {
        Binning pt = uniform(0, 300, 30);
        Binning met = uniform(0, 400, 40);
        Binning eta = uniform(-2.5, 2.5, 25);
        Binning mult = uniform(-0.5, 9.5, 10);
        add("leadingLeptonPt", "leading lepton p_T", "GeV", pt, leading(0, false), leading(0, true));
        add("subleadingLeptonPt", "subleading lepton p_T", "GeV", pt, leading(1, false), leading(1, true));
        add("leadingLeptonEta", "leading lepton η", "", eta, leadingEta(false), leadingEta(true));
        add("nJets", "jets (p_T > 30 GeV, |η| < 2.4)", "", mult, jets("nJet", "jetPt", "jetEta", null),
                jets("nGenJet", "genJetPt", "genJetEta", null));
        add("nBJets", "b jets (tagged / with a b hadron)", "", mult, jets("nJet", "jetPt", "jetEta", "jetBtag"),
                jets("nGenJet", "genJetPt", "genJetEta", "genJetHadronFlavour"));
        add("leadingJetPt", "leading jet p_T", "GeV", pt, highest("nJet", "jetPt"),
                highest("nGenJet", "genJetPt"));
        add("puppiMet", "PUPPI p_T^miss vs gen p_T^miss", "GeV", met, column("puppiMet"), column("genMet"));
        add("met", "PF p_T^miss vs gen p_T^miss", "GeV", met, column("met"), column("genMet"));
        add("ptNuNu", "p_T^νν (PUPPI p_T^miss vs prompt neutrinos)", "GeV", met, column("puppiMet"),
                column("genNuNuPt"));
        Binning mll = uniform(10, 200, 95);
        add("mllEE", "m_ℓℓ of opposite-charge ee pairs, before the Z veto", "GeV", mll, pairMass(false),
                genPairMass(11));
        add("mllMuMu", "m_ℓℓ of opposite-charge μμ pairs, before the Z veto", "GeV", mll, pairMass(true),
                genPairMass(13));
        add("nPV", "primary vertices", "", uniform(-0.5, 79.5, 40), intColumn("nPV"), null);
        add("topPt", "top quark p_T (particle level)", "GeV", uniform(0, 500, 25), null, column("genTopPt"));
    }

    private void add(String key, String label, String unit, Binning bins, Quantity reco, Quantity particle) {
        fillers.add(new Filler(key, label, unit, bins, reco, particle));
    }

    private static Binning uniform(double low, double high, int n) {
        double[] edges = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            edges[k] = low + (high - low) * k / n;
        }
        return new Binning(edges, false);
    }

    /** Every column some distribution reads, for streaming. */
    public Set<String> columns() {
        Set<String> out = new LinkedHashSet<>();
        out.add("genWeight");
        for (Filler f : fillers) {
            if (f.recoQuantity != null) {
                out.addAll(f.recoQuantity.columns());
            }
            if (f.particleQuantity != null) {
                out.addAll(f.particleQuantity.columns());
            }
        }
        return out;
    }

    /** Adds a batch; quantities whose columns the batch lacks are skipped. */
    public void fill(EventBatch batch) {
        double[] w = batch.has("genWeight") ? batch.doubles("genWeight") : ones(batch.nEvents());
        for (Filler f : fillers) {
            fillLevel(batch, f.recoQuantity, f.reco, w);
            fillLevel(batch, f.particleQuantity, f.particle, w);
        }
    }

    private static void fillLevel(EventBatch batch, Quantity q, Histogram h, double[] w) {
        if (q == null || !q.columns().stream().allMatch(batch::has)) {
            return;
        }
        double[] v = q.values(batch);
        for (int i = 0; i < v.length; i++) {
            h.fill(v[i], w[i]);
        }
    }

    private static double[] ones(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1);
        return w;
    }

    /** The filled distributions; a level is null when the sample has no columns for it or nothing filled it. */
    public List<Distribution> result() {
        List<Distribution> out = new ArrayList<>();
        for (Filler f : fillers) {
            double[] reco = filled(f.reco);
            double[] particle = filled(f.particle);
            if (reco != null || particle != null) {
                out.add(new Distribution(f.key, f.label, f.unit, f.bins.edges(), reco, particle));
            }
        }
        return out;
    }

    private static double[] filled(Histogram h) {
        if (h == null) {
            return null;
        }
        double[] v = h.sumWeights();
        return java.util.Arrays.stream(v).anyMatch(x -> x != 0) ? v : null;
    }

    private static Quantity column(String name) {
        return new Quantity() {
            public Set<String> columns() {
                return Set.of(name);
            }

            public double[] values(EventBatch b) {
                return b.doubles(name);
            }
        };
    }

    private static Quantity intColumn(String name) {
        return new Quantity() {
            public Set<String> columns() {
                return Set.of(name);
            }

            public double[] values(EventBatch b) {
                return java.util.Arrays.stream(b.ints(name)).asDoubleStream().toArray();
            }
        };
    }

    /**
     * The highest p_T of a collection's objects: the first one as stored, but a shifted-object
     * variation does not re-sort its jets.
     */
    private static Quantity highest(String count, String ptColumn) {
        return new Quantity() {
            public Set<String> columns() {
                return Set.of(count, ptColumn);
            }

            public double[] values(EventBatch b) {
                int[] off = b.offsets(count);
                double[] pt = b.doubles(ptColumn);
                double[] out = new double[b.nEvents()];
                for (int i = 0; i < out.length; i++) {
                    double max = Double.NEGATIVE_INFINITY;
                    for (int k = off[i]; k < off[i + 1]; k++) {
                        max = Math.max(max, pt[k]);
                    }
                    out[i] = off[i + 1] > off[i] ? max : Double.NaN;
                }
                return out;
            }
        };
    }

    /** Number of jets above threshold, optionally b-tagged (discriminant) or with a b hadron (flavour 5). */
    private static Quantity jets(String count, String ptColumn, String etaColumn, String tagColumn) {
        return new Quantity() {
            public Set<String> columns() {
                return tagColumn == null ? Set.of(count, ptColumn, etaColumn) : Set.of(count, ptColumn, etaColumn,
                        tagColumn);
            }

            public double[] values(EventBatch b) {
                int[] off = b.offsets(count);
                double[] pt = b.doubles(ptColumn);
                double[] eta = b.doubles(etaColumn);
                double[] out = new double[b.nEvents()];
                for (int i = 0; i < out.length; i++) {
                    for (int k = off[i]; k < off[i + 1]; k++) {
                        if (pt[k] > JET_PT && Math.abs(eta[k]) < JET_ABS_ETA && tagged(b, tagColumn, k)) {
                            out[i]++;
                        }
                    }
                }
                return out;
            }
        };
    }

    private static boolean tagged(EventBatch b, String tagColumn, int k) {
        if (tagColumn == null) {
            return true;
        }
        return b.spec(tagColumn).type() == org.dineutrino.event.ValueType.INT ? b.ints(tagColumn)[k] == 5
                : b.doubles(tagColumn)[k] > BTAG;
    }

    /**
     * m_ll of the selection's lepton pair (the two leading tight leptons in acceptance, default cuts) where it
     * is an opposite-charge pair of muons ({@code muons}) or of electrons; NaN otherwise.
     */
    private static Quantity pairMass(boolean muons) {
        return new Quantity() {
            public Set<String> columns() {
                return new LinkedHashSet<>(RecoSelection.COLUMNS);
            }

            public double[] values(EventBatch b) {
                RecoSelection.LeptonPairs p = RecoSelection.leptonPairs(b, SelectionCuts.defaults());
                double[] mll = RecoSelection.pairMass(p);
                for (int i = 0; i < mll.length; i++) {
                    boolean wanted = p.pt2()[i] > 0 && p.muon1()[i] == muons && p.muon2()[i] == muons
                            && p.charge1()[i] * p.charge2()[i] < 0;
                    if (!wanted) {
                        mll[i] = Double.NaN;
                    }
                }
                return mll;
            }
        };
    }

    /** m_ll of the two leading dressed leptons where they are an opposite-charge pair of |PDG id| {@code id}. */
    private static Quantity genPairMass(int id) {
        return new Quantity() {
            public Set<String> columns() {
                return Set.of("nGenLepton", "genLeptonPt", "genLeptonEta", "genLeptonPhi", "genLeptonPdgId");
            }

            public double[] values(EventBatch b) {
                int[] off = b.offsets("nGenLepton");
                double[] pt = b.doubles("genLeptonPt");
                double[] eta = b.doubles("genLeptonEta");
                double[] phi = b.doubles("genLeptonPhi");
                int[] pdg = b.ints("genLeptonPdgId");
                double[] out = new double[b.nEvents()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = Double.NaN;
                    int first = -1;
                    int second = -1;
                    for (int k = off[i]; k < off[i + 1]; k++) {
                        if (first < 0 || pt[k] > pt[first]) {
                            second = first;
                            first = k;
                        } else if (second < 0 || pt[k] > pt[second]) {
                            second = k;
                        }
                    }
                    if (second >= 0 && pdg[first] == -pdg[second] && Math.abs(pdg[first]) == id) {
                        out[i] = Kinematics.masslessPairMass(pt[first], eta[first], phi[first], pt[second],
                                eta[second], phi[second]);
                    }
                }
                return out;
            }
        };
    }

    /** p_T of the n-th lepton by p_T: tight muons and electrons (reco) or dressed leptons (particle). */
    private static Quantity leading(int rank, boolean particle) {
        return leptonQuantity(rank, particle, false);
    }

    private static Quantity leadingEta(boolean particle) {
        return leptonQuantity(0, particle, true);
    }

    private static Quantity leptonQuantity(int rank, boolean particle, boolean eta) {
        return new Quantity() {
            public Set<String> columns() {
                return particle ? Set.of("nGenLepton", "genLeptonPt", "genLeptonEta")
                        : Set.of("nMuon", "muonPt", "muonEta", "muonTight", "nElectron", "electronPt", "electronEta",
                        "electronTight");
            }

            public double[] values(EventBatch b) {
                return particle ? rankedLeptons(b, rank, eta, "nGenLepton", "genLeptonPt", "genLeptonEta", null,
                        null, null, null, null) : rankedLeptons(b, rank, eta, "nMuon", "muonPt", "muonEta",
                        "muonTight", "nElectron", "electronPt", "electronEta", "electronTight");
            }
        };
    }

    private static double[] rankedLeptons(EventBatch b, int rank, boolean eta, String n1, String pt1, String eta1,
                                          String tight1, String n2, String pt2, String eta2, String tight2) {
        double[] out = new double[b.nEvents()];
        double[] best = new double[2];
        double[] bestEta = new double[2];
        for (int i = 0; i < out.length; i++) {
            best[0] = best[1] = -1;
            collect(b, i, n1, pt1, eta1, tight1, best, bestEta);
            if (n2 != null) {
                collect(b, i, n2, pt2, eta2, tight2, best, bestEta);
            }
            out[i] = best[rank] < 0 ? Double.NaN : eta ? bestEta[rank] : best[rank];
        }
        return out;
    }

    private static void collect(EventBatch b, int i, String count, String ptColumn, String etaColumn,
                                String tightColumn, double[] best, double[] bestEta) {
        int[] off = b.offsets(count);
        double[] pt = b.doubles(ptColumn);
        double[] eta = b.doubles(etaColumn);
        int[] tight = tightColumn == null ? null : b.ints(tightColumn);
        for (int k = off[i]; k < off[i + 1]; k++) {
            if (tight != null && tight[k] != 1) {
                continue;
            }
            if (pt[k] > best[0]) {
                best[1] = best[0];
                bestEta[1] = bestEta[0];
                best[0] = pt[k];
                bestEta[0] = eta[k];
            } else if (pt[k] > best[1]) {
                best[1] = pt[k];
                bestEta[1] = eta[k];
            }
        }
    }
}
