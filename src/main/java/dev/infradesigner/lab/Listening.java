package dev.infradesigner.lab;

import dev.infradesigner.export.ProcessRunner;
import java.time.Duration;
import java.util.List;

/** Whether something listens on a port inside a namespace, as {@code ss} lists it there. */
final class Listening {

    private Listening() {
    }

    static boolean on(String namespace, String address, int port) {
        return ports(namespace, address).contains(port);
    }

    /** Every port listening on {@code address} or on every address of the namespace. */
    static java.util.Set<Integer> ports(String namespace, String address) {
        java.util.Set<Integer> out = new java.util.TreeSet<>();
        ProcessRunner.Result r = Exec.run(Duration.ofSeconds(5), List.of("ip", "netns", "exec", namespace, "ss", "-Hltn"));
        if (!r.ok()) {
            return out;
        }
        for (String line : r.output().split("\n")) {
            String[] columns = line.strip().split("\\s+");
            if (columns.length < 4) {
                continue;
            }
            String local = columns[3];
            int colon = local.lastIndexOf(':');
            if (colon < 0) {
                continue;
            }
            String host = local.substring(0, colon).replaceAll("%.*$", "");
            if (host.equals(address) || host.equals("0.0.0.0") || host.equals("*") || host.equals("[::]")) {
                out.add(Integer.parseInt(local.substring(colon + 1)));
            }
        }
        return out;
    }
}
