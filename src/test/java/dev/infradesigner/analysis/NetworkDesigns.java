package dev.infradesigner.analysis;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import java.util.List;
import java.util.Set;

/**
 * Sample 05, sample 04 on a network, for tests: two uplinks from two providers into two routers, each router
 * cabled to two switches, every server to both switches; any device (and its cables) can be left out.
 */
public final class NetworkDesigns {

    private NetworkDesigns() {
    }

    private static final List<String> DEVICES = List.of("uplink-a", "uplink-b", "router-a", "router-b",
            "switch-a", "switch-b");

    /** Sample 05 (sample 04 on a redundant network); {@code without} lists devices (and their cables) left out. */
    public static Design sample5(String... without) {
        Design sample;
        try {
            sample = dev.infradesigner.io.DesignFiles.load(java.nio.file.Path.of("samples", "05-redundant-network.infra"));
        } catch (dev.infradesigner.io.DesignLoadException e) {
            throw new AssertionError(e);
        }
        Set<String> gone = Set.of(without);
        for (String id : gone) {
            if (sample.component(id).filter(c -> c.kind().networkDevice()).isEmpty()) {
                throw new AssertionError("sample 05 has no device " + id);
            }
        }
        List<Component> components = sample.components().stream().filter(c -> !gone.contains(c.id())).toList();
        List<Link> links = sample.links().stream().filter(l -> !gone.contains(l.from()) && !gone.contains(l.to()))
                .toList();
        return new Design(sample.name(), components, links, sample.suppressions());
    }
}
