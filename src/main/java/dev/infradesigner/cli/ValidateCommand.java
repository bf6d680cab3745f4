package dev.infradesigner.cli;

import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.io.DesignLoadException;
import dev.infradesigner.io.LoadProblem;
import dev.infradesigner.model.Design;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks design files the way the app loads them, for scripts and CI: exit 0 when all are valid, 2 otherwise. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Checks that design files load: prints 'FILE: ok (N components, M links)' or each error.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is a valid design", "2:a file is not valid, or the command line is wrong"})
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "the .infra files to check")
    private List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean allValid = true;
        for (Path file : files) {
            try {
                Design design = DesignFiles.load(file);
                int components = design.components().size();
                int links = design.links().size();
                out.printf("%s: ok (%d %s, %d %s)%n", file, components, components == 1 ? "component" : "components",
                        links, links == 1 ? "link" : "links");
            } catch (DesignLoadException e) {
                allValid = false;
                for (LoadProblem problem : e.problems()) {
                    err.printf("%s: %s%n", file, problem);
                }
            }
            out.flush();
            err.flush();
        }
        return allValid ? 0 : ExitCodes.INVALID;
    }
}
