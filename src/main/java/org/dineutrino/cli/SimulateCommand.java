package org.dineutrino.cli;

import java.util.concurrent.Callable;
import org.dineutrino.run.SimulatedSamples;
import org.dineutrino.sample.SampleInfo;
import org.dineutrino.sample.SampleRole;
import org.dineutrino.simulate.SimProcess;
import org.dineutrino.simulate.StopPoint;
import org.dineutrino.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Simulates a sample with the built-in simulation and stores it. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulate a sample with the built-in simulation and store it.")
final class SimulateCommand implements Callable<Integer> {

    @Mixin
    DataDirOption data = new DataDirOption();

    @Option(names = "--process", required = true,
            description = "ttbar, tw, dy_m50, dy_m10_50, ww, wz, zz, t2tt; alternatives: tw_ds, ttbar_mt171p5,"
            + " ttbar_mt173p5, ttbar_hdamp_up, ttbar_hdamp_down, ttbar_ue_up, ttbar_ue_down, "
            + "ttbar_cr1, ttbar_cr2")
    String process;

    @Option(names = "--events", required = true, description = "events to keep (after the generation preselection)")
    long events;

    @Option(names = "--seed", required = true, description = "random seed")
    long seed;

    @Option(names = "--name",
            description = "sample name (default: PROCESS-seedSEED; t2tt: t2tt-STOP-NEUTRALINO-seedSEED)")
    String name;

    @Option(names = "--role", defaultValue = "template",
            description = "template, pseudo-data, training, alternative or other (default: ${DEFAULT-VALUE})")
    String role;

    @Option(names = "--stop-mass", description = "t2tt only: m(stop) in GeV, 400-700 (default: 525)")
    Double stopMass;

    @Option(names = "--neutralino-mass", description = "t2tt only: m(neutralino) in GeV (default: 350)")
    Double neutralinoMass;

    @Override
    public Integer call() {
        SimProcess p = SimProcess.parse(process);
        StopPoint point = stopPoint(p);
        String masses = p == SimProcess.T2TT ? "-" + Math.round(point.stopMass()) + "-"
                + Math.round(point.neutralinoMass()) : "";
        String sampleName = name != null ? name : p.key() + masses + "-seed" + seed;
        try (Database db = Database.open(data.dir)) {
            ProgressLine progress = new ProgressLine("simulate " + sampleName);
            SampleInfo info = p == SimProcess.T2TT
                    ? SimulatedSamples.createStopPair(db.samples(), sampleName, point, events, seed,
                            SampleRole.parse(role), progress::update)
                    : SimulatedSamples.create(db.samples(), sampleName, p, events, seed,
                            SampleRole.parse(role), progress::update);
            progress.done(info.nEvents() + " events kept of " + info.meta().nGenerated() + " generated");
            System.out.println("stored sample " + info.id() + " '" + info.name() + "'");
        }
        return 0;
    }

    /** The T2tt mass point of the options; refuses the options for any other process. */
    StopPoint stopPoint(SimProcess p) {
        if (p != SimProcess.T2TT) {
            if (stopMass != null || neutralinoMass != null) {
                throw new IllegalArgumentException("--stop-mass and --neutralino-mass apply to --process t2tt only,"
                        + " got --process " + p.key());
            }
            return StopPoint.DEFAULT;
        }
        return new StopPoint(stopMass != null ? stopMass : StopPoint.DEFAULT.stopMass(),
                neutralinoMass != null ? neutralinoMass : StopPoint.DEFAULT.neutralinoMass());
    }
}
