package dev.infradesigner.export;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.DnsSettings;
import dev.infradesigner.model.LoadBalancerSettings;
import dev.infradesigner.model.RecordType;
import dev.infradesigner.model.ServerSettings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The records each DNS component stands for, as BIND zone-file lines to paste into the zone that holds the
 * name. The record must point where users are meant to arrive: at the floating IP when its target is a
 * load balancer of a pair, or users would reach only one of the pair and lose the site with it.
 */
public final class DnsExporter implements Exporter {

    /** Five minutes: short enough to move a record in a migration; a failover moves the floating IP, not it. */
    static final int TTL = 300;

    /** Where an address comes from, for the comment above the record. */
    private record Address(String ip, String why) {
    }

    @Override
    public String id() {
        return "dns";
    }

    @Override
    public String displayName() {
        return "DNS (zone records)";
    }

    @Override
    public List<ExportedFile> export(Design design, ExportMode mode) {
        List<ExportedFile> files = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Component dns : design.componentsOf(ComponentKind.DNS)) {
            String name = fqdn(dns.settings(DnsSettings.class).domain());
            String file = name.substring(0, name.length() - 1);
            for (int n = 2; !used.add(file); n++) {
                file = name.substring(0, name.length() - 1) + "-" + n;
            }
            // Records only, in both modes: a zone's SOA and NS belong to whoever runs it.
            files.add(new ExportedFile("dns/" + file + ".zone", records(design, dns), List.of(dns.id())));
        }
        return files;
    }

    /** The zone a record for {@code domain} belongs to when nothing else says: its parent domain. */
    static String zoneOf(String domain) {
        String name = fqdn(domain);
        int dot = name.indexOf('.');
        return dot == name.length() - 1 ? name : name.substring(dot + 1);
    }

    private static String records(Design design, Component dns) {
        DnsSettings s = dns.settings(DnsSettings.class);
        String name = fqdn(s.domain());
        StringBuilder out = new StringBuilder(ConfigText.header(";", design, dns));
        out.append("; Records for the zone holding ").append(name).append(" (each carries its TTL): paste them there.\n");
        Optional<Component> target = Optional.ofNullable(s.target()).flatMap(design::component);
        if (target.isEmpty()) {
            return out.append("; The record has no target in the design: point it at a load balancer or a server.\n")
                    .toString();
        }
        Optional<Address> address = address(design, target.get());
        if (address.isEmpty()) {
            return out.append("; \"").append(ConfigText.comment(target.get().label()))
                    .append("\" has no address: host it on a server.\n").toString();
        }
        Address a = address.get();
        String type = a.ip().contains(":") ? "AAAA" : "A";
        out.append("; ").append(a.why()).append('\n');
        if (s.recordType() == RecordType.CNAME) {
            String canonical = canonicalName(design, target.get(), a, name);
            if (!canonical.equals(name)) {
                // A CNAME holds a name, not an address: the name of what it points at, whose own record follows.
                out.append("; A CNAME names a host, so the address goes on ").append(canonical).append(".\n")
                        .append(record(name, "CNAME", canonical));
                name = canonical;
            }
        } else if (!s.recordType().key().equals(type)) {
            return out.append("; An ").append(s.recordType().key()).append(" record cannot hold ").append(a.ip())
                    .append(": make the record ").append(type).append(".\n").toString();
        }
        return out.append(record(name, type, a.ip())).toString();
    }

    private static String record(String name, String type, String value) {
        return name + " " + TTL + " IN " + type + " " + value + "\n";
    }

    private static Optional<Address> address(Design design, Component target) {
        if (target.settings() instanceof LoadBalancerSettings lb && lb.floatingIp() != null) {
            return Optional.of(new Address(lb.floatingIp(), "The floating IP the load-balancer pair shares "
                    + "(keepalived): a failover moves it, and the record stays."));
        }
        if (target.settings() instanceof ServerSettings server) {
            return Optional.of(new Address(server.ipAddress(), "The server's address."));
        }
        return design.hostOf(target).map(h -> new Address(h.settings(ServerSettings.class).ipAddress(),
                "The address of the server hosting it."));
    }

    /**
     * The name a CNAME points at: {@code vip-ADDRESS} for a floating IP (which no server is named after),
     * otherwise the host's name, both in the record's zone so that one paste holds both records.
     */
    private static String canonicalName(Design design, Component target, Address a, String name) {
        String zone = zoneOf(name);
        String suffix = zone.equals(name) ? "" : zone;
        if (target.settings() instanceof LoadBalancerSettings lb && lb.floatingIp() != null) {
            return "vip-" + a.ip().toLowerCase(Locale.ROOT).replaceAll("[.:]", "-") + "." + suffix;
        }
        Component host = target.kind() == ComponentKind.SERVER ? target : design.hostOf(target).orElseThrow();
        String hostname = host.settings(ServerSettings.class).hostname().toLowerCase(Locale.ROOT);
        int dot = hostname.indexOf('.');
        return (dot < 0 ? hostname : hostname.substring(0, dot)) + "." + suffix;
    }

    /** The name with its final dot, in lower case, as a zone file wants an absolute name. */
    private static String fqdn(String domain) {
        String lower = domain.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower : lower + ".";
    }
}
