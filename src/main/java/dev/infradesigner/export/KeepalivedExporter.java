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
 * {@code keepalived.conf} for each load balancer with a floating IP: one VRRP instance per floating IP,
 * the first load balancer of the group MASTER and the others BACKUP with lower priorities, unicast
 * between their servers' addresses, and a check that HAProxy runs, so the address moves when it stops.
 */
public final class KeepalivedExporter implements Exporter {

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
                files.add(new ExportedFile(folder + "/keepalived.conf",
                        config(design, lb, group.getKey(), members, i, routerId, mode), List.of(lb.id()),
                        mode == ExportMode.FULL ? "/etc/keepalived/keepalived.conf" : null));
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
        out.append("\nvrrp_script chk_haproxy {\n")
                .append("    script \"/usr/bin/pgrep -x haproxy\"\n")
                .append("    interval 2\n    fall 2\n    rise 2\n}\n");
        String instance = "vip_" + vip.replaceAll("[^0-9A-Fa-f]", "_");
        out.append("\nvrrp_instance ").append(instance).append(" {\n")
                .append("    state ").append(rank == 0 ? "MASTER" : "BACKUP").append('\n')
                .append("    # The network interface that carries this server's address; change it if yours differs.\n")
                .append("    interface eth0\n")
                .append("    virtual_router_id ").append(routerId).append('\n')
                .append("    priority ").append(Math.max(1, 110 - 10 * rank)).append('\n')
                .append("    advert_int 1\n");
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
