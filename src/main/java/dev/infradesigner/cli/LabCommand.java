package dev.infradesigner.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.infradesigner.lab.LabException;
import dev.infradesigner.lab.LabExports;
import dev.infradesigner.lab.LabHost;
import dev.infradesigner.lab.LabPlan;
import dev.infradesigner.lab.LabPlanner;
import dev.infradesigner.lab.drill.Drill;
import dev.infradesigner.lab.drill.LabReport;
import dev.infradesigner.lab.drill.LabReportJson;
import dev.infradesigner.lab.drill.LabReportText;
import dev.infradesigner.lab.drill.LabRun;
import dev.infradesigner.model.Design;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Boots a design as real hosts on this machine (Linux, root) with its exported files unmodified, checks
 * its flows, firewalls, replication and monitoring, and with {@code --drill} fails each failure domain in
 * turn under load to see whether reality agrees with the audit.
 */
@Command(name = "lab", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = {"Boots the design as real hosts in network namespaces on this machine (Linux, as root), "
            + "runs its exported configuration unmodified, checks it, and tears it all down.",
            "Nothing leaves this machine: every address lives in a namespace the lab made."},
        subcommands = LabDownCommand.class,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the design ran and every check (and drill) agreed with the audit",
            "1:a check failed, or a drill contradicted the audit",
            "2:the design is invalid, the lab cannot run it here, or the command line is wrong"})
public final class LabCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "the .infra design to run")
    private Path file;

    @Option(names = "--drill", description = "fail each server in turn (killed, then frozen) under load")
    private boolean drill;

    @Option(names = "--keep", description = "leave the lab running afterwards ('infra-designer lab down' removes it)")
    private boolean keep;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
    private String format = "text";

    @Option(names = "--details", description = "list every flow, port and account tried")
    private boolean details;

    @Option(names = "--rate", paramLabel = "N", description = "the drills' requests per second (default 20)")
    private double rate = 20;

    @Option(names = "--only", split = ",", paramLabel = "NAME", description = "drill only these servers (host names) "
            + "and network devices (labels)")
    private List<String> only = List.of();

    @Option(names = "--requests", paramLabel = "FILE", description = "write every request the users sent to FILE, "
            + "one JSON line each (start and end in epoch ms, method, status or error, the server that answered)")
    private Path requests;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (file == null) {
            err.println("Missing the design to run: infra-designer lab FILE (or: infra-designer lab down)");
            return ExitCodes.INVALID;
        }
        Optional<Design> loaded = DesignArgument.load(file, err);
        if (loaded.isEmpty()) {
            return ExitCodes.INVALID;
        }
        Design design = loaded.get();
        if (!format.equals("text") && !format.equals("json")) {
            err.println("--format must be text or json");
            return ExitCodes.INVALID;
        }
        try {
            LabPlan plan = LabPlanner.plan(design, LabExports.of(design));
            List<String> names = new java.util.ArrayList<>(plan.hosts().stream().map(LabHost::hostname).toList());
            plan.wiring().bridges().stream().filter(b -> b.deviceId() != null).forEach(b -> names.add(b.label()));
            List<String> unknown = only.stream().filter(h -> !names.contains(h)).toList();
            if (!unknown.isEmpty()) {
                err.println(file + ": no server or network device of the design is called " + String.join(", ", unknown)
                        + " (there are: " + String.join(", ", names) + ")");
                return ExitCodes.INVALID;
            }
            Drill.Settings defaults = Drill.Settings.DEFAULT;
            LabRun.Options options = new LabRun.Options(drill, keep, new Drill.Settings(rate, defaults.writes(),
                    defaults.holdMs(), defaults.reactionMs(), defaults.settleMs(), defaults.deviceHoldMs(),
                    defaults.deviceReactionMs()), only, requests);
            PrintWriter progress = format.equals("json") ? err : out;
            LabReport report = LabRun.run(plan, options, step -> {
                progress.println("  " + step);
                progress.flush();
            });
            if (format.equals("json")) {
                out.println(LabReportJson.of(report));
                out.flush();
            } else {
                LabReportText.print(report, details, out);
            }
            return report.passed() ? ExitCodes.OK : ExitCodes.FINDINGS;
        } catch (LabException e) {
            err.println(file + ": " + e.getMessage());
            return ExitCodes.INVALID;
        } catch (JsonProcessingException e) {
            err.println(file + ": cannot write the report: " + e.getMessage());
            return ExitCodes.INVALID;
        }
    }
}
