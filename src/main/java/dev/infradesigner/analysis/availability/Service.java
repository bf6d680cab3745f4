package dev.infradesigner.analysis.availability;

import dev.infradesigner.analysis.Tier;
import dev.infradesigner.analysis.TrafficGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A design's service as a structure function over its parts: whether users reach every needed tier with
 * some parts down, by one search of the traffic graph. Parts can be put in another order (the engine splits
 * in that order) and one can be fixed up or down (for a part's importance).
 */
final class Service implements StructureFunction {

    private final TrafficGraph graph;
    private final Map<Tier, int[]> tiers;
    private final Set<Tier> needed;
    private final List<int[]> members;
    private final double[] up;
    /** A part fixed up or down for a conditional figure: its index, and whether it is down; or -1. */
    private final int fixedPart;
    private final boolean fixedDown;

    Service(TrafficGraph graph, Map<Tier, int[]> tiers, Set<Tier> needed, List<int[]> members, double[] up) {
        this(graph, tiers, needed, members, up, -1, false);
    }

    private Service(TrafficGraph graph, Map<Tier, int[]> tiers, Set<Tier> needed, List<int[]> members,
            double[] up, int fixedPart, boolean fixedDown) {
        this.graph = graph;
        this.tiers = tiers;
        this.needed = needed;
        this.members = members;
        this.up = up;
        this.fixedPart = fixedPart;
        this.fixedDown = fixedDown;
    }

    /** The same service with its parts in {@code order} (old index at each new place). */
    Service reordered(List<Integer> order) {
        List<int[]> m = new ArrayList<>();
        double[] a = new double[order.size()];
        for (int i = 0; i < order.size(); i++) {
            m.add(members.get(order.get(i)));
            a[i] = up[order.get(i)];
        }
        return new Service(graph, tiers, needed, m, a);
    }

    /** The same service with part {@code i} always down (or always up). */
    Service fixed(int i, boolean down) {
        double[] a = up.clone();
        a[i] = down ? 0 : 1;
        return new Service(graph, tiers, needed, members, a, i, down);
    }

    @Override
    public int size() {
        return up.length;
    }

    @Override
    public double availability(int i) {
        return up[i];
    }

    @Override
    public boolean works(boolean[] down) {
        boolean[] mask = new boolean[graph.size()];
        for (int i = 0; i < down.length; i++) {
            boolean isDown = i == fixedPart ? fixedDown : down[i];
            if (isDown) {
                for (int v : members.get(i)) {
                    mask[v] = true;
                }
            }
        }
        boolean[] reached = graph.reachable(mask);
        for (Tier tier : needed) {
            boolean served = false;
            for (int v : tiers.get(tier)) {
                if (reached[v] && !mask[v]) {
                    served = true;
                    break;
                }
            }
            if (!served) {
                return false;
            }
        }
        return true;
    }

    /** The parts whose loss alone stops the service first, then the rest, each in its old order. */
    List<Integer> importanceOrder() {
        List<Integer> first = new ArrayList<>();
        List<Integer> rest = new ArrayList<>();
        boolean[] down = new boolean[size()];
        for (int i = 0; i < size(); i++) {
            down[i] = true;
            (works(down) ? rest : first).add(i);
            down[i] = false;
        }
        first.addAll(rest);
        return first;
    }
}
