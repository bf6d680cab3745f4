package dev.infradesigner.lab;

import dev.infradesigner.export.ExportMode;
import dev.infradesigner.export.ExportRun;
import dev.infradesigner.export.ExportedFile;
import dev.infradesigner.export.Exporters;
import dev.infradesigner.model.Design;
import java.util.List;

/** The full files every exporter writes for a design: exactly what {@code export} writes, which the lab runs. */
public final class LabExports {

    private LabExports() {
    }

    /** @throws LabException when an exporter refuses the design: the lab runs nothing it could not export */
    public static List<ExportedFile> of(Design design) {
        ExportRun.Result run = ExportRun.of(design, Exporters.all(), ExportMode.FULL);
        List<String> refusals = run.refusals().stream().map(ExportRun.Refusal::text).toList();
        List<ExportedFile> files = run.files();
        if (!refusals.isEmpty()) {
            throw new LabException("The export refuses \"" + design.name() + "\", so the lab cannot run it:\n  - "
                    + String.join("\n  - ", refusals));
        }
        return files;
    }
}
