package dev.infradesigner.model;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names no component of a design has yet, for a copy or for what a fix adds beside an original, so it is
 * never mistaken for it: a label of its own ("Server 3 (2)"), and for a server a host name of its own
 * ("web-02" becomes "web-03") and a free address in the original's network (its /24 for IPv4, its last group
 * for IPv6). A copy that kept them made every finding about the two ambiguous and its exported files
 * overwrote the original's. One instance serves one edit: what it hands out counts as taken for the rest.
 */
public final class FreshNames {

    private static final Pattern COPY_SUFFIX = Pattern.compile("(.*) \\((\\d{1,6})\\)");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("(.*?)(\\d{1,9})");

    private final Set<String> labels = new HashSet<>();
    private final Set<String> hostnames = new HashSet<>();
    private final Set<String> addresses = new HashSet<>();

    public FreshNames(Design design) {
        for (Component c : design.components()) {
            labels.add(c.label());
            if (c.settings() instanceof ServerSettings s) {
                hostnames.add(ServerAddresses.hostKey(s.hostname()));
                addresses.add(ServerAddresses.addressKey(s.ipAddress()));
            } else if (c.settings() instanceof LoadBalancerSettings lb && lb.floatingIp() != null) {
                addresses.add(ServerAddresses.addressKey(lb.floatingIp()));
            }
        }
    }

    /** "Server 3" becomes "Server 3 (2)", a copy of that "Server 3 (3)": the first no component has. */
    public String label(String original) {
        Matcher m = COPY_SUFFIX.matcher(original);
        String base = m.matches() ? m.group(1) : original;
        for (int n = 2; ; n++) {
            String candidate = base + " (" + n + ")";
            if (candidate.length() <= Checks.MAX_LABEL_LENGTH && labels.add(candidate)) {
                return candidate;
            }
            if (candidate.length() > Checks.MAX_LABEL_LENGTH) {
                base = base.substring(0, Math.max(1, base.length() - 8));
            }
        }
    }

    /** A server's settings for its copy: a host name and an address no server has. */
    public ServerSettings server(ServerSettings original) {
        return new ServerSettings(hostname(original.hostname()), address(original.ipAddress()),
                original.adminSource());
    }

    /** {@code wanted} itself when no server has it, else the first free one after it (see {@link #hostname}). */
    public String hostnameFrom(String wanted) {
        return hostnames.add(ServerAddresses.hostKey(wanted)) ? wanted : hostname(wanted);
    }

    /** "web-02" becomes "web-03" (the number kept as wide), "db" becomes "db-2": the first free one. */
    public String hostname(String original) {
        String host = original.endsWith(".") ? original.substring(0, original.length() - 1) : original;
        int dot = host.indexOf('.');
        String first = dot < 0 ? host : host.substring(0, dot);
        String rest = dot < 0 ? "" : host.substring(dot);
        Matcher m = TRAILING_NUMBER.matcher(first);
        String stem = m.matches() ? m.group(1) : first + "-";
        long n = m.matches() ? Long.parseLong(m.group(2)) + 1 : 2;
        int width = m.matches() ? m.group(2).length() : 1;
        for (int tries = 0; tries < 100_000; tries++, n++) {
            String number = String.format("%0" + width + "d", n);
            String label = stem.length() + number.length() > 63 ? stem.substring(0, 63 - number.length()) + number
                    : stem + number;
            String candidate = label + rest;
            if (Checks.isHostname(candidate) && hostnames.add(ServerAddresses.hostKey(candidate))) {
                return candidate;
            }
        }
        throw InvalidDesignException.of("hostname", "no free host name is left beside " + original);
    }

    /** The first address after {@code original} in its network that nothing in the design uses. */
    public String address(String original) {
        if (Checks.isIpv4(original)) {
            String[] octets = original.split("\\.");
            String prefix = octets[0] + "." + octets[1] + ".";
            int third = Integer.parseInt(octets[2]);
            int last = Integer.parseInt(octets[3]);
            // Its own /24 first, from just after it round to just before it; then the next /24s.
            for (int net = 0; net < 256; net++) {
                String network = prefix + ((third + net) % 256) + ".";
                for (int step = 1; step <= 254; step++) {
                    int host = (last - 1 + step) % 254 + 1;
                    String candidate = network + host;
                    if (addresses.add(candidate)) {
                        return candidate;
                    }
                }
            }
        } else {
            // The last group counts up; an address written with an IPv4 tail is counted in its full form.
            String text = original.substring(original.lastIndexOf(':') + 1).contains(".")
                    ? ServerAddresses.addressKey(original) : original;
            int colon = text.lastIndexOf(':');
            String prefix = text.substring(0, colon + 1);
            String tail = text.substring(colon + 1);
            int group = tail.isEmpty() ? 0 : Integer.parseInt(tail, 16);
            for (int step = 1; step < 0xffff; step++) {
                String candidate = prefix + Integer.toHexString((group + step - 1) % 0xfffe + 1);
                if (Checks.isIpv6(candidate) && addresses.add(ServerAddresses.addressKey(candidate))) {
                    return candidate;
                }
            }
        }
        throw InvalidDesignException.of("ipAddress", "no free address is left near " + original);
    }
}
