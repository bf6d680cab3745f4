package dev.infradesigner.analysis;

import static dev.infradesigner.model.Fixtures.component;
import static dev.infradesigner.model.Fixtures.hosted;
import static dev.infradesigner.model.Fixtures.server;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FailureAnalysisTest {

    private static Map<String, Set<Tier>> spofs(Design d) {
        Map<String, Set<Tier>> found = new TreeMap<>();
        new FailureAnalysis(new TrafficGraph(d)).singlePointsOfFailure()
                .forEach(s -> found.put(s.component().id(), s.lostTiers()));
        return found;
    }

    private static Link http(String id, String from, String to) {
        return Link.of(id, from, to, Protocol.HTTP);
    }

    @Test
    void aLoneLoadBalancerAndItsServerAreOneSinglePointOfFailure() {
        Design d = new Design("d", List.of(component("users", ComponentKind.USERS), server("s1", "10.0.0.1"),
                hosted("lb", ComponentKind.LOAD_BALANCER, "s1"), component("w1", ComponentKind.WEB_SERVER),
                component("w2", ComponentKind.WEB_SERVER)),
                List.of(http("a", "users", "lb"), http("b", "lb", "w1"), http("c", "lb", "w2")));
        assertEquals(Map.of("s1", Set.of(Tier.WEB)), spofs(d));
        FailureAnalysis.Domain domain = new FailureAnalysis(new TrafficGraph(d)).singlePointsOfFailure().get(0);
        assertEquals(List.of("lb"), domain.dominatorsOf(Tier.WEB).stream().map(Component::id).toList());
    }

    @Test
    void aServerHostingBothParallelPathsCutsThemWithoutAnyOneComponentDoingSo() {
        Design d = new Design("d", List.of(component("users", ComponentKind.USERS), component("lb1",
                ComponentKind.LOAD_BALANCER), component("lb2", ComponentKind.LOAD_BALANCER), server("s", "10.0.0.1"),
                hosted("w1", ComponentKind.WEB_SERVER, "s"), hosted("w2", ComponentKind.WEB_SERVER, "s")),
                List.of(http("a", "users", "lb1"), http("b", "users", "lb2"), http("c", "lb1", "w1"),
                        http("d", "lb2", "w2")));
        assertEquals(Map.of("s", Set.of(Tier.WEB)), spofs(d));
        FailureAnalysis.Domain domain = new FailureAnalysis(new TrafficGraph(d)).singlePointsOfFailure().get(0);
        assertTrue(domain.dominatorsOf(Tier.WEB).isEmpty());
    }

    @Test
    void aLoadBalancerPairThatUsersReachBothOfIsRedundant() {
        Design d = new Design("d", List.of(component("users", ComponentKind.USERS), component("lb1",
                ComponentKind.LOAD_BALANCER), component("lb2", ComponentKind.LOAD_BALANCER),
                component("w1", ComponentKind.WEB_SERVER), component("w2", ComponentKind.WEB_SERVER)),
                List.of(http("a", "users", "lb1"), http("b", "users", "lb2"), http("c", "lb1", "w1"),
                        http("d", "lb1", "w2"), http("e", "lb2", "w1"), http("f", "lb2", "w2")));
        assertEquals(Map.of(), spofs(d));
        Design secondUnreachable = d.without(List.of("b"));
        assertEquals(Set.of("lb1"), spofs(secondUnreachable).keySet(), "a standby users cannot reach adds nothing");
    }

    @Test
    void aHundredThousandLongChainIsAnalysedWithoutOverflow() {
        List<Component> components = new ArrayList<>(List.of(component("users", ComponentKind.USERS)));
        List<Link> links = new ArrayList<>();
        String previous = "users";
        for (int i = 0; i < 100_000; i++) {
            String id = "w" + i;
            components.add(component(id, ComponentKind.WEB_SERVER));
            links.add(http("l" + i, previous, id));
            previous = id;
        }
        Design chain = new Design("chain", components, links);
        FailureAnalysis analysis = new FailureAnalysis(new TrafficGraph(chain));
        assertTrue(analysis.baselineServed());
        assertEquals(1, analysis.singlePointsOfFailure().size(), "only the first web server is on every path");
    }

    @Test
    void oneBigCycleAndAMissingEntryAreHandled() {
        List<Component> components = new ArrayList<>(List.of(component("users", ComponentKind.USERS)));
        List<Link> links = new ArrayList<>(List.of(http("in", "users", "w0")));
        for (int i = 0; i < 50; i++) {
            components.add(component("w" + i, ComponentKind.WEB_SERVER));
            links.add(http("l" + i, "w" + i, "w" + ((i + 1) % 50)));
        }
        Design cycle = new Design("cycle", components, links);
        assertEquals(Set.of("w0"), spofs(cycle).keySet());
        Design noEntry = cycle.without(List.of("users"));
        assertFalse(new FailureAnalysis(new TrafficGraph(noEntry)).baselineServed());
        assertEquals(Map.of(), spofs(noEntry));
        assertEquals(Map.of(), spofs(Design.empty("empty")));
    }
}
