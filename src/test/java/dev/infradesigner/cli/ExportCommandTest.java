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
    void anInvalidDesignExitsWith2() throws Exception {
        Path bad = folder.resolve("bad.infra");
        Files.writeString(bad, "{");
        assertEquals(2, run("export", bad.toString(), "--out", folder.resolve("out").toString()));
        assertTrue(err.toString().startsWith(bad + ": the file is not valid JSON"), err.toString());
    }
}
