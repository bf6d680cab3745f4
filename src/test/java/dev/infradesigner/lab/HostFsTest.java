package dev.infradesigner.lab;

import dev.infradesigner.export.ProcessRunner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Where a path a host's daemon sees lies on the real file system, and what the lab refuses to place. */
class HostFsTest {

    private static final String NS = Topology.PREFIX + "hostfs-test";
    private final HostFs fs = new HostFs(NS);

    @AfterEach
    void removeIt() throws Exception {
        Path etc = HostFs.ETC_NETNS.resolve(NS);
        if (Files.exists(etc.resolve("nginx"))) {
            Files.delete(etc.resolve("nginx"));
        }
        if (Files.exists(etc)) {
            Files.delete(etc);
        }
    }

    @Test
    void privateFoldersMapToTheHostsOwn() {
        assertEquals(HostFs.HOSTS_ROOT.resolve(NS).resolve("var/lib/mysql"), fs.real("/var/lib/mysql"));
        assertEquals(HostFs.HOSTS_ROOT.resolve(NS).resolve("srv/foobar/app"), fs.real("/srv/foobar/../foobar/app"));
        assertEquals(HostFs.HOSTS_ROOT.resolve(NS).resolve("run/haproxy/admin.sock"), fs.real("/run/haproxy/admin.sock"));
    }

    @Test
    void etcOnlyInTheFoldersTheHostHasItsOwnCopyOf() throws Exception {
        LabException none = assertThrows(LabException.class, () -> fs.real("/etc/nginx/certs/site.pem"));
        assertTrue(none.getMessage().contains("/etc/haproxy, /etc/nginx"), none.getMessage());
        Files.createDirectories(HostFs.ETC_NETNS.resolve(NS).resolve("nginx"));
        assertEquals(HostFs.ETC_NETNS.resolve(NS).resolve("nginx/certs/site.pem"), fs.real("/etc/nginx/certs/site.pem"));
        assertThrows(LabException.class, () -> fs.real("/etc/passwd"), "a file right under /etc is the machine's");
    }

    @Test
    void nothingOutsideThePrivateFolders() {
        for (String path : new String[] {"/usr/share/x.pem", "/home/me/site.pem", "/", "relative/x"}) {
            assertThrows(LabException.class, () -> fs.real(path), path);
        }
    }

    @Test
    void commandsRunInTheNamespaceWithTheHostsFoldersMounted() {
        var command = fs.command(java.util.List.of("nginx", "-t"));
        assertEquals(java.util.List.of("ip", "netns", "exec", NS, "sh", "-c"), command.subList(0, 6));
        assertTrue(command.get(6).indexOf("srv opt tmp run var") > 0, "/var last: the hosts' folders are under it");
        assertEquals(java.util.List.of("sh", HostFs.HOSTS_ROOT.resolve(NS).toString(), "nginx", "-t"),
                command.subList(7, command.size()));
    }

    @Test
    void commandsStartInTheRootFolderWhereverTheLabWasStarted() {
        LabMachine.require();
        Exec.check(java.time.Duration.ofSeconds(10), java.util.List.of("ip", "netns", "add", NS));
        try {
            fs.prepare();
            // The lab may be started from a folder under /tmp, which the host's private /tmp hides.
            ProcessRunner.Result r = Exec.run(java.time.Duration.ofSeconds(10), fs.command(java.util.List.of("pwd")));
            assertEquals(0, r.exitCode(), r.output());
            assertEquals("/", r.output().strip());
        } finally {
            Exec.run(java.time.Duration.ofSeconds(10), java.util.List.of("ip", "netns", "delete", NS));
            fs.remove();
        }
    }
}
