package dev.infradesigner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.bench.DesignGenerator;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.traverse.BreadthFirstIterator;
import org.junit.jupiter.api.Test;

/**
 * The traffic graph against a plain JGraphT graph built here from the design, with the domain spec's
 * definition of user traffic (HTTP, HTTPS, TCP and MySQL links, none touching a DNS record): the same
 * edges from every vertex, the same vertices reached, and the same reached around each kind.
 */
class TrafficGraphTest {

    private static final Set<Protocol> USER_TRAFFIC = EnumSet.of(Protocol.HTTP, Protocol.HTTPS, Protocol.TCP,
            Protocol.MYSQL);

    private static Graph<String, Link> plainGraph(Design design) {
        Graph<String, Link> graph = new DirectedPseudograph<>(Link.class);
        design.components().forEach(c -> graph.addVertex(c.id()));
        for (Link l : design.links()) {
            boolean dns = kind(design, l.from()) == ComponentKind.DNS || kind(design, l.to()) == ComponentKind.DNS;
            if (USER_TRAFFIC.contains(l.protocol()) && !dns) {
                graph.addEdge(l.from(), l.to(), l);
            }
        }
        return graph;
    }

    private static ComponentKind kind(Design design, String id) {
        return design.component(id).orElseThrow().kind();
    }

    /** What a breadth-first search from every Users component reaches in {@code graph}. */
    private static Set<String> reachedFromUsers(Design design, Graph<String, Link> graph) {
        Set<String> reached = new HashSet<>();
        for (Component users : design.componentsOf(ComponentKind.USERS)) {
            new BreadthFirstIterator<>(graph, users.id()).forEachRemaining(reached::add);
        }
        return reached;
    }

    private static List<Design> designs() {
        List<Design> designs = new ArrayList<>();
        for (long seed = 0; seed < 1_000; seed++) {
            designs.add(RandomDesigns.generate(seed));
        }
        designs.add(DesignGenerator.generate(2_000));
        return designs;
    }

    @Test
    void theEdgesAreTheDesignsUserTrafficLinks() {
        int edges = 0;
        for (Design design : designs()) {
            TrafficGraph graph = new TrafficGraph(design);
            Graph<String, Link> plain = plainGraph(design);
            for (int v = 0; v < graph.size(); v++) {
                List<Link> expected = new ArrayList<>(plain.outgoingEdgesOf(graph.component(v).id()));
                List<Link> actual = new ArrayList<>();
                for (int e = graph.outStart(v); e < graph.outEnd(v); e++) {
                    Link link = design.links().get(graph.linkOf(e));
                    assertEquals(link.to(), graph.component(graph.target(e)).id(), design.name());
                    actual.add(link);
                }
                assertEquals(Set.copyOf(expected), Set.copyOf(actual), design.name() + " from " + v);
                assertEquals(expected.size(), actual.size(), design.name() + " from " + v);
                edges += actual.size();
            }
        }
        assertTrue(edges > 50_000, "edges compared: " + edges);
    }

    @Test
    void reachedAndReachedAvoidingEachKindAreSearchesOfThePlainGraph() {
        int avoidedSomewhere = 0;
        for (Design design : designs()) {
            TrafficGraph graph = new TrafficGraph(design);
            Graph<String, Link> plain = plainGraph(design);
            Set<String> reached = reachedFromUsers(design, plain);
            for (int v = 0; v < graph.size(); v++) {
                assertEquals(reached.contains(graph.component(v).id()), graph.reached(v), design.name() + " vertex " + v);
            }
            for (ComponentKind kind : ComponentKind.values()) {
                Set<String> up = new HashSet<>(); // users are where paths start, never down
                design.components().stream().filter(c -> c.kind() != kind || c.kind() == ComponentKind.USERS).forEach(c -> up.add(c.id()));
                Set<String> around = reachedFromUsers(design, new AsSubgraph<>(plain, up));
                for (int v = 0; v < graph.size(); v++) {
                    String id = graph.component(v).id();
                    assertEquals(around.contains(id), graph.reachedAvoiding(v, kind), design.name() + " " + kind);
                    avoidedSomewhere += reached.contains(id) && !around.contains(id) ? 1 : 0;
                }
            }
        }
        assertTrue(avoidedSomewhere > 5_000, "the designs put kinds on the paths: " + avoidedSomewhere);
    }
}
