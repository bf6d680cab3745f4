package dev.infradesigner.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The lab's cabling, checked against the design's drawn links read straight from the file. */
class WiringTest {

    private static Design load(String sample) throws Exception {
        return DesignFiles.load(Path.of("samples", sample));
    }

    private static Wiring wiring(Design design) {
        return LabPlanner.plan(design, LabExports.of(design)).wiring();
    }

    private static String label(Design design, String id) {
        return id == null ? "internet" : design.component(id).map(Component::label).orElseThrow();
    }

    @Test
    void aDesignWithoutNetworkDevicesIsOneBridgeEveryServerAndTheUsersHangOff() throws Exception {
        Design design = load("02-three-server.infra");
        Wiring w = wiring(design);
        assertFalse(w.spanningTree());
        assertEquals(List.of("br0"), w.bridges().stream().map(Wiring.Bridge::name).toList());
        assertEquals(4, w.cables().size(), "the users and three servers, one cable each");
        for (Wiring.Cable c : w.cables()) {
            assertEquals("eth0", c.a().name());
            assertNull(c.a().bridge(), "a host's eth0 is the cable itself");
            assertEquals(Topology.BRIDGE_NAMESPACE, c.b().namespace());
            assertEquals("br0", c.b().bridge());
        }
    }

    @Test
    void theRedundantNetworkIsCabledExactlyAsDrawn() throws Exception {
        Design design = load("05-redundant-network.infra");
        Wiring w = wiring(design);
        assertTrue(w.spanningTree());
        Map<String, String> deviceOfBridge = new HashMap<>();
        w.bridges().forEach(b -> deviceOfBridge.put(b.name(), label(design, b.deviceId())));
        assertEquals(Set.of("internet", "Uplink A", "Uplink B", "Edge router A", "Edge router B", "Switch A",
                "Switch B"), new HashSet<>(deviceOfBridge.values()));

        // Every drawn network link between two devices, plus each uplink to the internet, as label pairs.
        Set<String> drawn = new TreeSet<>();
        for (Link l : design.links()) {
            boolean devices = device(design, l.from()) && device(design, l.to());
            if (l.protocol() == Protocol.NETWORK && devices) {
                drawn.add(pair(label(design, l.from()), label(design, l.to())));
            }
        }
        drawn.add(pair("Uplink A", "internet"));
        drawn.add(pair("Uplink B", "internet"));
        Set<String> laid = new TreeSet<>();
        for (Wiring.Cable c : w.cables()) {
            if (c.a().namespace().equals(Topology.BRIDGE_NAMESPACE) && c.b().namespace().equals(Topology.BRIDGE_NAMESPACE)) {
                laid.add(pair(deviceOfBridge.get(c.a().bridge()), deviceOfBridge.get(c.b().bridge())));
            }
        }
        assertEquals(drawn, laid);
        assertEquals(8, drawn.size(), "two uplinks to the internet, each to its router, each router to both switches");
    }

    @Test
    void aServerCabledToBothSwitchesHasABridgeWithOnePortPerCable() throws Exception {
        Design design = load("05-redundant-network.infra");
        LabPlan plan = LabPlanner.plan(design, LabExports.of(design));
        Wiring w = plan.wiring();
        Map<String, String> deviceOfBridge = new HashMap<>();
        w.bridges().forEach(b -> deviceOfBridge.put(b.name(), label(design, b.deviceId())));
        for (LabHost h : plan.hosts()) {
            assertTrue(w.serverBridge(h), h.hostname());
            List<Wiring.Cable> cables = w.cablesOf(h.server().id());
            Set<String> switches = new TreeSet<>();
            Set<String> ports = new TreeSet<>();
            for (Wiring.Cable c : cables) {
                Wiring.End mine = c.endAt(h.server().id()).orElseThrow();
                assertEquals(h.namespace(), mine.namespace());
                assertEquals("eth0", mine.bridge());
                ports.add(mine.name());
                switches.add(deviceOfBridge.get(c.other(mine).bridge()));
            }
            assertEquals(Set.of("nic0", "nic1"), ports, h.hostname());
            assertEquals(Set.of("Switch A", "Switch B"), switches, h.hostname());
        }
    }

    @Test
    void aServerCabledToNothingHasALooseCable() throws Exception {
        Design full = load("05-redundant-network.infra");
        Component web = full.components().stream().filter(c -> c.label().equals("Web server 1")).findFirst().orElseThrow();
        Design design = full;
        for (Link l : full.links()) {
            if (l.protocol() == Protocol.NETWORK && l.touches(web.id())) {
                design = design.without(List.of(l.id()));
            }
        }
        Wiring w = wiring(design);
        List<Wiring.Cable> cables = w.cablesOf(web.id());
        assertEquals(1, cables.size());
        Wiring.End mine = cables.get(0).endAt(web.id()).orElseThrow();
        assertEquals("eth0", mine.name());
        assertNull(cables.get(0).other(mine).bridge(), "the far end hangs off nothing");
    }

    @Test
    void everyInterfaceNameFitsTheKernelAndIsUniqueInItsNamespace() throws Exception {
        for (String sample : List.of("02-three-server.infra", "04-scaled-up.infra", "05-redundant-network.infra")) {
            Wiring w = wiring(load(sample));
            Set<String> seen = new HashSet<>();
            w.bridges().forEach(b -> assertTrue(seen.add(Topology.BRIDGE_NAMESPACE + "/" + b.name())));
            for (Wiring.Cable c : w.cables()) {
                for (Wiring.End e : List.of(c.a(), c.b())) {
                    assertTrue(e.name().length() <= 15, e.name());
                    assertTrue(seen.add(e.namespace() + "/" + e.name()), sample + ": " + e.namespace() + "/" + e.name());
                }
            }
        }
    }

    private static boolean device(Design design, String id) {
        return design.component(id).orElseThrow().kind().networkDevice();
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + " ~ " + b : b + " ~ " + a;
    }
}
