package dev.infradesigner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    @TempDir
    Path folder;

    private final CliRun cli = new CliRun();
    private final java.io.StringWriter out = cli.out;
    private final java.io.StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void writesAFolderPerServerAndSaysWhat() throws Exception {
        assertEquals(0, run("export", "samples/02-three-server.infra", "--out", folder.toString()));
        assertTrue(Files.readString(folder.resolve("lb-01/haproxy.cfg")).contains("balance roundrobin"));
        assertTrue(Files.exists(folder.resolve("web-01/nginx.conf")));
        assertTrue(Files.exists(folder.resolve("web-02/nginx.conf")));
        assertTrue(out.toString().contains("wrote " + folder.resolve("lb-01/haproxy.cfg")), out.toString());
    }

    @Test
    void aDesignNamedInEmojiExports() throws Exception {
        dev.infradesigner.model.Design sample = dev.infradesigner.io.DesignFiles.load(
                Path.of("samples/02-three-server.infra"));
        Path design = folder.resolve("rockets.infra");
        String rockets = "\uD83D\uDE80".repeat(100);
        dev.infradesigner.io.DesignFiles.save(sample.withName(rockets)
                .with(sample.component("lb").orElseThrow().withLabel(rockets)), design);
        Path out = folder.resolve("out");
        assertEquals(0, run("export", design.toString(), "--out", out.toString()), err.toString());
        String haproxy = Files.readString(out.resolve("lb-01/haproxy.cfg"));
        assertTrue(haproxy.contains("\uD83D\uDE80".repeat(50)), "the name, cut between pairs, in the comment");
    }

    @Test
    void anOutputFolderThatIsAFileIsOneClearLineAndExit2() throws Exception {
        Path file = folder.resolve("plain.txt");
        Files.writeString(file, "x");
        assertEquals(2, run("export", "samples/02-three-server.infra", "--out", file.toString()));
        assertEquals(file + " is a file, not a folder", err.toString().strip());
        assertEquals(2, run("export", "samples/02-three-server.infra", "--out", file.resolve("sub").toString()));
        assertTrue(err.toString().lines().noneMatch(l -> l.contains("\tat ") || l.contains("Exception")), err.toString());
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        assertEquals(0, run("export", "samples/02-three-server.infra", "--out", folder.toString()));
        Files.writeString(folder.resolve("lb-01/haproxy.cfg"), "mine");
        assertEquals(2, run("export", "samples/02-three-server.infra", "--out", folder.toString()));
        assertTrue(err.toString().contains("already exists"));
        assertEquals("mine", Files.readString(folder.resolve("lb-01/haproxy.cfg")), "nothing was written");
        assertEquals(0, run("export", "samples/02-three-server.infra", "--out", folder.toString(), "--force"));
        assertTrue(Files.readString(folder.resolve("lb-01/haproxy.cfg")).contains("frontend"));
    }

    @Test
    void onlyAndSnippetsNarrowTheOutput() throws Exception {
        assertEquals(0, run("export", "samples/02-three-server.infra", "--out", folder.toString(), "--only",
                "nginx", "--snippets"));
        assertTrue(Files.exists(folder.resolve("web-01/sites-available/nginx-2.conf")));
        assertTrue(!Files.exists(folder.resolve("lb-01")));
        assertEquals(2, run("export", "samples/02-three-server.infra", "--out", folder.toString(), "--only", "iis"));
        assertTrue(err.toString().contains("unknown exporter 'iis'"));
    }

    @Test
    void aDesignAnExporterRefusesExitsWith2SayingWhatToChangeAndWritesNothing() throws Exception {
        dev.infradesigner.model.Design sample = dev.infradesigner.io.DesignFiles.load(
                Path.of("samples/04-scaled-up.infra"));
        Path design = folder.resolve("unplaced.infra");
        dev.infradesigner.io.DesignFiles.save(sample.with(sample.component("prometheus").orElseThrow()
                .withHost(null)), design);
        Path out = folder.resolve("out");
        assertEquals(2, run("export", design.toString(), "--out", out.toString()));
        assertTrue(err.toString().startsWith(design + ": Prometheus \"Prometheus\" (prometheus) is on no server"),
                err.toString());
        assertTrue(err.toString().contains("put \"Prometheus\" on a server"), err.toString());
        assertTrue(!Files.exists(out), "nothing was written, not even the exporters that accept the design");
        // Without the refusing exporter the rest is written.
        assertEquals(0, run("export", design.toString(), "--out", out.toString(), "--only", "haproxy,mysql"));
        assertTrue(Files.exists(out.resolve("db-01/mysql/mysql-primary.cnf")));
    }

    @Test
    void twoServersWithOneHostNameAreRefusedInsteadOfOverwritingEachOther() throws Exception {
        Path design = folder.resolve("clash.infra");
        Files.writeString(design, Files.readString(Path.of("samples/02-three-server.infra"))
                .replace("\"hostname\": \"web-02\"", "\"hostname\": \"web-01\""));
        assertEquals(0, run("validate", design.toString()), "the file is valid: it loads");
        Path out = folder.resolve("out");
        assertEquals(2, run("export", design.toString(), "--out", out.toString()));
        assertTrue(err.toString().contains(design + ": Two servers share a hostname or an IP address: \"Server 2\" "
                + "(server-2) and \"Server 3\" (server-3) share the host name \"web-01\""), err.toString());
        assertTrue(!Files.exists(out), "nothing was written");
        assertEquals(2, run("export", design.toString(), "--out", out.toString(), "--only", "ufw"),
                "whichever exporters are asked for");
    }

    @Test
    void anInvalidDesignExitsWith2() throws Exception {
        Path bad = folder.resolve("bad.infra");
        Files.writeString(bad, "{");
        assertEquals(2, run("export", bad.toString(), "--out", folder.resolve("out").toString()));
        assertTrue(err.toString().startsWith(bad + ": the file is not valid JSON"), err.toString());
    }
}
