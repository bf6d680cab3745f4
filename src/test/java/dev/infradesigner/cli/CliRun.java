package dev.infradesigner.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and keeps what it printed, for the command tests. */
final class CliRun {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return InfraDesignerCli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    }
}
