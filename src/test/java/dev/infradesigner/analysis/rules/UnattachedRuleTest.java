package dev.infradesigner.analysis.rules;

import static dev.infradesigner.analysis.rules.RuleTesting.run;
import static dev.infradesigner.analysis.rules.RuleTesting.sample;
import static dev.infradesigner.analysis.rules.RuleTesting.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.NetworkDesigns;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Cables;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code network.unattached} alone: once a design has a network device, a server needs a cable to a switch
 * or router, in either direction; a cable to another server does not count, since paths never run through
 * a server. A design with no device has an ideal network and nothing to attach to.
 */
class UnattachedRuleTest {

    private final UnattachedRule rule = new UnattachedRule();

    /** Sample 05 with every cable at {@code serverId} replaced by {@code cables}. */
    private static Design recabled(String serverId, Link... cables) {
        Design design = NetworkDesigns.sample5();
        List<Link> links = new ArrayList<>(design.links().stream()
                .filter(l -> l.protocol() != Protocol.NETWORK || !l.touches(serverId)).toList());
        links.addAll(List.of(cables));
        Design out = new Design(design.name(), design.components(), links);
        assertEquals(Set.of(cables).stream().map(l -> l.from().equals(serverId) ? l.to() : l.from())
                .collect(Collectors.toSet()), Cables.of(out, serverId));
        return out;
    }

    private static Link cable(String from, String to) {
        return Link.of(from + "--" + to, from, to, Protocol.NETWORK);
    }

    @Test
    void everyServerOfTheRedundantNetworkIsAttached() {
        assertEquals(List.of(), run(rule, NetworkDesigns.sample5()));
    }

    @Test
    void aServerWithNoCableIsUnattached() {
        Finding f = single(run(rule, recabled("web-server-2")), Severity.ERROR, "web-server-2");
        assertEquals("\"Web server 2\" is attached to no switch or router: in a design with a network, nothing "
                + "reaches it from another server or from users.", f.message());
        assertTrue(f.fix().startsWith("Draw a network link from \"Web server 2\" to a switch"), f.fix());
        assertTrue(f.fix().contains("two switches"), f.fix());
    }

    @Test
    void aNewServerDroppedIntoANetworkedDesignIsUnattached() {
        Component fresh = Component.create("new-server", ComponentKind.SERVER, "New server",
                new Bounds(900, 900, 200, 264));
        single(run(rule, NetworkDesigns.sample5().with(fresh)), Severity.ERROR, "new-server");
    }

    @Test
    void aCableToAnotherServerOnlyIsNoAttachment() {
        // web-server-1 keeps both its switches and is not reported; web-server-2 hangs off it alone.
        single(run(rule, recabled("web-server-2", cable("web-server-2", "web-server-1"))), Severity.ERROR,
                "web-server-2");
        single(run(rule, recabled("web-server-2", cable("web-server-1", "web-server-2"))), Severity.ERROR,
                "web-server-2");
    }

    @Test
    void aCableDrawnFromTheSwitchToTheServerAttachesItToo() {
        assertEquals(List.of(), run(rule, recabled("web-server-2", cable("switch-a", "web-server-2"))));
    }

    @Test
    void aCableToARouterAloneAttachesAServer() {
        assertEquals(List.of(), run(rule, recabled("web-server-2", cable("web-server-2", "router-b"))));
    }

    @Test
    void withoutNetworkDevicesServersNeedNoCable() {
        // Samples 1 to 4 have servers and no cable at all: an ideal network, not unattached servers.
        for (int n = 1; n <= 4; n++) {
            assertEquals(List.of(), run(rule, sample(n)), "sample " + n);
        }
    }
}
