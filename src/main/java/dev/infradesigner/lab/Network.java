package dev.infradesigner.lab;

import dev.infradesigner.export.ProcessRunner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The lab's network, as {@link Wiring} lays it out: bridges in a namespace of their own, a namespace per
 * host, and veth pairs between them, both ends created straight in their namespaces, so the machine's own
 * namespace never holds a lab interface or address. Every host holds its address as a /32 with a default
 * route on {@code eth0} (the name the exported keepalived file uses): any design's addressing plan works on
 * the one segment, and nothing is routed off this machine.
 */
final class Network {

    private static final Duration QUICK = Duration.ofSeconds(10);

    private Network() {
    }

    /** The spanning-tree timers, in centiseconds: the fastest the kernel allows (hello 1 s, forward delay 2 s, max age 6 s). */
    private static final List<String> STP_TIMERS = List.of("hello_time", "100", "forward_delay", "200", "max_age", "600",
            // A learned address is forgotten after 4 s: the kernel's STP does not flush what a bridge learned
            // when the tree changes (RSTP would), and a bridge's clean-up runs no sooner than its ageing time,
            // so with the 300 s default a path around a failed device stays dark long after the tree has healed.
            "ageing_time", "400");

    /**
     * Makes the lab's network namespace and its bridges. With {@code spanningTree}, every bridge runs STP
     * at the fastest timers the kernel allows, the internet (the first bridge) as its root.
     */
    static void createBridges(Wiring wiring) {
        ip("netns", "add", Topology.BRIDGE_NAMESPACE);
        ip("-n", Topology.BRIDGE_NAMESPACE, "link", "set", "lo", "up");
        int number = 0;
        for (Wiring.Bridge b : wiring.bridges()) {
            // A fixed address per bridge, so the spanning tree (which breaks ties by address) is the same on
            // every run: the devices drawn first carry the traffic.
            List<String> add = new ArrayList<>(List.of("-n", Topology.BRIDGE_NAMESPACE, "link", "add", b.name(),
                    "address", mac(0, number), "type", "bridge"));
            if (wiring.spanningTree()) {
                add.addAll(List.of("stp_state", "1", "priority", number == 0 ? "0" : "32768"));
                add.addAll(STP_TIMERS);
            }
            ip(add.toArray(String[]::new));
            ip("-n", Topology.BRIDGE_NAMESPACE, "link", "set", b.name(), "up");
            number++;
        }
    }

    /** A fixed, locally administered address: the lab's prefix, then the kind of bridge and its number. */
    private static String mac(int kind, int number) {
        return String.format("02:1d:%02x:00:%02x:%02x", kind, number / 256, number % 256);
    }

    /**
     * Makes a host's namespace. With a {@code bridgeNumber}, its {@code eth0} is a bridge its cables join,
     * as a server bonds the links to its two switches (the kernel here has no bonding driver): the bridge runs
     * STP at the lowest priority, so it never carries traffic for others and sends from one cable at a time,
     * moving to another when that one goes dark. Its fixed address keeps the host's own address from changing
     * as cables join.
     */
    static void createHost(String namespace, int bridgeNumber) {
        ip("netns", "add", namespace);
        ip("-n", namespace, "link", "set", "lo", "up");
        if (bridgeNumber > 0) {
            List<String> add = new ArrayList<>(List.of("-n", namespace, "link", "add", Wiring.ETH0, "address",
                    mac(1, bridgeNumber), "type", "bridge",
                    "stp_state", "1", "priority", "65535"));
            add.addAll(STP_TIMERS);
            ip(add.toArray(String[]::new));
            ip("-n", namespace, "link", "set", Wiring.ETH0, "up");
        }
    }

    /**
     * Lays a cable: the veth pair, created straight in the namespaces of its ends, each end joined to its
     * bridge. A port of a host's own bridge is isolated (a server never carries traffic between its cables,
     * whatever the spanning tree makes of it) and costly (a path through a server is the last the tree takes).
     */
    static void lay(Wiring.Cable cable) {
        ip("link", "add", cable.a().name(), "netns", cable.a().namespace(), "type", "veth", "peer", "name",
                cable.b().name(), "netns", cable.b().namespace());
        for (Wiring.End end : List.of(cable.a(), cable.b())) {
            if (end.bridge() != null) {
                ip("-n", end.namespace(), "link", "set", end.name(), "master", end.bridge());
                if (!end.namespace().equals(Topology.BRIDGE_NAMESPACE)) {
                    ip("-n", end.namespace(), "link", "set", "dev", end.name(), "type", "bridge_slave", "isolated",
                            "on", "cost", "100");
                }
            }
            ip("-n", end.namespace(), "link", "set", end.name(), "up");
        }
    }

    /** Gives a host {@code address} on {@code eth0}, with the default route there. */
    static void address(String namespace, String address) {
        ip("-n", namespace, "addr", "add", address + "/32", "dev", Wiring.ETH0);
        ip("-n", namespace, "route", "add", "default", "dev", Wiring.ETH0);
    }

    /** Pulls (or plugs back) one end of a cable: the interface goes down (or up), the other end loses carrier. */
    static void setLink(Wiring.End end, boolean up) {
        ip("-n", end.namespace(), "link", "set", end.name(), up ? "up" : "down");
    }

    /**
     * Waits until no bridge port in {@code namespaces} is still listening or learning: the spanning tree has
     * settled, and every path it keeps forwards.
     */
    static void awaitSettled(List<String> namespaces, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        for (String namespace : namespaces) {
            while (true) {
                ProcessRunner.Result r = Exec.run(QUICK, List.of("ip", "netns", "exec", namespace, "bridge", "link"));
                if (r.ok() && !r.output().contains("state listening") && !r.output().contains("state learning")) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new LabException("the spanning tree in " + namespace + " did not settle within "
                            + within.toSeconds() + " s:\n" + r.output());
                }
                HostProcesses.sleep(100);
            }
        }
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
