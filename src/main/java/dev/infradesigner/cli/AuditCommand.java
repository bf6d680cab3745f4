package dev.infradesigner.cli;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.availability.DesignAvailability;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.analysis.rules.Auditor;
import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.io.DesignLoadException;
import dev.infradesigner.io.LoadProblem;
import dev.infradesigner.model.Design;
import dev.infradesigner.export.pdf.FindingsPdf;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Audits designs like a linter: findings on stdout (or a file), an exit code a CI job can act on. */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Audits designs for single points of failure, missing HTTPS, firewalls, replicas, "
                + "monitoring and load-balancing problems.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing at or above --fail-on", "1:a finding at or above --fail-on",
            "2:a file is not a valid design, or the command line is wrong"})
public final class AuditCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format { text, json, sarif, pdf }

    /** The thresholds of --fail-on. */
    enum FailOn { error, warning, info, never }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "the .infra files to audit")
    private List<Path> files;

    @Option(names = "--no-availability", description = "leave out the availability (in nines, for reads and "
            + "for writes, with what drives the downtime; docs/availability.md), which a very large design takes "
            + "a few seconds to work out")
    private boolean noAvailability;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json, sarif or pdf (pdf needs --output)")
    private Format format = Format.text;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "exit 1 when a finding is this severe or worse: error (default), warning, info, never")
    private FailOn failOn = FailOn.error;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report to FILE, not stdout")
    private Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (format == Format.pdf && output == null) {
            err.println("--format pdf writes a file: give it with --output FILE");
            err.flush();
            return ExitCodes.INVALID;
        }
        List<AuditedFile> audited = new ArrayList<>();
        boolean invalid = false;
        Auditor auditor = new Auditor();
        for (Path file : files) {
            try {
                Design design = DesignFiles.load(file);
                audited.add(new AuditedFile(file, design, auditor.audit(design),
                        noAvailability ? null
                        : DesignAvailability.ofAtMost(design, DesignAvailability.REPORTED_PARTS).orElse(null),
                        !noAvailability));
            } catch (DesignLoadException e) {
                invalid = true;
                for (LoadProblem problem : e.problems()) {
                    err.printf("%s: %s%n", file, problem);
                }
            }
        }
        err.flush();
        if (invalid) {
            return ExitCodes.INVALID;
        }
        if (format == Format.pdf) {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
                FindingsPdf.write(audited.stream().map(a -> new FindingsPdf.Audit(a.design(), a.findings())).toList(),
                        ZonedDateTime.now(), out);
            }
            return exitCode(audited);
        }
        boolean colour = output == null && format == Format.text && Ansi.AUTO.enabled();
        String report = switch (format) {
            case text -> new TextReport(colour).render(audited);
            case json -> new JsonReport().render(audited);
            case sarif -> new SarifReport().render(audited);
            case pdf -> throw new IllegalStateException("written above");
        };
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(report);
            out.flush();
        } else {
            Files.writeString(output, report, StandardCharsets.UTF_8);
        }
        return exitCode(audited);
    }

    private int exitCode(List<AuditedFile> audited) {
        boolean failing = failOn != FailOn.never && audited.stream().flatMap(a -> a.findings().stream())
                .filter(f -> !f.suppressed())
                .anyMatch(f -> f.severity().atLeast(Severity.valueOf(failOn.name().toUpperCase())));
        return failing ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /**
     * One file's audit, with its availability when asked for ({@code --no-availability} was not given) and
     * the design is within what the reports work out today ({@link DesignAvailability#REPORTED_PARTS}).
     */
    record AuditedFile(Path file, Design design, List<Finding> findings, DesignAvailability availability,
            boolean availabilityAsked) {
    }
}
