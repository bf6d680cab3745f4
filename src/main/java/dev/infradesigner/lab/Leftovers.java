package dev.infradesigner.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes everything a lab makes, whether this run made it or a killed one left it: every process in a
 * namespace named with the lab's prefix, those namespaces, their {@code /etc/netns} entries and the hosts'
 * folders. Found by name, not by memory, so it is the same cleanup at the end of a run, on Ctrl+C, for
 * {@code lab down} and at the start of the next run.
 */
final class Leftovers {

    /** What a cleanup removed. */
    record Removed(int namespaces, int processes) {

        boolean any() {
            return namespaces > 0 || processes > 0;
        }
    }

    private Leftovers() {
    }

    static Removed clean() {
        List<String> namespaces = Network.ours();
        int processes = 0;
        for (String ns : namespaces) {
            List<Long> pids = Network.pids(ns);
            processes += pids.size();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!pids.isEmpty() && System.nanoTime() < deadline) {
                List<String> kill = new ArrayList<>(List.of("kill", "-KILL"));
                pids.forEach(p -> kill.add(String.valueOf(p)));
                Exec.run(Duration.ofSeconds(5), kill);
                HostProcesses.sleep(20);
                pids = Network.pids(ns);
            }
        }
        namespaces.forEach(Network::delete);
        try (var entries = Files.exists(HostFs.ETC_NETNS) ? Files.list(HostFs.ETC_NETNS)
                : java.util.stream.Stream.<Path>empty()) {
            for (Path p : entries.filter(p -> p.getFileName().toString().startsWith(Topology.PREFIX)).toList()) {
                Exec.run(Duration.ofSeconds(30), List.of("rm", "-rf", "--one-file-system", p.toString()));
            }
        } catch (IOException e) {
            throw new LabException("cannot clean " + HostFs.ETC_NETNS + ": " + e.getMessage(), e);
        }
        Exec.run(Duration.ofSeconds(60), List.of("rm", "-rf", "--one-file-system", HostFs.HOSTS_ROOT.toString()));
        List<String> left = Network.ours();
        if (!left.isEmpty()) {
            throw new LabException("could not remove the namespaces " + left);
        }
        return new Removed(namespaces.size(), processes);
    }
}
