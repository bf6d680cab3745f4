package dev.infradesigner.cli;

import dev.infradesigner.export.ExportMode;
import dev.infradesigner.export.ExportRun;
import dev.infradesigner.export.ExportWriter;
import dev.infradesigner.export.ExportedFile;
import dev.infradesigner.export.Exporter;
import dev.infradesigner.export.Exporters;
import dev.infradesigner.model.Design;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Writes the configuration a design implies, one folder per server, refusing to overwrite by accident. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        description = "Exports configuration for the design's daemons into a folder per server.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the files were written", "2:the design is invalid, an exporter refuses it (the message "
            + "says what to change), a file exists (use --force), or the command line is wrong"})
public final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .infra design to export")
    private Path file;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder to write into")
    private Path out;

    @Option(names = "--only", split = ",", paramLabel = "EXPORTER",
            description = "only these exporters (comma-separated): ${COMPLETION-CANDIDATES}")
    private List<String> only;

    @Option(names = "--snippets", description = "write the fragments to paste into existing files, not full files")
    private boolean snippets;

    @Option(names = "--force", description = "overwrite files that already exist")
    private boolean force;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        List<Exporter> exporters = new ArrayList<>();
        for (String id : only == null ? Exporters.all().stream().map(Exporter::id).toList() : only) {
            Exporter exporter = Exporters.byId(id.trim()).orElse(null);
            if (exporter == null) {
                err.println("unknown exporter '" + id + "' (known: " + Exporters.all().stream().map(Exporter::id)
                        .collect(Collectors.joining(", ")) + ")");
                return ExitCodes.INVALID;
            }
            exporters.add(exporter);
        }
        Optional<Design> loaded = DesignArgument.load(file, err);
        if (loaded.isEmpty()) {
            return ExitCodes.INVALID;
        }
        Design design = loaded.get();
        ExportMode mode = snippets ? ExportMode.SNIPPET : ExportMode.FULL;
        ExportRun.Result run = ExportRun.of(design, exporters, mode);
        if (run.refused()) {
            // Every reason at once, so one run shows all there is to change; nothing is written.
            run.refusals().forEach(refusal -> err.printf("%s: %s%n", file, refusal.message()));
            err.flush();
            return ExitCodes.INVALID;
        }
        List<ExportedFile> files = run.files();
        if (!force) {
            List<Path> existing = files.stream().map(f -> out.resolve(f.path())).filter(Files::exists).toList();
            if (!existing.isEmpty()) {
                existing.forEach(p -> err.println(p + ": already exists"));
                err.println("nothing was written; use --force to overwrite");
                return ExitCodes.INVALID;
            }
        }
        // All or nothing: a failure part-way leaves the folder as it was.
        ExportWriter.write(out, files);
        files.forEach(f -> stdout.println("wrote " + out.resolve(f.path())));
        if (files.isEmpty()) {
            stdout.println("nothing to export: the design has no component these exporters configure");
        }
        stdout.flush();
        return ExitCodes.OK;
    }
}
