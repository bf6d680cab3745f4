package dev.infradesigner.lab;

import dev.infradesigner.export.ProcessRunner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The lab's network: a bridge in a namespace of its own, and a namespace per host joined to it by a veth
 * pair whose host end is {@code eth0} (the name the exported keepalived file uses). Both ends are created
 * straight in their namespaces, so the machine's own namespace never holds a lab interface or address.
 * Every host holds its address as a /32 with a default route on {@code eth0}: any design's addressing
 * plan works on the one segment, and nothing is routed off this machine.
 */
final class Network {

    private static final Duration QUICK = Duration.ofSeconds(10);

    private Network() {
    }

    /** Makes the bridge's namespace and the bridge. */
    static void createBridge() {
        ip("netns", "add", Topology.BRIDGE_NAMESPACE);
        ip("-n", Topology.BRIDGE_NAMESPACE, "link", "set", "lo", "up");
        ip("-n", Topology.BRIDGE_NAMESPACE, "link", "add", Topology.BRIDGE, "type", "bridge");
        ip("-n", Topology.BRIDGE_NAMESPACE, "link", "set", Topology.BRIDGE, "up");
    }

    /** Makes a host's namespace with {@code address} on {@code eth0}, joined to the bridge at {@code port}. */
    static void addHost(String namespace, String port, String address) {
        ip("netns", "add", namespace);
        ip("-n", namespace, "link", "set", "lo", "up");
        ip("link", "add", port, "netns", Topology.BRIDGE_NAMESPACE, "type", "veth", "peer", "name", "eth0",
                "netns", namespace);
        ip("-n", Topology.BRIDGE_NAMESPACE, "link", "set", port, "master", Topology.BRIDGE, "up");
        ip("-n", namespace, "addr", "add", address + "/32", "dev", "eth0");
        ip("-n", namespace, "link", "set", "eth0", "up");
        ip("-n", namespace, "route", "add", "default", "dev", "eth0");
    }

    /** Cuts (or restores) a host's cable: its port on the bridge goes down (or up). */
    static void setLink(String port, boolean up) {
        ip("-n", Topology.BRIDGE_NAMESPACE, "link", "set", port, up ? "up" : "down");
    }

    /** Gives a host back only its own address, as after a reboot (a floating IP it held is gone). */
    static void resetAddress(String namespace, String address) {
        ip("-n", namespace, "addr", "flush", "dev", "eth0");
        ip("-n", namespace, "addr", "add", address + "/32", "dev", "eth0");
        ip("-n", namespace, "route", "replace", "default", "dev", "eth0");
    }

    /** The processes running in {@code namespace}. */
    static List<Long> pids(String namespace) {
        ProcessRunner.Result r = Exec.run(QUICK, List.of("ip", "netns", "pids", namespace));
        List<Long> pids = new ArrayList<>();
        if (r.ok()) {
            for (String line : r.output().split("\\s+")) {
                if (!line.isBlank()) {
                    pids.add(Long.parseLong(line.strip()));
                }
            }
        }
        return pids;
    }

    /** Every namespace the lab made (by its prefix), including those a killed run left behind. */
    static List<String> ours() {
        ProcessRunner.Result r = Exec.run(QUICK, List.of("ip", "netns", "list"));
        List<String> out = new ArrayList<>();
        if (r.ok()) {
            for (String line : r.output().split("\n")) {
                String name = line.strip().split("\\s+")[0];
                if (name.startsWith(Topology.PREFIX)) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    /** The IPv4 addresses on a host's {@code eth0} (a floating IP shows up here while the host holds it). */
    static List<String> addresses(String namespace) {
        ProcessRunner.Result r = Exec.run(QUICK, List.of("ip", "-n", namespace, "-4", "-o", "addr", "show", "dev", "eth0"));
        List<String> out = new ArrayList<>();
        if (r.ok()) {
            for (String line : r.output().split("\n")) {
                String[] words = line.strip().split("\\s+");
                for (int i = 0; i + 1 < words.length; i++) {
                    if (words[i].equals("inet")) {
                        out.add(words[i + 1].replaceAll("/\\d+$", ""));
                    }
                }
            }
        }
        return out;
    }

    /** Deletes a namespace (its interfaces go with it). */
    static void delete(String namespace) {
        Exec.run(QUICK, List.of("ip", "netns", "delete", namespace));
    }

    private static void ip(String... args) {
        List<String> command = new ArrayList<>(List.of("ip"));
        command.addAll(List.of(args));
        Exec.check(QUICK, command);
    }
}
