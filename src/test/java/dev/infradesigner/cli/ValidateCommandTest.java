package dev.infradesigner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path folder;

    private final CliRun cli = new CliRun();
    private final java.io.StringWriter out = cli.out;
    private final java.io.StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void validSamplesPrintOkWithTheirCounts() {
        assertEquals(0, run("validate", "samples/01-simple-web-stack.infra", "samples/02-three-server.infra"));
        assertEquals("samples/01-simple-web-stack.infra: ok (7 components, 3 links)\n"
                + "samples/02-three-server.infra: ok (14 components, 9 links)\n", out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void anInvalidFilePrintsEachErrorAndExitsWith2() throws Exception {
        Path bad = folder.resolve("bad.infra");
        Files.writeString(bad, Files.readString(Path.of("samples/01-simple-web-stack.infra"))
                .replace("\"port\": 8080", "\"port\": 70000"));
        assertEquals(2, run("validate", "samples/01-simple-web-stack.infra", bad.toString()));
        assertTrue(out.toString().contains("01-simple-web-stack.infra: ok"));
        assertTrue(err.toString().startsWith(bad + ": components[4].settings.port: 70000 is not a port (1-65535)"),
                err.toString());
        assertTrue(!err.toString().contains("Exception"));
    }

    @Test
    void aMissingFileIsAnError() {
        assertEquals(2, run("validate", folder.resolve("nope.infra").toString()));
        assertTrue(err.toString().endsWith("nope.infra: no such file\n"), err.toString());
    }

    @Test
    void usageErrorsExitWith2() {
        assertEquals(2, run("validate"));
        assertTrue(err.toString().contains("Missing required parameter"), err.toString());
        assertEquals(2, run("frobnicate"));
    }

    @Test
    void everyCommandHasHelpAndVersion() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("validate"));
        assertEquals(0, run("validate", "--help"));
        assertTrue(out.toString().contains("Exit codes"));
        assertEquals(0, run("validate", "--version"));
        assertTrue(out.toString().contains("Infra Designer "));
    }

    @Test
    void subcommandsAndOptionsGoToTheCliFilesToTheApp() {
        assertTrue(InfraDesignerCli.isCommand("validate", "x.infra"));
        assertTrue(InfraDesignerCli.isCommand("--version"));
        assertTrue(!InfraDesignerCli.isCommand());
        assertTrue(!InfraDesignerCli.isCommand("samples/02-three-server.infra"));
    }
}
