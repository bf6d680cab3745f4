package dev.infradesigner.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.model.Design;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every full file exported from every sample passes the real daemon's own check. */
class SampleExportDaemonTest {

    @TempDir
    static Path folder;

    private static Path pem;

    @BeforeAll
    static void certificate() throws Exception {
        pem = Daemons.selfSignedPem(folder);
    }

    static Stream<String> samples() {
        return Stream.of("01-simple-web-stack.infra", "02-three-server.infra", "03-secured-monitored.infra",
                "04-scaled-up.infra");
    }

    private static List<Path> exported(String sample, Exporter exporter) throws Exception {
        Design design = ExportFixtures.withCertificate(DesignFiles.load(Path.of("samples", sample)), pem);
        Path out = Files.createTempDirectory(folder, exporter.id());
        List<Path> paths = new java.util.ArrayList<>();
        for (ExportedFile file : exporter.export(design, ExportMode.FULL)) {
            Path path = out.resolve(file.path());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.content());
            paths.add(path);
        }
        return paths;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void haproxyAcceptsEveryFullFile(String sample) throws Exception {
        Daemons.require("haproxy", "haproxy");
        List<Path> files = exported(sample, new HaproxyExporter());
        assertTrue(sample.startsWith("01") || !files.isEmpty());
        for (Path file : files) {
            Daemons.Verdict verdict = Daemons.haproxy(file);
            assertTrue(verdict.ok(), file + ":\n" + verdict.output() + "\n" + Files.readString(file));
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void nginxAcceptsEveryFullFile(String sample) throws Exception {
        Daemons.require("nginx", "nginx");
        List<Path> files = exported(sample, new NginxExporter());
        assertFalse(files.isEmpty());
        for (Path file : files) {
            Daemons.Verdict verdict = Daemons.nginx(file, file.getParent());
            assertTrue(verdict.ok(), file + ":\n" + verdict.output() + "\n" + Files.readString(file));
        }
    }
}
