package dev.infradesigner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return InfraDesignerCli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
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
