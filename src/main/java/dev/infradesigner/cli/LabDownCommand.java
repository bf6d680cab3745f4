package dev.infradesigner.cli;

import dev.infradesigner.lab.Lab;
import dev.infradesigner.lab.LabException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Removes a lab left running with {@code --keep}, or whatever a killed run left behind. */
@Command(name = "down", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Stops a lab left running with --keep (or left by a killed run) and removes its namespaces.")
public final class LabDownCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try {
            spec.commandLine().getOut().println(Lab.down());
            return ExitCodes.OK;
        } catch (LabException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.INVALID;
        }
    }
}
