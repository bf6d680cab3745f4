package dev.infradesigner.lab;

import dev.infradesigner.export.ExportedFile;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import java.util.List;
import java.util.Optional;

/**
 * One server of the design as the lab runs it: a network namespace holding the server's own address on
 * {@code eth0}, what the server hosts, and the exported files that belong to it.
 *
 * @param server         the design's server
 * @param hostname       its host name, which also names its namespace
 * @param address        its IPv4 address
 * @param namespace      the network namespace it runs in
 * @param index          its number in the lab (its cables' ends on the bridges are {@code v<index>...})
 * @param hosted         what it hosts, in the design's order
 * @param installs       the full files to install at their install paths
 * @param firewallScript the exported host firewall, present only when the design puts a firewall on or
 *                       in front of this server (a design without one runs without one, as drawn)
 * @param sql            the SQL files to run on the databases it hosts
 */
public record LabHost(Component server, String hostname, String address, String namespace, int index,
        List<Component> hosted, List<ExportedFile> installs, Optional<ExportedFile> firewallScript,
        List<ExportedFile> sql) {

    public LabHost {
        hosted = List.copyOf(hosted);
        installs = List.copyOf(installs);
        sql = List.copyOf(sql);
    }

    /** What this server hosts of {@code kind}. */
    public List<Component> hostedOf(ComponentKind kind) {
        return hosted.stream().filter(c -> c.kind() == kind).toList();
    }

    /** Whether it hosts anything of {@code kind}. */
    public boolean hosts(ComponentKind kind) {
        return hosted.stream().anyMatch(c -> c.kind() == kind);
    }

    /** The installed file at {@code path}, if the export wrote one. */
    public Optional<ExportedFile> installed(String path) {
        return installs.stream().filter(f -> path.equals(f.installPath())).findFirst();
    }
}
