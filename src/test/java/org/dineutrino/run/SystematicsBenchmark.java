package org.dineutrino.run;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.dineutrino.store.Database;

/**
 * Run time of the default run with and without systematics, and the relative size of each group's
 * uncertainty in the p_T^nunu bins (never part of the test suite):
 * {@code java -cp ... org.dineutrino.run.SystematicsBenchmark [SCALE] [DB DIRECTORY]}.
 */
public final class SystematicsBenchmark {

    private SystematicsBenchmark() {
    }

    public static void main(String[] args) {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 0.25;
        String dir = args.length > 1 ? args[1] : "target/systematics-benchmark";
        try (Database db = Database.open(java.nio.file.Path.of(dir))) {
            for (DefaultSetup.DefaultSample s : DefaultSetup.samples(scale)) {
                if (s.readByDefaultRun() && db.samples().find(s.name()).isEmpty()) {
                    Instant t0 = Instant.now();
                    SimulatedSamples.create(db.samples(), s.name(), s.process(), s.events(), s.seed(), s.role(),
                            f -> { });
                    System.out.printf(Locale.ROOT, "simulated %s (%d events) in %d s%n", s.name(), s.events(),
                            Duration.between(t0, Instant.now()).toSeconds());
                }
            }
            String json = DefaultSetup.defaultRunJson();
            String none = json.replace("\"method\"", "\"systematics\": \"none\", \"method\"");
            // twice each, alternating: the first run also pays for class loading and JIT compilation
            time(db, none, "none");
            time(db, json, "all");
            time(db, none, "none");
            RunResult all = time(db, json, "all");
            RunResult.ObservableResult pt = all.observables().get(0);
            System.out.println("relative uncertainty [%] per ptNuNu bin " + pt.binLabels());
            row("statistical", pt.sigmaStatPb(), pt.sigmaPb());
            row("response MC stat.", pt.sigmaMcStatPb(), pt.sigmaPb());
            pt.systematics().groups().forEach(g -> row(g.group(), g.sigmaPb(), pt.sigmaPb()));
            row("total systematic", pt.systematics().sigmaSystPb(), pt.sigmaPb());
            row("total", pt.systematics().sigmaTotalPb(), pt.sigmaPb());
            System.out.printf(Locale.ROOT, "chi2/ndf stat %.2f/%d, total %.2f/%d%n", pt.chi2(), pt.ndf(),
                    pt.systematics().chi2Total(), pt.ndf());
            pt.systematics().sources().forEach(s -> row("  " + s.source(), sqrt(s.variancePb2()), pt.sigmaPb()));
        }
    }

    private static RunResult time(Database db, String json, String label) {
        Instant t0 = Instant.now();
        RunResult r = new Pipeline(db).execute(RunConfigJson.parse(json), Pipeline.Listener.SILENT);
        System.out.printf(Locale.ROOT, "run with systematics %s: %.1f s%n", label,
                Duration.between(t0, Instant.now()).toMillis() / 1000.0);
        return r;
    }

    private static double[] sqrt(double[] v) {
        return java.util.Arrays.stream(v).map(Math::sqrt).toArray();
    }

    private static void row(String name, double[] sigma, double[] reference) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-32s", name));
        for (int k = 0; k < sigma.length; k++) {
            b.append(String.format(Locale.ROOT, " %6.2f", 100 * sigma[k] / reference[k]));
        }
        System.out.println(b);
    }
}
