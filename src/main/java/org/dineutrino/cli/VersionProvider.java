package org.dineutrino.cli;

import org.dineutrino.run.AppVersion;
import org.dineutrino.simulate.Simulation;
import picocli.CommandLine.IVersionProvider;

/** Prints the application and simulation versions. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"dineutrino " + AppVersion.get() + ", simulation " + Simulation.VERSION};
    }
}
