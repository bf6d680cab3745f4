package dev.infradesigner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lab's command line where no lab has to boot: what it refuses, and how it says so. */
class LabCommandTest {

    @TempDir
    Path folder;

    @Test
    void aDesignTheLabCannotRunIsRefusedBeforeAnythingStarts() throws Exception {
        Path file = folder.resolve("mysql.infra");
        Files.writeString(file, Files.readString(Path.of("samples/02-three-server.infra"))
                .replace("\"engine\": \"mariadb\"", "\"engine\": \"mysql\""));
        CliRun cli = new CliRun();
        assertEquals(2, cli.run("lab", file.toString()));
        assertTrue(cli.err.toString().contains("set its engine to mariadb"), cli.err.toString());
        assertEquals("", cli.out.toString());
    }

    @Test
    void withoutADesignItSaysWhatItNeeds() {
        CliRun cli = new CliRun();
        assertEquals(2, cli.run("lab"));
        assertTrue(cli.err.toString().contains("infra-designer lab FILE (or: infra-designer lab down)"),
                cli.err.toString());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun cli = new CliRun();
        assertEquals(2, cli.run("lab", "samples/02-three-server.infra", "--format", "yaml"));
        assertTrue(cli.err.toString().contains("--format must be text or json"), cli.err.toString());
    }

    @Test
    void anInvalidDesignIsTheLoadersError() throws Exception {
        Path file = folder.resolve("bad.infra");
        Files.writeString(file, "{");
        CliRun cli = new CliRun();
        assertEquals(2, cli.run("lab", file.toString()));
        assertTrue(cli.err.toString().startsWith(file.toString()), cli.err.toString());
    }
}
