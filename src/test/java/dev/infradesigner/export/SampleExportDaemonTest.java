package dev.infradesigner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.model.Design;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file exported from every sample, full or snippet, passes the real daemon's own check. */
class SampleExportDaemonTest {

    @TempDir
    static Path folder;

    private static Path pem;

    @BeforeAll
    static void certificate() throws Exception {
        pem = Daemons.selfSignedPem(folder);
    }

    static Stream<Arguments> samplesAndExporters() {
        return Stream.of("01-simple-web-stack.infra", "02-three-server.infra", "03-secured-monitored.infra",
                "04-scaled-up.infra").flatMap(sample -> Daemons.CHECKED_EXPORTERS.stream()
                .flatMap(exporter -> Stream.of(ExportMode.values()).map(mode -> Arguments.of(sample, exporter, mode))));
    }

    /** Full files as they are; snippets pasted into the daemon's stock Debian configuration. */
    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("samplesAndExporters")
    void theDaemonAcceptsEveryFile(String sample, String exporterId, ExportMode mode) throws Exception {
        Exporter exporter = Exporters.byId(exporterId).orElseThrow();
        Design design = ExportFixtures.withCertificate(DesignFiles.load(Path.of("samples", sample)), pem);
        Path out = Files.createTempDirectory(folder, exporter.id());
        for (ExportedFile file : exporter.export(design, mode)) {
            Path path = out.resolve(file.path());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.content());
            if (!Daemons.checkable(file.path())) {
                continue;
            }
            Daemons.Verdict verdict = mode == ExportMode.FULL ? Daemons.check(exporterId, path)
                    : Daemons.checkSnippet(exporterId, path);
            assertTrue(verdict.ok(), path + ":\n" + verdict.output() + "\n" + file.content());
        }
    }

    @Test
    void theSamplesExportWhatTheyDescribe() throws Exception {
        Design scaled = DesignFiles.load(Path.of("samples/04-scaled-up.infra"));
        assertEquals(2, new KeepalivedExporter().export(scaled, ExportMode.FULL).size());
        assertEquals(1, new PrometheusExporter().export(scaled, ExportMode.FULL).size());
        assertEquals(2, new NginxExporter().export(scaled, ExportMode.FULL).size());
        assertEquals(2, new HaproxyExporter().export(scaled, ExportMode.FULL).size());
        Design simple = DesignFiles.load(Path.of("samples/01-simple-web-stack.infra"));
        assertTrue(new HaproxyExporter().export(simple, ExportMode.FULL).isEmpty(), "no load balancer");
    }
}
