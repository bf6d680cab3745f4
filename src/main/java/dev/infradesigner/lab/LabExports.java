package dev.infradesigner.lab;

import dev.infradesigner.export.ExportMode;
import dev.infradesigner.export.ExportRefusedException;
import dev.infradesigner.export.ExportedFile;
import dev.infradesigner.export.Exporter;
import dev.infradesigner.export.Exporters;
import dev.infradesigner.model.Design;
import java.util.ArrayList;
import java.util.List;

/** The full files every exporter writes for a design: exactly what {@code export} writes, which the lab runs. */
public final class LabExports {

    private LabExports() {
    }

    /** @throws LabException when an exporter refuses the design: the lab runs nothing it could not export */
    public static List<ExportedFile> of(Design design) {
        List<ExportedFile> files = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (Exporter exporter : Exporters.all()) {
            try {
                files.addAll(exporter.export(design, ExportMode.FULL));
            } catch (ExportRefusedException e) {
                refusals.add(exporter.displayName() + ": " + e.getMessage());
            }
        }
        if (!refusals.isEmpty()) {
            throw new LabException("The export refuses \"" + design.name() + "\", so the lab cannot run it:\n  - "
                    + String.join("\n  - ", refusals));
        }
        return files;
    }
}
