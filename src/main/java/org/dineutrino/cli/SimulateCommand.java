package org.dineutrino.cli;

import java.util.concurrent.Callable;
import org.dineutrino.run.SimulatedSamples;
import org.dineutrino.sample.SampleInfo;
import org.dineutrino.sample.SampleRole;
import org.dineutrino.simulate.SimProcess;
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

    @Option(names = "--process", required = true, description = "ttbar, tw, dy_m50, dy_m10_50, ...")
    String process;

    @Option(names = "--events", required = true, description = "events to keep (after the generation preselection)")
    long events;

    @Option(names = "--seed", required = true, description = "random seed")
    long seed;

    @Option(names = "--name", description = "sample name (default: PROCESS-seedSEED)")
    String name;

    @Option(names = "--role", defaultValue = "template",
            description = "template, pseudo-data, training or other (default: ${DEFAULT-VALUE})")
    String role;

    @Override
    public Integer call() {
        SimProcess p = SimProcess.parse(process);
        String sampleName = name != null ? name : p.key() + "-seed" + seed;
        try (Database db = Database.open(data.dir)) {
            ProgressLine progress = new ProgressLine("simulate " + sampleName);
            SampleInfo info = SimulatedSamples.create(db.samples(), sampleName, p, events, seed,
                    SampleRole.parse(role), progress::update);
            progress.done(info.nEvents() + " events kept of " + info.meta().nGenerated() + " generated");
            System.out.println("stored sample " + info.id() + " '" + info.name() + "'");
        }
        return 0;
    }
}
