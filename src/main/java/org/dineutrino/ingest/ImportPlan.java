package org.dineutrino.ingest;

import static org.dineutrino.ingest.NanoAodQuantity.ELECTRON_DELTA_ETA_SC;
import static org.dineutrino.ingest.NanoAodQuantity.ELECTRON_ID;
import static org.dineutrino.ingest.NanoAodQuantity.GEN_PART_ETA;
import static org.dineutrino.ingest.NanoAodQuantity.GEN_PART_MASS;
import static org.dineutrino.ingest.NanoAodQuantity.GEN_PART_MOTHER;
import static org.dineutrino.ingest.NanoAodQuantity.GEN_PART_PDG_ID;
import static org.dineutrino.ingest.NanoAodQuantity.GEN_PART_PHI;
import static org.dineutrino.ingest.NanoAodQuantity.GEN_PART_PT;
import static org.dineutrino.ingest.NanoAodQuantity.MUON_ID;
import static org.dineutrino.ingest.NanoAodQuantity.MUON_ISOLATION;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.event.Columns;
import org.dineutrino.event.ValueType;

/**
 * A {@link NanoAodMapping} checked against one tree: which quantities the file has, which
 * event-model columns they make, which are absent and why, and which branches to read.
 *
 * <p>A mapped branch the file lacks makes its columns absent. A mapped branch the file has
 * but whose shape or type does not fit the quantity (an array where one value per event is
 * needed, floating point where integers are, an unreadable branch type) refuses the import:
 * reading it would give wrong numbers.
 */
final class ImportPlan {

    /** Columns that need generator particles; made together by {@link GenParticleTruth}. */
    static final List<ColumnSpec> GEN_PARTICLE_COLUMNS = List.of(
            Columns.GEN_NUNU_PT, Columns.GEN_NUNU_PHI,
            Columns.GEN_CHICHI_PT, Columns.GEN_CHICHI_PHI,
            Columns.GEN_DECAY_1, Columns.GEN_DECAY_2,
            Columns.GEN_TOP_PT, Columns.GEN_TOP_ETA, Columns.GEN_TOP_PHI, Columns.GEN_TOP_MASS,
            Columns.GEN_ANTITOP_PT, Columns.GEN_ANTITOP_ETA, Columns.GEN_ANTITOP_PHI,
            Columns.GEN_ANTITOP_MASS);
    static final List<NanoAodQuantity> GEN_PARTICLE_INPUTS = List.of(
            GEN_PART_PT, GEN_PART_ETA, GEN_PART_PHI, GEN_PART_MASS, GEN_PART_PDG_ID,
            GEN_PART_MOTHER);

    private final Path file;
    private final BranchCatalog tree;
    private final NanoAodMapping mapping;
    private final Map<NanoAodQuantity, String> present = new EnumMap<>(NanoAodQuantity.class);
    private final Map<NanoAodLayout.Collection, String> counters = new LinkedHashMap<>();
    private final List<ColumnSpec> columns = new ArrayList<>();
    private final Map<String, String> absent = new LinkedHashMap<>();
    private final Set<String> branches = new LinkedHashSet<>();
    private boolean muonTight;
    private boolean electronTight;
    private boolean genParticles;

    private ImportPlan(Path file, BranchCatalog tree, NanoAodMapping mapping) {
        this.file = file;
        this.tree = tree;
        this.mapping = mapping;
    }

    /**
     * Checks a mapping against a tree.
     *
     * @throws InputDataException if a mapped branch is present but unfit, or the tree has none of
     *                            the reconstructed collections
     */
    static ImportPlan resolve(Path file, BranchCatalog tree, NanoAodMapping mapping) {
        ImportPlan plan = new ImportPlan(file, tree, mapping);
        for (NanoAodLayout.Direct direct : NanoAodLayout.PER_EVENT) {
            plan.perEvent(direct);
        }
        for (NanoAodLayout.Collection collection : NanoAodLayout.COLLECTIONS) {
            plan.collection(collection);
        }
        plan.muonTight = plan.derived(Columns.MUON_TIGHT, NanoAodLayout.MUONS,
                List.of(MUON_ID, MUON_ISOLATION));
        plan.electronTight = plan.derived(Columns.ELECTRON_TIGHT, NanoAodLayout.ELECTRONS,
                List.of(ELECTRON_ID));
        plan.derived(null, NanoAodLayout.ELECTRONS, List.of(ELECTRON_DELTA_ETA_SC));
        plan.genParticles = plan.resolveGenParticles();
        plan.requireRecoCollection();
        return plan;
    }

    /** The branch read for a quantity, or null when it is absent. */
    String branch(NanoAodQuantity quantity) {
        return present.get(quantity);
    }

    boolean has(NanoAodQuantity quantity) {
        return present.containsKey(quantity);
    }

    /** The counter branch of a collection, or null when the collection is absent. */
    String counter(NanoAodLayout.Collection collection) {
        return counters.get(collection);
    }

    boolean muonTight() {
        return muonTight;
    }

    boolean electronTight() {
        return electronTight;
    }

    boolean genParticles() {
        return genParticles;
    }

    /** The event-model columns the import makes, in the order it adds them. */
    List<ColumnSpec> columns() {
        return List.copyOf(columns);
    }

    /** Each column not made, with the reason. */
    Map<String, String> absent() {
        return absent;
    }

    /** The branches to read. */
    List<String> branches() {
        return List.copyOf(branches);
    }

    private void perEvent(NanoAodLayout.Direct direct) {
        String branch = find(direct.quantity(), direct.column());
        if (branch == null) {
            return;
        }
        BranchInfo info = tree.branch(branch);
        if (info.isJagged() || info.valuesPerCount() != 1) {
            throw unfit(direct.quantity(), branch, "holds " + describe(info) + ", but "
                    + direct.column().name() + " takes one value per event");
        }
        checkType(direct.quantity(), branch, info, direct.column());
        use(direct.quantity(), branch);
        columns.add(direct.column());
    }

    private void collection(NanoAodLayout.Collection collection) {
        List<NanoAodLayout.Direct> found = new ArrayList<>();
        for (NanoAodLayout.Direct member : collection.members()) {
            if (find(member.quantity(), member.column()) != null) {
                found.add(member);
            }
        }
        if (found.isEmpty()) {
            absent.put(collection.count().name(), "the file has none of the mapped "
                    + collection.label() + " branches (" + mappedNames(collection) + ")");
            return;
        }
        String counter = null;
        for (NanoAodLayout.Direct member : found) {
            String branch = mapping.branch(member.quantity());
            counter = checkMember(collection, member.quantity(), counter);
            checkType(member.quantity(), branch, tree.branch(branch), member.column());
        }
        counters.put(collection, counter);
        branches.add(counter);
        columns.add(collection.count());
        for (NanoAodLayout.Direct member : found) {
            use(member.quantity(), mapping.branch(member.quantity()));
            columns.add(member.column());
        }
    }

    /** Checks a per-object branch against its collection's counter; returns the counter. */
    private String checkMember(NanoAodLayout.Collection collection, NanoAodQuantity quantity,
                               String counter) {
        String branch = mapping.branch(quantity);
        BranchInfo info = tree.branch(branch);
        if (!info.isJagged() || info.valuesPerCount() != 1) {
            throw unfit(quantity, branch, "holds " + describe(info) + ", but a "
                    + collection.label() + " quantity needs one value per object and a counter"
                    + " branch (as Muon_pt[nMuon])");
        }
        if (counter != null && !counter.equals(info.counterBranch())) {
            throw unfit(quantity, branch, "is counted by '" + info.counterBranch()
                    + "' but the other " + collection.label() + " branches by '" + counter
                    + "'; a collection needs one counter");
        }
        return info.counterBranch();
    }

    /**
     * A column made from some per-object inputs of a collection (all mapped ones must be present,
     * at least one mapped): tight muons and electrons, the electron supercluster eta shift.
     */
    private boolean derived(ColumnSpec column, NanoAodLayout.Collection collection,
                            List<NanoAodQuantity> inputs) {
        String counter = counters.get(collection);
        List<String> missing = new ArrayList<>();
        int mapped = 0;
        for (NanoAodQuantity input : inputs) {
            mapped += mapping.isMapped(input) ? 1 : 0;
            if (mapping.isMapped(input) && !tree.has(mapping.branch(input))) {
                missing.add(mapping.branch(input));
            }
        }
        if (counter == null || mapped == 0 || !missing.isEmpty()) {
            if (column != null) {
                absent.put(column.name(), counter == null ? "the file has no " + collection.label()
                        : mapped == 0 ? "no branch is mapped to " + inputs
                        : "the file lacks " + missing);
            }
            return false;
        }
        for (NanoAodQuantity input : inputs) {
            if (mapping.isMapped(input)) {
                checkMember(collection, input, counter);
                use(input, mapping.branch(input));
            }
        }
        if (column != null) {
            columns.add(column);
        }
        return true;
    }

    private boolean resolveGenParticles() {
        List<String> missing = new ArrayList<>();
        for (NanoAodQuantity input : GEN_PARTICLE_INPUTS) {
            if (!mapping.isMapped(input) || !tree.has(mapping.branch(input))) {
                missing.add(mapping.isMapped(input) ? mapping.branch(input)
                        : input + " (not mapped)");
            }
        }
        if (!missing.isEmpty()) {
            for (ColumnSpec column : GEN_PARTICLE_COLUMNS) {
                absent.put(column.name(), "needs the generator particles; the file lacks "
                        + missing);
            }
            return false;
        }
        String counter = null;
        for (NanoAodQuantity input : GEN_PARTICLE_INPUTS) {
            counter = checkMember(NanoAodLayout.GEN_PARTICLES, input, counter);
            use(input, mapping.branch(input));
        }
        checkInteger(GEN_PART_PDG_ID);
        checkInteger(GEN_PART_MOTHER);
        branches.add(counter);
        counters.put(NanoAodLayout.GEN_PARTICLES, counter);
        columns.addAll(GEN_PARTICLE_COLUMNS);
        return true;
    }

    private void requireRecoCollection() {
        boolean any = has(NanoAodQuantity.MET_PT) || has(NanoAodQuantity.PUPPI_MET_PT)
                || counters.containsKey(NanoAodLayout.MUONS)
                || counters.containsKey(NanoAodLayout.ELECTRONS)
                || counters.containsKey(NanoAodLayout.JETS);
        if (!any) {
            List<String> lookedFor = new ArrayList<>();
            for (NanoAodQuantity q : List.of(NanoAodQuantity.MUON_PT, NanoAodQuantity.ELECTRON_PT,
                    NanoAodQuantity.JET_PT, NanoAodQuantity.MET_PT, NanoAodQuantity.PUPPI_MET_PT)) {
                lookedFor.add(mapping.isMapped(q) ? mapping.branch(q) : q + " (not mapped)");
            }
            throw new InputDataException(file, "tree '" + tree.name() + "'", "has none of the"
                    + " mapped collections: no muon, electron, jet or p_T^miss branch (looked for "
                    + String.join(", ", lookedFor) + "); map this file's branches in the import's"
                    + " mapping");
        }
    }

    /** The branch of a mapped quantity the tree has (readable); else null, and the column absent. */
    private String find(NanoAodQuantity quantity, ColumnSpec column) {
        if (!mapping.isMapped(quantity)) {
            absent.put(column.name(), "not mapped to a branch");
            return null;
        }
        String branch = mapping.branch(quantity);
        if (!tree.has(branch)) {
            absent.put(column.name(), "the file has no branch '" + branch + "'");
            return null;
        }
        BranchInfo info = tree.branch(branch);
        if (!info.isReadable()) {
            throw unfit(quantity, branch, info.problem());
        }
        return branch;
    }

    private void use(NanoAodQuantity quantity, String branch) {
        BranchInfo info = tree.branch(branch);
        if (!info.isReadable()) {
            throw unfit(quantity, branch, info.problem());
        }
        present.put(quantity, branch);
        branches.add(branch);
    }

    private void checkType(NanoAodQuantity quantity, String branch, BranchInfo info,
                           ColumnSpec column) {
        if (column.type() == ValueType.INT && !info.type().isInteger()) {
            throw unfit(quantity, branch, "holds " + info.type().rootName() + " values, but "
                    + column.name() + " needs integers");
        }
    }

    private void checkInteger(NanoAodQuantity quantity) {
        BranchInfo info = tree.branch(mapping.branch(quantity));
        if (!info.type().isInteger()) {
            throw unfit(quantity, info.name(), "holds " + info.type().rootName() + " values, but "
                    + quantity + " needs integers");
        }
    }

    private String mappedNames(NanoAodLayout.Collection collection) {
        List<String> names = new ArrayList<>();
        for (NanoAodLayout.Direct member : collection.members()) {
            if (mapping.isMapped(member.quantity())) {
                names.add(mapping.branch(member.quantity()));
            }
        }
        return String.join(", ", names);
    }

    private static String describe(BranchInfo info) {
        String shape = info.isJagged()
                ? "a variable-size array counted by '" + info.counterBranch() + "'"
                : info.valuesPerCount() != 1
                ? "an array of " + info.valuesPerCount() + " values per entry"
                : "one value per entry";
        return shape + " (" + info.title() + ")";
    }

    private InputDataException unfit(NanoAodQuantity quantity, String branch, String problem) {
        return new InputDataException(file, "branch '" + branch + "' (mapped to " + quantity + ")",
                problem);
    }
}
