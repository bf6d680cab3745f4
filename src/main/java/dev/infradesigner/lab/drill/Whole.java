package dev.infradesigner.lab.drill;

import dev.infradesigner.lab.Lab;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Whether the running design is whole: every HAProxy sees every backend up, every floating IP is held,
 * and the users' last few seconds of requests all came back promptly and well (none still waiting).
 */
final class Whole {

    /** The window of recent requests judged, and how far back it ends (requests just sent are not due yet). */
    private static final long WINDOW_MS = 3000;
    private static final long DUE_MS = 700;
    private static final long PROMPT_MS = 1500;

    private Whole() {
    }

    /** Waits until the design is whole, up to {@code timeoutMs}; the time it was, or empty. */
    static OptionalLong await(Lab lab, LoadSession load, double rate, List<String> floatingIps, long timeoutMs) {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            if (now(lab, load, rate, floatingIps)) {
                return OptionalLong.of(System.currentTimeMillis());
            }
            sleep(250);
        }
        return OptionalLong.empty();
    }

    static boolean now(Lab lab, LoadSession load, double rate, List<String> floatingIps) {
        for (Map<String, String> servers : lab.backends().values()) {
            if (servers.values().stream().anyMatch(s -> !s.startsWith("UP"))) {
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
        return recent.stream().allMatch(r -> r.ok() && r.millis() < PROMPT_MS);
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
