package dev.infradesigner.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless face of Infra Designer: {@code infra-designer validate|audit|export ...}. The same jar opens
 * the desktop app when given no subcommand; {@link #isCommand} tells the two apart.
 */
@Command(name = "infra-designer", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Draw, audit and export web infrastructure designs. With no command, opens the app.",
        subcommands = {ValidateCommand.class, AuditCommand.class, ExportCommand.class, LabCommand.class,
            CommandLine.HelpCommand.class})
public final class InfraDesignerCli implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "print the stack trace when a command fails")
    private boolean debug;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with its exit codes: 2 for usage errors, like an invalid file. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new InfraDesignerCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> ExitCodes.INVALID);
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println(CliErrors.describe(e));
            CommandLine.Model.OptionSpec debug = command.getCommandSpec().findOption("--debug");
            if (debug != null && Boolean.TRUE.equals(debug.getValue())) {
                e.printStackTrace(command.getErr());
            }
            command.getErr().flush();
            return ExitCodes.INVALID;
        });
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine command = e.getCommandLine();
            command.getErr().println(e.getMessage());
            command.getErr().println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more.");
            return ExitCodes.INVALID;
        });
        return cli;
    }

    /** Runs the CLI and returns its exit code. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        return commandLine(out, err).execute(args);
    }

    /** Whether {@code args} ask for the CLI rather than the app (a subcommand or an option such as --help). */
    public static boolean isCommand(String... args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        return first.startsWith("-") || new CommandLine(new InfraDesignerCli()).getSubcommands().containsKey(first);
    }
}
