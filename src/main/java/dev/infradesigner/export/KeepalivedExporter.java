package dev.infradesigner.export;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.LoadBalancerSettings;
import dev.infradesigner.model.ServerSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code keepalived.conf} for each load balancer with a floating IP, tuned so the address moves within about
 * two seconds when the server holding it dies or its HAProxy stops answering (killed or frozen), and moves
 * only once: every member starts as BACKUP and none takes the address back when it returns. VRRP goes only
 * to the peers' addresses (unicast), which the host firewall allows from the peers alone.
 */
public final class KeepalivedExporter implements Exporter {

    /** VRRP advertisement interval: VRRPv3 allows centiseconds, and a peer waits three of them plus a skew. */
    static final String ADVERT_INTERVAL = "0.5";

    /**
     * Asks HAProxy itself, on its metrics port: a frozen HAProxy still passes {@code pgrep}, but not this; and
     * HAProxy answers 503 here once its backend has no usable server, which hands the address to a peer that
     * may still reach some.
     */
    static final String CHECK = "/usr/bin/curl -fsS -m 0.5 -o /dev/null http://127.0.0.1:"
            + HaproxyExporter.METRICS_PORT + HaproxyExporter.HEALTH_URI;

    @Override
    public String id() {
        return "keepalived";
    }

    @Override
    public String displayName() {
        return "keepalived";
    }

    @Override
    public List<ExportedFile> export(Design design, ExportMode mode) {
        Map<String, List<Component>> groups = new LinkedHashMap<>();
        for (Component lb : design.componentsOf(ComponentKind.LOAD_BALANCER)) {
            String vip = lb.settings(LoadBalancerSettings.class).floatingIp();
            if (vip != null) {
                groups.computeIfAbsent(vip, k -> new ArrayList<>()).add(lb);
            }
        }
        List<ExportedFile> files = new ArrayList<>();
        UniqueNames folders = new UniqueNames();
        int routerId = 50;
        for (Map.Entry<String, List<Component>> group : groups.entrySet()) {
            routerId = routerId % 255 + 1;
            List<Component> members = group.getValue();
            for (int i = 0; i < members.size(); i++) {
                Component lb = members.get(i);
                String folder = folders.next(ConfigText.folderOf(design, lb), lb.id());
                String content = config(design, lb, group.getKey(), members, i, routerId, mode);
                files.add(mode == ExportMode.FULL
                        ? new ExportedFile(folder + "/keepalived.conf", content, List.of(lb.id()),
                                "/etc/keepalived/keepalived.conf")
                        : new ExportedFile(folder + "/keepalived.conf", content, List.of(lb.id())));
            }
        }
        return files;
    }

    private static String config(Design design, Component lb, String vip, List<Component> members, int rank,
            int routerId, ExportMode mode) {
        StringBuilder out = new StringBuilder(ConfigText.header("#", design, lb));
        if (mode == ExportMode.FULL) {
            out.append("\nglobal_defs {\n    enable_script_security\n    script_user root\n}\n");
        } else {
            out.append("# The check script below runs only when your global_defs has enable_script_security and\n")
                    .append("# script_user root (keepalived refuses scripts otherwise).\n");
        }
        // Every second (keepalived's shortest), and one failure is enough: at 20 requests a second a second
        // check failure cost 14 to 17 more requests, and nopreempt makes a false alarm cost one move, not two.
        out.append("\n# HAProxy must answer, not merely run (needs curl).\n")
                .append("vrrp_script chk_haproxy {\n")
                .append("    script \"").append(CHECK).append("\"\n")
                .append("    interval 1\n    timeout 1\n    fall 1\n    rise 2\n}\n");
        String instance = "vip_" + vip.replaceAll("[^0-9A-Fa-f]", "_");
        out.append("\n# One floating IP: the load-balancer tier is active-passive, whatever the design's redundancy says.\n")
                .append("vrrp_instance ").append(instance).append(" {\n")
                .append("    # Every member starts as BACKUP; the highest priority takes the address, and nopreempt\n")
                .append("    # leaves it where it is when a member returns (one failover, not two).\n")
                .append("    state BACKUP\n")
                .append("    nopreempt\n")
                .append("    # The network interface that carries this server's address; change it if yours differs.\n")
                .append("    interface eth0\n")
                .append("    version 3\n")
                .append("    virtual_router_id ").append(routerId).append('\n')
                .append("    priority ").append(Math.max(1, 110 - 10 * rank)).append('\n')
                .append("    advert_int ").append(ADVERT_INTERVAL).append('\n');
        // Unicast needs addresses of the floating IP's family, and peers other than this server itself.
        boolean ipv6 = vip.contains(":");
        Optional<String> own = addressOf(design, lb).filter(a -> a.contains(":") == ipv6);
        List<String> peers = members.stream().filter(m -> m != lb).map(m -> addressOf(design, m))
                .flatMap(Optional::stream).filter(a -> a.contains(":") == ipv6 && !own.equals(Optional.of(a)))
                .distinct().toList();
        if (own.isPresent() && !peers.isEmpty()) {
            out.append("    unicast_src_ip ").append(own.get()).append('\n').append("    unicast_peer {\n");
            peers.forEach(p -> out.append("        ").append(p).append('\n'));
            out.append("    }\n");
        }
        out.append("    virtual_ipaddress {\n        ").append(vip).append("\n    }\n")
                .append("    track_script {\n        chk_haproxy\n    }\n}\n");
        return out.toString();
    }

    private static Optional<String> addressOf(Design design, Component lb) {
        return design.hostOf(lb).map(h -> h.settings(ServerSettings.class).ipAddress());
    }
}
