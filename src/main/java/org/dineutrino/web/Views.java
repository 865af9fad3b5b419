package org.dineutrino.web;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dineutrino.event.ColumnSpec;
import org.dineutrino.run.DefaultSetup;
import org.dineutrino.run.RunResult;
import org.dineutrino.sample.SampleInfo;
import org.dineutrino.store.JobInfo;
import org.dineutrino.store.RunInfo;
import org.dineutrino.systematics.Variation;
import org.dineutrino.systematics.VariationKind;
import org.dineutrino.systematics.VariedBatch;

/** View models: every number formatted with its unit, so that templates never compute. */
final class Views {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Views() {
    }

    record SampleRow(long id, String name, String process, String role, String source, String events,
                     String generated, String crossSection, String lumiWeight, String seed, String checksum,
                     String created, String generator, String description) {
    }

    record ColumnRow(String name, String type, String collection, String unit, String description) {
    }

    record RunRow(long id, String name, String state, String stateClass, double fraction, String progress,
                  String step, String created, long jobId, boolean hasResult, boolean active) {
    }

    static SampleRow sample(SampleInfo s) {
        double weight = s.lumiScale(DefaultSetup.DEFAULT_LUMI_INV_FB);
        return new SampleRow(s.id(), s.name(), s.meta().process().label(), s.meta().role().key(), s.meta().source(),
                String.format(Locale.ROOT, "%,d", s.nEvents()),
                String.format(Locale.ROOT, "%,d", s.meta().nGenerated()),
                num(s.meta().crossSectionPb(), 5) + " pb", num(weight, 4) + " per unit generator weight at "
                        + DefaultSetup.DEFAULT_LUMI_INV_FB + " fb⁻¹",
                s.meta().seed() == null ? "—" : String.valueOf(s.meta().seed()),
                s.checksum().length() > 12 ? s.checksum().substring(0, 12) + "…" : s.checksum(), time(s.createdAt()),
                s.meta().generatorVersion(), s.meta().description() == null ? "" : s.meta().description());
    }

    static List<ColumnRow> columns(SampleInfo s) {
        List<ColumnRow> out = new ArrayList<>();
        for (ColumnSpec c : s.columns()) {
            out.add(new ColumnRow(c.name(), c.type().name().toLowerCase(Locale.ROOT),
                    c.isJagged() ? c.countColumn() : "per event", c.unit(), c.description()));
        }
        return out;
    }

    record VariationRow(String key, String source, String kind, String group) {
    }

    /**
     * The per-event variations a sample carries: the weight and object-shift entries of the
     * catalogue whose columns it has (simulated samples; imported ones usually have none), without the
     * weights that are exactly 1 for every event (sources that do not apply to the process).
     */
    static List<VariationRow> variations(SampleInfo s, String statisticsJson) {
        java.util.Set<String> identicallyOne = new java.util.HashSet<>();
        readTree(statisticsJson).path("quantities").forEach(q -> {
            if (q.path("n").asLong() > 0 && q.path("sum").asDouble() == q.path("n").asLong()
                    && q.path("column").asText().startsWith("w")) {
                identicallyOne.add(q.path("column").asText());
            }
        });
        List<VariationRow> out = new ArrayList<>();
        for (Variation v : Variation.values()) {
            boolean perEvent = v.kind() == VariationKind.WEIGHT || v.kind() == VariationKind.OBJECT_SHIFT;
            boolean applies = v.kind() != VariationKind.WEIGHT || !identicallyOne.contains(v.weightColumn());
            if (perEvent && applies && VariedBatch.requiredColumns(v).stream().allMatch(s::hasColumn)) {
                out.add(new VariationRow(v.key(), v.source(),
                        v.kind() == VariationKind.WEIGHT ? "weight " + v.weightColumn() : "shifted objects",
                        v.group().label()));
            }
        }
        return out;
    }

    static RunRow run(RunInfo r) {
        JobInfo j = r.job();
        String state = j == null ? "—" : j.state().name().toLowerCase(Locale.ROOT);
        return new RunRow(r.id(), r.name(), state, "state-" + state, j == null ? 0 : j.progress(),
                j == null ? "" : Math.round(100 * j.progress()) + " %", j == null || j.currentStep() == null ? ""
                : j.currentStep(), time(r.createdAt()), j == null ? 0 : j.id(), r.hasResult(),
                j != null && !j.state().isFinal());
    }

    record JobView(long id, String kind, String title, String state, String step, String error, String produced,
                   String producedLink) {
    }

    static JobView job(JobInfo j) {
        String produced = j.produced() == null ? "" : j.produced();
        String link = produced.startsWith("sample ") ? "/samples/" + produced.substring(7)
                : produced.startsWith("run ") ? "/runs/" + produced.substring(4)
                : produced.startsWith("model ") ? "/models/" + produced.substring(6) : "";
        return new JobView(j.id(), j.kind().name().toLowerCase(Locale.ROOT), j.title(),
                j.state().name().toLowerCase(Locale.ROOT), j.currentStep() == null ? "" : j.currentStep(),
                j.error() == null ? "" : j.error(), produced, link);
    }

    record StatisticsRow(String column, String collection, String n, String sum, String mean, String unit) {
    }

    record StatisticsView(String events, List<StatisticsRow> collections, List<StatisticsRow> quantities) {
    }

    /** The per-quantity statistics of a sample (JSON of ingest.SampleStatistics), formatted. */
    static StatisticsView statistics(String json) {
        var tree = readTree(json);
        List<StatisticsRow> collections = new ArrayList<>();
        tree.path("collections").forEach(c -> collections.add(new StatisticsRow(c.path("countColumn").asText(), "",
                String.format(Locale.ROOT, "%,d", c.path("nObjects").asLong()), "", "", "")));
        List<StatisticsRow> quantities = new ArrayList<>();
        tree.path("quantities").forEach(q -> quantities.add(new StatisticsRow(q.path("column").asText(),
                q.path("countColumn").isNull() ? "per event" : q.path("countColumn").asText(),
                String.format(Locale.ROOT, "%,d", q.path("n").asLong()), num(q.path("sum").asDouble(), 8),
                num(q.path("mean").asDouble(), 6), q.path("unit").asText())));
        return new StatisticsView(String.format(Locale.ROOT, "%,d", tree.path("nEvents").asLong()), collections,
                quantities);
    }

    record ImportView(boolean present, String file, String bTag, List<String> absent, List<String> notes) {
    }

    /** What an import reported (JSON of ingest.ImportSummary), or an empty view for simulated samples. */
    static ImportView importSummary(String json) {
        if (json == null) {
            return new ImportView(false, "", "", List.of(), List.of());
        }
        var tree = readTree(json);
        List<String> absent = new ArrayList<>();
        tree.path("absent").fields().forEachRemaining(e -> absent.add(e.getKey() + ": " + e.getValue().asText()));
        List<String> notes = new ArrayList<>();
        tree.path("notes").forEach(n -> notes.add(n.asText()));
        return new ImportView(true, tree.path("file").asText(), tree.path("bTag").asText()
                + (tree.path("bTagBranch").isNull() ? " (absent)" : " from " + tree.path("bTagBranch").asText()),
                absent, notes);
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored sample view is not JSON", e);
        }
    }

    /** One bin of an unfolded observable, formatted. */
    record BinRow(String range, String dSigma, String dSigmaStat, String relStat, String dSigmaMcStat,
                  String truth, String pull, String purity, String stability, String efficiency, String relSyst,
                  String relTotal) {
    }

    /**
     * @param systematics null for a run without systematic uncertainties
     */
    record ObservableView(String key, String label, String unit, String densityUnit, List<BinRow> bins,
                          String fiducial, String truthFiducial, String chi2, String method, String note,
                          String toys, List<ToyRow> toyRows, SystematicsView systematics) {
    }

    /**
     * The systematic uncertainties of one observable, formatted.
     *
     * @param chi2Total chi^2/ndf against the truth with the total covariance
     * @param groups    per plot group its relative uncertainty per bin
     * @param sources   per source its relative shifts per bin, "up / down"
     * @param leftOut   the variations that could not be unfolded, with the reason
     */
    record SystematicsView(String chi2Total, List<String> binLabels, List<UncertaintyRow> groups,
                           List<UncertaintyRow> sources, List<String> leftOut) {
    }

    /** One row of the breakdown tables: the name, its group, and one cell per bin. */
    record UncertaintyRow(String name, String group, List<String> cells) {
    }

    private static SystematicsView systematics(RunResult.ObservableResult o) {
        RunResult.Systematics s = o.systematics();
        if (s == null) {
            return null;
        }
        List<UncertaintyRow> groups = new ArrayList<>();
        for (RunResult.GroupUncertainty g : s.groups()) {
            List<String> cells = new ArrayList<>();
            for (double r : g.relative()) {
                cells.add(num(100 * r, 2) + " %");
            }
            groups.add(new UncertaintyRow(g.group(), g.group(), cells));
        }
        List<UncertaintyRow> sources = new ArrayList<>();
        for (RunResult.SourceShift src : s.sources()) {
            List<String> cells = new ArrayList<>();
            for (int b = 0; b < o.sigmaPb().length; b++) {
                cells.add(relShift(src.upPb(), o.sigmaPb(), b) + " / " + relShift(src.downPb(), o.sigmaPb(), b));
            }
            sources.add(new UncertaintyRow(src.source() + " (" + src.role() + ")", src.group(), cells));
        }
        return new SystematicsView(num(s.chi2Total(), 3) + " / " + o.ndf() + " (p = " + num(s.pValueTotal(), 3)
                + ")", o.binLabels(), groups, sources, s.leftOut() == null ? List.of() : s.leftOut());
    }

    /** A shift relative to the cross section, signed, in %; "–" where the source has no such side. */
    private static String relShift(double[] shift, double[] sigma, int b) {
        if (shift == null) {
            return "–";
        }
        double rel = sigma[b] != 0 ? 100 * shift[b] / Math.abs(sigma[b]) : 0;
        return String.format(Locale.ROOT, "%+.2f %%", rel);
    }

    private static String relative(double[] uncertainty, double[] sigma, int b) {
        if (uncertainty == null) {
            return "–";
        }
        return num(sigma[b] != 0 ? 100 * uncertainty[b] / Math.abs(sigma[b]) : 0, 3) + " %";
    }

    record ToyRow(String range, String pullMean, String pullWidth, String coverage, String bias) {
    }

    private static List<ToyRow> toyRows(RunResult.ObservableResult o) {
        List<ToyRow> out = new ArrayList<>();
        if (o.toys() == null) {
            return out;
        }
        for (int b = 0; b < o.toys().pullMean().length; b++) {
            out.add(new ToyRow(o.binLabels().get(b), num(o.toys().pullMean()[b], 3), num(o.toys().pullWidth()[b], 3),
                    pct(o.toys().coverage()[b]), sci(o.toys().biasPb()[b])));
        }
        return out;
    }

    static ObservableView observable(RunResult.ObservableResult o) {
        List<BinRow> rows = new ArrayList<>();
        int n = o.sigmaPb().length;
        for (int b = 0; b < n; b++) {
            String range = o.binLabels().get(b);
            double rel = o.dSigma()[b] != 0 ? 100 * o.dSigmaStat()[b] / Math.abs(o.dSigma()[b]) : 0;
            rows.add(new BinRow(range, sci(o.dSigma()[b]), sci(o.dSigmaStat()[b]), num(rel, 3) + " %",
                    sci(o.dSigmaMcStat()[b]), sci(o.truthDSigma()[b]) + " ± " + sci(o.truthDSigmaStat()[b]),
                    num(o.pulls()[b], 3),
                    pct(o.purity()[b]), pct(o.stability()[b]), pct(o.efficiency()[b]),
                    relative(o.systematics() == null ? null : o.systematics().sigmaSystPb(), o.sigmaPb(), b),
                    relative(o.systematics() == null ? null : o.systematics().sigmaTotalPb(), o.sigmaPb(), b)));
        }
        String densityUnit = o.unit().isEmpty() ? "pb" : "pb/" + o.unit();
        String note = o.overflow() ? "The p_T^νν overflow bin is divided by the width of the bin before it." : "";
        if (o.edgesY() != null) {
            note += " 2D bins are flattened with p_T^νν running fastest; dσ is per unit area (GeV·rad).";
        }
        return new ObservableView(o.key(), o.label(), o.unit(), densityUnit, rows,
                num(o.fiducialSigmaPb(), 4) + " ± " + num(o.fiducialSigmaStatPb(), 2) + " (data stat.) ± "
                        + num(o.fiducialSigmaMcStatPb(), 2) + " (response MC stat.) pb",
                num(o.truthFiducialSigmaPb(), 4) + " pb",
                num(o.chi2(), 3) + " / " + o.ndf() + " (p = " + num(o.pValue(), 3) + ")", method(o), note,
                o.toys() == null ? "" : o.toys().nToys() + " toys (" + o.toys().nFailed() + " failed)", toyRows(o),
                systematics(o));
    }

    private static String method(RunResult.ObservableResult o) {
        String extra = o.tau() > 0 ? ", τ = " + num(o.tau(), 3) + ", ρ_avg = " + num(o.rhoAvg(), 3)
                : o.iterations() > 0 ? ", " + o.iterations() + " iterations" : "";
        return o.method() + extra;
    }

    record CutflowRow(String step, List<String> cells) {
    }

    record CutflowView(String sample, String process, String role, List<String> channels, List<CutflowRow> rows) {
    }

    static CutflowView cutflow(RunResult.SampleCutflow c) {
        List<CutflowRow> rows = new ArrayList<>();
        for (int r = 0; r < c.steps().size(); r++) {
            List<String> cells = new ArrayList<>();
            for (int k = 0; k < c.channels().size(); k++) {
                boolean noChannelYet = r == 0 && k < c.channels().size() - 1;
                cells.add(noChannelYet ? "" : num(c.yields()[r][k], 5) + " ± " + num(c.yieldErrors()[r][k], 2)
                        + " (" + String.format(Locale.ROOT, "%,d", c.counts()[r][k]) + ")");
            }
            rows.add(new CutflowRow(c.steps().get(r), cells));
        }
        return new CutflowView(c.sample(), c.process(), c.role(), c.channels(), rows);
    }

    /** One part of the selected events: yield ± MC stat. (share of the total) per channel. */
    static CutflowRow composition(RunResult.CompositionRow r) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < r.yields().length; c++) {
            cells.add(num(r.yields()[c], 5) + " ± " + num(r.errors()[c], 2) + " ("
                    + String.format(Locale.ROOT, "%.1f %%", 100 * r.fractions()[c]) + ")");
        }
        return new CutflowRow(r.part(), cells);
    }

    /** A number with {@code digits} significant digits, without exponent for ordinary sizes. */
    static String num(double v, int digits) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return String.valueOf(v);
        }
        if (v == 0) {
            return "0";
        }
        double abs = Math.abs(v);
        if (abs >= 1e7 || abs < 1e-4) {
            return String.format(Locale.ROOT, "%." + (digits - 1) + "e", v);
        }
        int decimals = Math.max(0, digits - 1 - (int) Math.floor(Math.log10(abs)));
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    static String sci(double v) {
        return String.format(Locale.ROOT, "%.3e", v);
    }

    static String pct(double v) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * v);
    }

    static String time(OffsetDateTime t) {
        return t == null ? "" : t.format(TIME);
    }
}
