package dev.infradesigner.lab;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lab's cabling, worked out from the design before anything is made, so a drill can pull exactly the
 * cables a failure pulls. Every cable is a veth pair; every end lives in a namespace and may hang off a
 * bridge there.
 *
 * <p>A design without a network device has an ideal network (docs/rules.md): one bridge, the internet,
 * that every server and the users hang off. Once it has devices, each switch, router and uplink is a bridge
 * of its own in the lab's network namespace, cabled as drawn; every uplink is also cabled to the internet,
 * where the users are, and the bridges run the spanning-tree protocol (the redundant paths of a real
 * network are loops), with the internet as the root. A server cabled to one device has that cable as its
 * {@code eth0}; a server cabled to several has a bridge {@code eth0} whose ports are its cables, isolated
 * from each other, so it reaches every cable's side but never carries traffic between them (the audit's
 * paths never cross a server). A server cabled to nothing has an {@code eth0} whose other end is loose.
 *
 * @param spanningTree whether the bridges run STP (a design with network devices)
 * @param bridges      the bridges in the lab's network namespace: the internet first, then one per device
 * @param cables       every cable: the users', each server's, and those between bridges
 */
public record Wiring(boolean spanningTree, List<Bridge> bridges, List<Cable> cables) {

    /** The internet's bridge (the one bridge of a design without network devices). */
    public static final String INTERNET = "br0";
    /** The interface every host reaches the network through (the exported keepalived file names it). */
    public static final String ETH0 = "eth0";

    public Wiring {
        bridges = List.copyOf(bridges);
        cables = List.copyOf(cables);
    }

    /**
     * A bridge in the lab's network namespace.
     *
     * @param name     its interface name
     * @param deviceId the device it stands for, or {@code null} for the internet
     * @param label    the device's label, or "the internet"
     */
    public record Bridge(String name, String deviceId, String label) {
    }

    /**
     * One end of a cable.
     *
     * @param namespace where the interface is
     * @param name      its name there
     * @param bridge    the bridge it is a port of, or {@code null}
     * @param owner     the id of the server or device it plugs into, or {@code null} for the internet, the
     *                  users or a loose end
     */
    public record End(String namespace, String name, String bridge, String owner) {
    }

    /** A veth pair, {@code a} and {@code b} its ends. */
    public record Cable(End a, End b) {

        /** The end at {@code owner}, if the cable plugs into it. */
        public Optional<End> endAt(String owner) {
            return owner.equals(a.owner()) ? Optional.of(a) : owner.equals(b.owner()) ? Optional.of(b)
                    : Optional.empty();
        }

        /** The other end from {@code end}. */
        public End other(End end) {
            return end.equals(a) ? b : a;
        }
    }

    /** Whether the server (its namespace) needs a bridge {@code eth0} of its own: it has several cables. */
    public boolean serverBridge(LabHost host) {
        return cables.stream().filter(c -> c.endAt(host.server().id()).isPresent()).count() > 1;
    }

    /** The cables of {@code owner} (a server or a device id). */
    public List<Cable> cablesOf(String owner) {
        return cables.stream().filter(c -> c.endAt(owner).isPresent()).toList();
    }

    /** The bridge standing for a device, by the device's id. */
    public Optional<Bridge> bridgeOf(String deviceId) {
        return bridges.stream().filter(b -> deviceId.equals(b.deviceId())).findFirst();
    }

    /** The wiring of {@code design}, whose servers run as {@code hosts}. */
    static Wiring of(Design design, List<LabHost> hosts) {
        List<Component> devices = design.components().stream().filter(c -> c.kind().networkDevice()).toList();
        String net = Topology.BRIDGE_NAMESPACE;
        List<Bridge> bridges = new ArrayList<>();
        List<Cable> cables = new ArrayList<>();
        bridges.add(new Bridge(INTERNET, null, "the internet"));
        cables.add(new Cable(new End(Topology.USERS_NAMESPACE, ETH0, null, null), new End(net, "vu", INTERNET, null)));
        if (devices.isEmpty()) {
            for (LabHost h : hosts) {
                cables.add(new Cable(new End(h.namespace(), ETH0, null, h.server().id()),
                        new End(net, "v" + h.index(), INTERNET, null)));
            }
            return new Wiring(false, bridges, cables);
        }
        Map<String, String> bridgeOf = new HashMap<>();
        for (int i = 0; i < devices.size(); i++) {
            Component d = devices.get(i);
            bridges.add(new Bridge("d" + (i + 1), d.id(), d.label()));
            bridgeOf.put(d.id(), "d" + (i + 1));
        }
        Map<String, LabHost> hostOf = new HashMap<>();
        hosts.forEach(h -> hostOf.put(h.server().id(), h));
        Map<String, List<String>> serverCables = new LinkedHashMap<>();
        hosts.forEach(h -> serverCables.put(h.server().id(), new ArrayList<>()));
        List<String[]> drawn = new ArrayList<>();
        for (Link l : design.links()) {
            boolean known = (bridgeOf.containsKey(l.from()) || hostOf.containsKey(l.from()))
                    && (bridgeOf.containsKey(l.to()) || hostOf.containsKey(l.to()));
            if (l.protocol() == Protocol.NETWORK && known && !l.from().equals(l.to())) {
                drawn.add(new String[] {l.from(), l.to()});
            }
        }
        for (Component d : devices) {
            if (d.kind() == ComponentKind.UPLINK) {
                drawn.add(new String[] {d.id(), null});
            }
        }
        Map<String, Integer> nics = new HashMap<>();
        drawn.stream().flatMap(p -> java.util.Arrays.stream(p)).filter(hostOf::containsKey)
                .forEach(id -> nics.merge(id, 1, Integer::sum));
        Map<String, Integer> used = new HashMap<>();
        int trunk = 0;
        for (String[] pair : drawn) {
            boolean aHost = hostOf.containsKey(pair[0]);
            boolean bHost = pair[1] != null && hostOf.containsKey(pair[1]);
            if (!aHost && !bHost) {
                trunk++;
                String other = pair[1] == null ? INTERNET : bridgeOf.get(pair[1]);
                cables.add(new Cable(new End(net, "t" + trunk + "a", bridgeOf.get(pair[0]), pair[0]),
                        new End(net, "t" + trunk + "b", other, pair[1])));
            } else if (aHost && bHost) {
                cables.add(new Cable(hostEnd(hostOf.get(pair[0]), nics, used), hostEnd(hostOf.get(pair[1]), nics, used)));
            } else {
                LabHost h = hostOf.get(aHost ? pair[0] : pair[1]);
                String device = aHost ? pair[1] : pair[0];
                int k = used.getOrDefault(h.server().id(), 0);
                End hostSide = hostEnd(h, nics, used);
                cables.add(new Cable(hostSide, new End(net, "v" + h.index() + (k == 0 ? "" : "n" + k),
                        bridgeOf.get(device), device)));
            }
        }
        for (LabHost h : hosts) {
            if (!nics.containsKey(h.server().id())) {
                cables.add(new Cable(new End(h.namespace(), ETH0, null, h.server().id()),
                        new End(net, "v" + h.index(), null, null)));
            }
        }
        return new Wiring(true, bridges, cables);
    }

    /** The next cable end on a host: its {@code eth0} when it has one cable, else a port of its bridge. */
    private static End hostEnd(LabHost h, Map<String, Integer> nics, Map<String, Integer> used) {
        String id = h.server().id();
        int k = used.merge(id, 1, Integer::sum) - 1;
        return nics.get(id) == 1 ? new End(h.namespace(), ETH0, null, id)
                : new End(h.namespace(), "nic" + k, ETH0, id);
    }
}
