package dev.infradesigner.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a killed lab run leaves (namespaces with processes, /etc/netns entries, folders) is all removed. */
class LeftoversTest {

    @Test
    void aKilledRunsLeftoversAreRemovedAndNothingElse() throws Exception {
        LabMachine.require();
        String ns = Topology.PREFIX + "leftover-test";
        String other = "keep-me-" + ProcessHandle.current().pid();
        try {
            Exec.run(Duration.ofSeconds(5), List.of("ip", "netns", "add", ns));
            Exec.run(Duration.ofSeconds(5), List.of("ip", "netns", "add", other));
            Process sleeper = new ProcessBuilder("ip", "netns", "exec", ns, "sleep", "600").start();
            Files.createDirectories(HostFs.ETC_NETNS.resolve(ns));
            Files.writeString(HostFs.ETC_NETNS.resolve(ns).resolve("hosts"), "10.0.0.1 x\n");
            Files.createDirectories(HostFs.HOSTS_ROOT.resolve(ns).resolve("var"));
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (Network.pids(ns).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(List.of(sleeper.pid()), Network.pids(ns));

            Leftovers.Removed removed = Leftovers.clean();

            assertTrue(removed.namespaces() >= 1 && removed.processes() >= 1, removed.toString());
            assertTrue(sleeper.waitFor(5, java.util.concurrent.TimeUnit.SECONDS), "the process was killed");
            assertFalse(Network.ours().contains(ns));
            assertFalse(Files.exists(HostFs.ETC_NETNS.resolve(ns)));
            assertFalse(Files.exists(HostFs.HOSTS_ROOT));
            assertTrue(Exec.run(Duration.ofSeconds(5), List.of("ip", "netns", "list")).output().contains(other),
                    "a namespace that is not the lab's is left alone");
        } finally {
            Exec.run(Duration.ofSeconds(5), List.of("ip", "netns", "delete", other));
            Leftovers.clean();
        }
    }

    @Test
    void aSecondLabIsRefusedWhileOneRuns() {
        LabMachine.require();
        try (LabLock lock = LabLock.acquire()) {
            LabException e = org.junit.jupiter.api.Assertions.assertThrows(LabException.class, LabLock::acquire);
            assertTrue(e.getMessage().contains("another lab is running (process " + ProcessHandle.current().pid()),
                    e.getMessage());
        }
        LabLock.acquire().close();
    }
}
