package dev.infradesigner.lab;

import dev.infradesigner.export.ExportMode;
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

    public static List<ExportedFile> of(Design design) {
        List<ExportedFile> files = new ArrayList<>();
        for (Exporter exporter : Exporters.all()) {
            files.addAll(exporter.export(design, ExportMode.FULL));
        }
        return files;
    }
}
