package dev.infradesigner.export;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.ServerSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * A runnable {@code ufw} script per server that lets in exactly the design's traffic ({@link FirewallOpenings})
 * and can be run on a live server at any time ({@link UfwScript}). Labels never reach the script: rule
 * comments are built from safe names only.
 */
public final class UfwExporter implements Exporter {

    @Override
    public String id() {
        return "ufw";
    }

    @Override
    public String displayName() {
        return "Host firewall (ufw)";
    }

    @Override
    public List<ExportedFile> export(Design design, ExportMode mode) {
        FirewallOpenings openings = FirewallOpenings.of(design);
        List<ExportedFile> files = new ArrayList<>();
        for (Component server : design.componentsOf(ComponentKind.SERVER)) {
            String header = ConfigText.header("#", design, server);
            String text = mode == ExportMode.FULL ? UfwScript.full(header, openings.of(server.id()))
                    : UfwScript.snippet(header, openings.of(server.id()));
            files.add(new ExportedFile(server.settings(ServerSettings.class).hostname() + "/ufw.sh", text,
                    List.of(server.id())));
        }
        return files;
    }
}
