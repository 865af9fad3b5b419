package org.dineutrino.ingest;

import static org.dineutrino.ingest.NanoAodQuantity.ELECTRON_CHARGE;
import static org.dineutrino.ingest.NanoAodQuantity.ELECTRON_ETA;
import static org.dineutrino.ingest.NanoAodQuantity.ELECTRON_PHI;
import static org.dineutrino.ingest.NanoAodQuantity.ELECTRON_PT;
import static org.dineutrino.ingest.NanoAodQuantity.GEN_JET_ETA;
import static org.dineutrino.ingest.NanoAodQuantity.GEN_JET_HADRON_FLAVOUR;
import static org.dineutrino.ingest.NanoAodQuantity.GEN_JET_PHI;
import static org.dineutrino.ingest.NanoAodQuantity.GEN_JET_PT;
import static org.dineutrino.ingest.NanoAodQuantity.GEN_LEPTON_ETA;
import static org.dineutrino.ingest.NanoAodQuantity.GEN_LEPTON_FROM_TAU;
import static org.dineutrino.ingest.NanoAodQuantity.GEN_LEPTON_PDG_ID;
import static org.dineutrino.ingest.NanoAodQuantity.GEN_LEPTON_PHI;
import static org.dineutrino.ingest.NanoAodQuantity.GEN_LEPTON_PT;
import static org.dineutrino.ingest.NanoAodQuantity.GEN_MET_PHI;
import static org.dineutrino.ingest.NanoAodQuantity.GEN_MET_PT;
import static org.dineutrino.ingest.NanoAodQuantity.GEN_WEIGHT;
import static org.dineutrino.ingest.NanoAodQuantity.JET_BTAG;
import static org.dineutrino.ingest.NanoAodQuantity.JET_ETA;
import static org.dineutrino.ingest.NanoAodQuantity.JET_HADRON_FLAVOUR;
import static org.dineutrino.ingest.NanoAodQuantity.JET_MASS;
import static org.dineutrino.ingest.NanoAodQuantity.JET_PHI;
import static org.dineutrino.ingest.NanoAodQuantity.JET_PT;
import static org.dineutrino.ingest.NanoAodQuantity.MET_PHI;
import static org.dineutrino.ingest.NanoAodQuantity.MET_PT;
import static org.dineutrino.ingest.NanoAodQuantity.MUON_CHARGE;
import static org.dineutrino.ingest.NanoAodQuantity.MUON_ETA;
import static org.dineutrino.ingest.NanoAodQuantity.MUON_PHI;
import static org.dineutrino.ingest.NanoAodQuantity.MUON_PT;
import static org.dineutrino.ingest.NanoAodQuantity.N_PV;
import static org.dineutrino.ingest.NanoAodQuantity.PILEUP_N_PU;
import static org.dineutrino.ingest.NanoAodQuantity.PILEUP_N_TRUE_INT;
import static org.dineutrino.ingest.NanoAodQuantity.PUPPI_MET_PHI;
import static org.dineutrino.ingest.NanoAodQuantity.PUPPI_MET_PT;

import java.util.List;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.event.Columns;

/**
 * Which NanoAOD quantity feeds which event-model column, one to one; the derived columns
 * (tight leptons, electron supercluster eta, everything from the generator particles) are
 * made by {@link NanoAodImporter} and {@link GenParticleTruth}.
 */
final class NanoAodLayout {

    private NanoAodLayout() {
    }

    /** A column copied from one branch (as double or int, as the column is). */
    record Direct(NanoAodQuantity quantity, ColumnSpec column) {
    }

    /**
     * A collection: its count column, filled from the counter branch of its members.
     *
     * @param label   the collection's name in messages ({@code "muon"})
     * @param count   the event-model count column, or null for a collection that makes no columns itself
     * @param members the per-object columns copied from branches
     */
    record Collection(String label, ColumnSpec count, List<Direct> members) {
    }

    static final List<Direct> PER_EVENT = List.of(
            new Direct(GEN_WEIGHT, Columns.GEN_WEIGHT),
            new Direct(N_PV, Columns.N_PV),
            new Direct(PILEUP_N_PU, Columns.N_PU),
            new Direct(PILEUP_N_TRUE_INT, NanoAodImporter.N_TRUE_INT),
            new Direct(MET_PT, Columns.MET),
            new Direct(MET_PHI, Columns.MET_PHI),
            new Direct(PUPPI_MET_PT, Columns.PUPPI_MET),
            new Direct(PUPPI_MET_PHI, Columns.PUPPI_MET_PHI),
            new Direct(GEN_MET_PT, Columns.GEN_MET),
            new Direct(GEN_MET_PHI, Columns.GEN_MET_PHI));

    static final Collection MUONS = new Collection("muon", Columns.N_MUON, List.of(
            new Direct(MUON_PT, Columns.MUON_PT),
            new Direct(MUON_ETA, Columns.MUON_ETA),
            new Direct(MUON_PHI, Columns.MUON_PHI),
            new Direct(MUON_CHARGE, Columns.MUON_CHARGE)));

    static final Collection ELECTRONS = new Collection("electron", Columns.N_ELECTRON, List.of(
            new Direct(ELECTRON_PT, Columns.ELECTRON_PT),
            new Direct(ELECTRON_ETA, Columns.ELECTRON_ETA),
            new Direct(ELECTRON_PHI, Columns.ELECTRON_PHI),
            new Direct(ELECTRON_CHARGE, Columns.ELECTRON_CHARGE)));

    static final Collection JETS = new Collection("jet", Columns.N_JET, List.of(
            new Direct(JET_PT, Columns.JET_PT),
            new Direct(JET_ETA, Columns.JET_ETA),
            new Direct(JET_PHI, Columns.JET_PHI),
            new Direct(JET_MASS, Columns.JET_MASS),
            new Direct(JET_BTAG, Columns.JET_BTAG),
            new Direct(JET_HADRON_FLAVOUR, Columns.JET_HADRON_FLAVOUR)));

    static final Collection GEN_LEPTONS = new Collection("dressed lepton", Columns.N_GEN_LEPTON, List.of(
            new Direct(GEN_LEPTON_PT, Columns.GEN_LEPTON_PT),
            new Direct(GEN_LEPTON_ETA, Columns.GEN_LEPTON_ETA),
            new Direct(GEN_LEPTON_PHI, Columns.GEN_LEPTON_PHI),
            new Direct(GEN_LEPTON_PDG_ID, Columns.GEN_LEPTON_PDG_ID),
            new Direct(GEN_LEPTON_FROM_TAU, Columns.GEN_LEPTON_FROM_TAU)));

    static final Collection GEN_JETS = new Collection("particle-level jet", Columns.N_GEN_JET, List.of(
            new Direct(GEN_JET_PT, Columns.GEN_JET_PT),
            new Direct(GEN_JET_ETA, Columns.GEN_JET_ETA),
            new Direct(GEN_JET_PHI, Columns.GEN_JET_PHI),
            new Direct(GEN_JET_HADRON_FLAVOUR, Columns.GEN_JET_HADRON_FLAVOUR)));

    /** The generator particles: read for {@link GenParticleTruth}, not copied. */
    static final Collection GEN_PARTICLES = new Collection("generator particle", null, List.of());

    static final List<Collection> COLLECTIONS = List.of(MUONS, ELECTRONS, JETS, GEN_LEPTONS, GEN_JETS);
}
