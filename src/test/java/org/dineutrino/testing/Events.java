package org.dineutrino.testing;

import java.util.ArrayList;
import java.util.List;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.event.Columns;
import org.dineutrino.event.EventBatch;
import org.dineutrino.event.ValueType;
import org.dineutrino.event.WDecay;

/**
 * Builds events by hand for tests: each event is described object by object and the
 * builder lays them out as the columnar model does. Every column of
 * {@link Columns#SIMULATED} is present; what a test does not set is zero or empty.
 */
public final class Events {

    private final List<Event> events = new ArrayList<>();

    /** One event under construction. */
    public static final class Event {
        double weight = 1;
        double puppiMet;
        double puppiMetPhi;
        double met;
        double metPhi;
        double nuNuPt;
        double nuNuPhi;
        int decay1 = WDecay.MUON.code();
        int decay2 = WDecay.MUON.code();
        final List<double[]> muons = new ArrayList<>();
        final List<double[]> electrons = new ArrayList<>();
        final List<double[]> jets = new ArrayList<>();
        final List<double[]> genLeptons = new ArrayList<>();
        final List<double[]> genJets = new ArrayList<>();

        public Event weight(double w) {
            weight = w;
            return this;
        }

        /** Sets PF and PUPPI p_T^miss alike. */
        public Event met(double pt, double phi) {
            puppiMet = pt;
            puppiMetPhi = phi;
            met = pt;
            metPhi = phi;
            return this;
        }

        public Event nuNu(double pt, double phi) {
            nuNuPt = pt;
            nuNuPhi = phi;
            return this;
        }

        public Event decays(WDecay first, WDecay second) {
            decay1 = first.code();
            decay2 = second.code();
            return this;
        }

        /** A tight muon. */
        public Event muon(double pt, double eta, double phi, int charge) {
            muons.add(new double[] {pt, eta, phi, charge, 1});
            return this;
        }

        /** A tight electron. */
        public Event electron(double pt, double eta, double phi, int charge) {
            electrons.add(new double[] {pt, eta, phi, charge, 1});
            return this;
        }

        public Event jet(double pt, double eta, double phi, double btag) {
            jets.add(new double[] {pt, eta, phi, btag});
            return this;
        }

        /** A prompt dressed lepton; pdgId 11/13 signed as PDG (negative = positive charge). */
        public Event genLepton(double pt, double eta, double phi, int pdgId) {
            genLeptons.add(new double[] {pt, eta, phi, pdgId, 0});
            return this;
        }

        public Event genJet(double pt, double eta, double phi, int hadronFlavour) {
            genJets.add(new double[] {pt, eta, phi, hadronFlavour});
            return this;
        }
    }

    public Event add() {
        Event e = new Event();
        events.add(e);
        return e;
    }

    public int size() {
        return events.size();
    }

    public EventBatch build() {
        int n = events.size();
        EventBatch.Builder b = EventBatch.builder(n);
        perEvent(b, Columns.GEN_WEIGHT, e -> e.weight);
        perEvent(b, Columns.PUPPI_MET, e -> e.puppiMet);
        perEvent(b, Columns.PUPPI_MET_PHI, e -> e.puppiMetPhi);
        perEvent(b, Columns.MET, e -> e.met);
        perEvent(b, Columns.MET_PHI, e -> e.metPhi);
        perEvent(b, Columns.GEN_NUNU_PT, e -> e.nuNuPt);
        perEvent(b, Columns.GEN_NUNU_PHI, e -> e.nuNuPhi);
        perEventInt(b, Columns.GEN_DECAY_1, e -> e.decay1);
        perEventInt(b, Columns.GEN_DECAY_2, e -> e.decay2);
        collection(b, Columns.N_MUON, e -> e.muons, Columns.MUON_PT, Columns.MUON_ETA, Columns.MUON_PHI,
                Columns.MUON_CHARGE, Columns.MUON_TIGHT);
        collection(b, Columns.N_ELECTRON, e -> e.electrons, Columns.ELECTRON_PT, Columns.ELECTRON_ETA,
                Columns.ELECTRON_PHI, Columns.ELECTRON_CHARGE, Columns.ELECTRON_TIGHT);
        collection(b, Columns.N_JET, e -> e.jets, Columns.JET_PT, Columns.JET_ETA, Columns.JET_PHI, Columns.JET_BTAG);
        collection(b, Columns.N_GEN_LEPTON, e -> e.genLeptons, Columns.GEN_LEPTON_PT, Columns.GEN_LEPTON_ETA,
                Columns.GEN_LEPTON_PHI, Columns.GEN_LEPTON_PDG_ID, Columns.GEN_LEPTON_FROM_TAU);
        collection(b, Columns.N_GEN_JET, e -> e.genJets, Columns.GEN_JET_PT, Columns.GEN_JET_ETA,
                Columns.GEN_JET_PHI, Columns.GEN_JET_HADRON_FLAVOUR);
        fillRemaining(b);
        return b.build();
    }

    private final java.util.Set<String> done = new java.util.HashSet<>();

    private void perEvent(EventBatch.Builder b, ColumnSpec spec, java.util.function.ToDoubleFunction<Event> f) {
        b.put(spec, events.stream().mapToDouble(f).toArray());
        done.add(spec.name());
    }

    private void perEventInt(EventBatch.Builder b, ColumnSpec spec, java.util.function.ToIntFunction<Event> f) {
        b.put(spec, events.stream().mapToInt(f).toArray());
        done.add(spec.name());
    }

    private void collection(EventBatch.Builder b, ColumnSpec count,
                            java.util.function.Function<Event, List<double[]>> objects, ColumnSpec... fields) {
        b.put(count, events.stream().mapToInt(e -> objects.apply(e).size()).toArray());
        done.add(count.name());
        for (int f = 0; f < fields.length; f++) {
            int field = f;
            ColumnSpec spec = fields[f];
            double[] values = events.stream().flatMap(e -> objects.apply(e).stream()).mapToDouble(o -> o[field])
                    .toArray();
            if (spec.type() == ValueType.DOUBLE) {
                b.put(spec, values);
            } else {
                int[] ints = new int[values.length];
                for (int k = 0; k < ints.length; k++) {
                    ints[k] = (int) values[k];
                }
                b.put(spec, ints);
            }
            done.add(spec.name());
        }
    }

    /**
     * Zeros for every column the test did not describe (per-object ones follow their collection), and
     * 1 for the weight variations and the jet-resolution factors: an undescribed variation leaves the
     * event weight and the jets as they are.
     */
    private void fillRemaining(EventBatch.Builder b) {
        int n = events.size();
        java.util.Map<String, Integer> totals = new java.util.HashMap<>();
        totals.put("nMuon", events.stream().mapToInt(e -> e.muons.size()).sum());
        totals.put("nElectron", events.stream().mapToInt(e -> e.electrons.size()).sum());
        totals.put("nJet", events.stream().mapToInt(e -> e.jets.size()).sum());
        totals.put("nGenLepton", events.stream().mapToInt(e -> e.genLeptons.size()).sum());
        totals.put("nGenJet", events.stream().mapToInt(e -> e.genJets.size()).sum());
        for (ColumnSpec spec : Columns.SIMULATED) {
            if (done.contains(spec.name())) {
                continue;
            }
            int length = spec.isJagged() ? totals.get(spec.countColumn()) : n;
            boolean factor = spec == Columns.JET_JER_UP || spec == Columns.JET_JER_DOWN;
            if (Columns.WEIGHT_VARIATIONS.contains(spec) || factor) {
                double[] ones = new double[length];
                java.util.Arrays.fill(ones, 1.0);
                b.put(spec, ones);
            } else if (spec.type() == ValueType.DOUBLE) {
                b.put(spec, new double[length]);
            } else {
                b.put(spec, new int[length]);
            }
        }
    }
}
