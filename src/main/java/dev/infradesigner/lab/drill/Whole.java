package dev.infradesigner.lab.drill;

import dev.infradesigner.lab.Lab;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Whether the running design is whole: every HAProxy sees every backend up, every floating IP is held,
 * the users' last few seconds of requests all came back promptly and well (none still waiting), and every
 * application server users reach has answered some of them lately (a web server that still avoids one it
 * saw fail has not taken it back yet).
 */
final class Whole {

    /** The window of recent requests judged, and how far back it ends (requests just sent are not due yet). */
    private static final long WINDOW_MS = 3000;
    private static final long DUE_MS = 700;
    private static final long PROMPT_MS = 1500;
    /** How far back every application server must have answered a request. */
    private static final long SERVED_WINDOW_MS = 6000;

    private Whole() {
    }

    /** Waits until the design is whole, up to {@code timeoutMs}; the time it was, or empty. */
    static OptionalLong await(Lab lab, LoadSession load, double rate, List<String> floatingIps, Set<String> servers,
            long timeoutMs) {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            if (now(lab, load, rate, floatingIps, servers)) {
                return OptionalLong.of(System.currentTimeMillis());
            }
            sleep(250);
        }
        return OptionalLong.empty();
    }

    static boolean now(Lab lab, LoadSession load, double rate, List<String> floatingIps, Set<String> servers) {
        for (Map<String, String> backends : lab.backends().values()) {
            if (backends.values().stream().anyMatch(s -> !s.startsWith("UP"))) {
                return false;
            }
        }
        for (String vip : floatingIps) {
            if (lab.holderOf(vip).isEmpty()) {
                return false;
            }
        }
        long now = System.currentTimeMillis();
        List<RequestRecord> recent = load.where(r -> r.start() >= now - DUE_MS - WINDOW_MS && r.start() < now - DUE_MS);
        if (recent.size() < Math.max(2, rate * WINDOW_MS / 1000 * 0.6)) {
            return false;
        }
        long first = recent.get(0).id();
        long last = recent.get(recent.size() - 1).id();
        if (last - first + 1 != recent.size()) {
            return false;
        }
        if (!recent.stream().allMatch(r -> r.ok() && r.millis() < PROMPT_MS)) {
            return false;
        }
        Set<String> answered = new HashSet<>();
        load.where(r -> r.start() >= now - SERVED_WINDOW_MS && r.ok() && r.servedBy() != null)
                .forEach(r -> answered.add(r.servedBy()));
        return answered.containsAll(servers);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new dev.infradesigner.lab.LabException("interrupted");
        }
    }
}
