package dev.infradesigner.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Servers that share a host name or an IP address. A design stays valid with them (a file typed, imported
 * or merged that way still opens, so it can be mended), but nothing built from it works: the audit reports
 * them and every export refuses, since two servers' files would land in one folder and their rules would
 * open ports to the wrong machine. Host names compare without case, as DNS does; addresses by value
 * ({@code fd00::1} is {@code fd00:0:0::1}).
 */
public final class ServerAddresses {

    private ServerAddresses() {
    }

    /**
     * Servers that share a host name, an address, or both.
     *
     * @param servers  the servers, in the design's order (two or more)
     * @param hostname the host name they share, or null
     * @param address  the IP address they share, or null
     */
    public record Clash(List<Component> servers, String hostname, String address) {

        public Clash {
            servers = List.copyOf(servers);
        }

        /** What they share, for a sentence: {@code the host name "web-02" and the IP address 10.0.1.12}. */
        public String shared() {
            List<String> parts = new ArrayList<>();
            if (hostname != null) {
                parts.add("the host name \"" + hostname + "\"");
            }
            if (address != null) {
                parts.add("the IP address " + address);
            }
            return String.join(" and ", parts);
        }
    }

    /** Each group of servers sharing something, once, in the order of their first server. */
    public static List<Clash> of(Design design) {
        Map<String, List<Component>> byName = new LinkedHashMap<>();
        Map<String, List<Component>> byAddress = new LinkedHashMap<>();
        for (Component server : design.componentsOf(ComponentKind.SERVER)) {
            ServerSettings s = server.settings(ServerSettings.class);
            byName.computeIfAbsent(hostKey(s.hostname()), k -> new ArrayList<>()).add(server);
            byAddress.computeIfAbsent(addressKey(s.ipAddress()), k -> new ArrayList<>()).add(server);
        }
        // Servers that share both a name and an address are one clash, not two.
        Map<List<String>, String[]> found = new LinkedHashMap<>();
        Map<List<String>, List<Component>> members = new LinkedHashMap<>();
        for (List<Component> group : byName.values()) {
            if (group.size() > 1) {
                List<String> ids = group.stream().map(Component::id).toList();
                found.computeIfAbsent(ids, k -> new String[2])[0] = group.get(0).settings(ServerSettings.class)
                        .hostname();
                members.put(ids, group);
            }
        }
        for (List<Component> group : byAddress.values()) {
            if (group.size() > 1) {
                List<String> ids = group.stream().map(Component::id).toList();
                found.computeIfAbsent(ids, k -> new String[2])[1] = group.get(0).settings(ServerSettings.class)
                        .ipAddress();
                members.put(ids, group);
            }
        }
        List<Clash> clashes = new ArrayList<>();
        found.forEach((ids, shared) -> clashes.add(new Clash(members.get(ids), shared[0], shared[1])));
        return clashes;
    }

    /** Whether any two servers of {@code design} share a host name or an address. */
    public static boolean anyClash(Design design) {
        return !of(design).isEmpty();
    }

    /** A host name as DNS compares it: without case and without a final dot. */
    public static String hostKey(String hostname) {
        String lower = hostname.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    /** An address as a value: IPv6 written out as its eight groups, lower case; IPv4 as it is (one spelling). */
    public static String addressKey(String address) {
        if (!Checks.isIpv6(address)) {
            return address;
        }
        String text = address.toLowerCase(Locale.ROOT);
        int lastColon = text.lastIndexOf(':');
        if (text.indexOf('.', lastColon) > 0) {
            // An IPv4 tail (::ffff:10.0.0.1) is two groups.
            String[] v4 = text.substring(lastColon + 1).split("\\.");
            text = text.substring(0, lastColon + 1)
                    + Integer.toHexString(Integer.parseInt(v4[0]) << 8 | Integer.parseInt(v4[1])) + ":"
                    + Integer.toHexString(Integer.parseInt(v4[2]) << 8 | Integer.parseInt(v4[3]));
        }
        String[] halves = text.split("::", -1);
        List<String> groups = new ArrayList<>(groupsOf(halves[0]));
        if (halves.length == 2) {
            List<String> right = groupsOf(halves[1]);
            while (groups.size() + right.size() < 8) {
                groups.add("0");
            }
            groups.addAll(right);
        }
        StringBuilder out = new StringBuilder();
        for (String g : groups) {
            out.append(out.length() == 0 ? "" : ":").append(Integer.toHexString(Integer.parseInt(g, 16)));
        }
        return out.toString();
    }

    private static List<String> groupsOf(String run) {
        return run.isEmpty() ? List.of() : List.of(run.split(":"));
    }
}
