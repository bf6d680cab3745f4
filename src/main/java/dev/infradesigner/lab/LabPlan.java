package dev.infradesigner.lab;

import dev.infradesigner.model.Design;
import java.util.List;
import java.util.Optional;

/**
 * A design as the lab will run it: a host per server, the users' entry to the site, and what of the design
 * the lab leaves out (with why), so a report never claims more than was run.
 *
 * @param design       the design
 * @param hosts        one per server, in the design's order
 * @param entry        how users reach the site
 * @param usersAddress the users' own address, outside every network of the design
 * @param notes        what is not run, in sentences
 * @param wiring       the cables between the hosts, the network devices and the users
 */
public record LabPlan(Design design, List<LabHost> hosts, Entry entry, String usersAddress, List<String> notes,
        Wiring wiring) {

    public LabPlan {
        hosts = List.copyOf(hosts);
        notes = List.copyOf(notes);
    }

    /**
     * How users reach the site.
     *
     * @param name         the name users type (the DNS record's domain), or the address when there is none
     * @param address      what the name resolves to: the floating IP of a load-balancer pair, or a server's address
     * @param scheme       {@code https} when users reach it over HTTPS, else {@code http}
     * @param port         the port users connect to
     * @param httpRedirect the plain-HTTP port that answers with a redirect to HTTPS, or 0
     */
    public record Entry(String name, String address, String scheme, int port, int httpRedirect) {

        /** The URL users open. */
        public String url() {
            boolean standard = scheme.equals("https") ? port == 443 : port == 80;
            return scheme + "://" + name + (standard ? "" : ":" + port) + "/";
        }
    }

    /** The host that runs the server {@code serverId}. */
    public LabHost host(String serverId) {
        return hosts.stream().filter(h -> h.server().id().equals(serverId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no host for " + serverId));
    }

    /** The host running component {@code id} (a server, or what a server hosts). */
    public Optional<LabHost> hostOf(String id) {
        return hosts.stream().filter(h -> h.server().id().equals(id)
                || h.hosted().stream().anyMatch(c -> c.id().equals(id))).findFirst();
    }

    /** The host whose address is {@code address}. */
    public Optional<LabHost> hostAt(String address) {
        return hosts.stream().filter(h -> h.address().equals(address)).findFirst();
    }
}
