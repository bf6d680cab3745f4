package dev.infradesigner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.model.Design;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file exported from every sample that a daemon can check, full or snippet, passes the real daemon's
 * own check. One case per file: a sample that exports nothing for a daemon is no case (it would pass
 * without checking anything), and a guard fails if an exporter that should have files has no case.
 */
class SampleExportDaemonTest {

    static final List<String> SAMPLES = List.of("01-simple-web-stack.infra", "02-three-server.infra",
            "03-secured-monitored.infra", "04-scaled-up.infra");

    @TempDir
    static Path folder;

    /** The certificate every design's certificate paths point at, made once for all cases. */
    private static Path pem;

    @BeforeAll
    static void certificate() throws Exception {
        pem = Daemons.selfSignedPem(folder);
    }

    /** The sample with its certificates pointing at the test certificate, which the daemons load. */
    private static Design sample(String name) {
        try {
            return ExportFixtures.withCertificate(DesignFiles.load(Path.of("samples", name)), pem);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load " + name, e);
        }
    }

    /** (sample, exporter, mode, file) for every exported file a daemon checks. */
    static Stream<Arguments> exportedFiles() {
        return SAMPLES.stream().flatMap(sample -> Daemons.CHECKED_EXPORTERS.stream().flatMap(exporter ->
                Stream.of(ExportMode.values()).flatMap(mode -> Exporters.byId(exporter).orElseThrow()
                        .export(sample(sample), mode).stream().filter(Daemons::checkable)
                        .map(file -> Arguments.of(sample, exporter, mode, file.path())))));
    }

    /** Full files as they are; snippets pasted into the daemon's stock Debian configuration. */
    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @MethodSource("exportedFiles")
    void theDaemonAcceptsTheFile(String sample, String exporterId, ExportMode mode, String path) throws Exception {
        List<ExportedFile> files = Exporters.byId(exporterId).orElseThrow().export(sample(sample), mode);
        Path out = Files.createTempDirectory(folder, exporterId);
        Map<String, Path> staged = ConfigCheck.stage(files, out);
        ExportedFile file = files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
        Daemons.Verdict verdict = Daemons.checkStaged(exporterId, mode, file, out, staged);
        assertTrue(verdict.ok(), path + ":\n" + verdict.output() + "\n" + file.content());
    }

    /** The cases above cover every checked exporter in both modes, so none can pass by checking nothing. */
    @Test
    void everyCheckedExporterHasFilesToCheckInBothModes() {
        Map<String, Set<ExportMode>> covered = exportedFiles().map(Arguments::get)
                .collect(Collectors.groupingBy(a -> (String) a[1], Collectors.mapping(a -> (ExportMode) a[2],
                        Collectors.toSet())));
        for (String exporter : Daemons.CHECKED_EXPORTERS) {
            assertEquals(Set.of(ExportMode.values()), covered.getOrDefault(exporter, Set.of()),
                    exporter + " has no file to check in some mode: " + covered);
        }
        // Sample 01 has no load balancer, so it is no HAProxy case rather than an empty one.
        assertFalse(exportedFiles().anyMatch(a -> a.get()[0].equals("01-simple-web-stack.infra")
                && a.get()[1].equals("haproxy")));
    }

    @Test
    void theSamplesExportWhatTheyDescribe() throws Exception {
        Design scaled = DesignFiles.load(Path.of("samples/04-scaled-up.infra"));
        assertEquals(2, new KeepalivedExporter().export(scaled, ExportMode.FULL).size());
        assertEquals(1, new PrometheusExporter().export(scaled, ExportMode.FULL).size());
        assertEquals(List.of("web-01/nginx.conf", "web-01/ffdhe2048.pem", "web-02/nginx.conf", "web-02/ffdhe2048.pem"),
                paths(new NginxExporter(), scaled));
        assertEquals(List.of("lb-01/haproxy.cfg", "lb-01/ffdhe2048.pem", "lb-02/haproxy.cfg", "lb-02/ffdhe2048.pem"),
                paths(new HaproxyExporter(), scaled));
        assertEquals(List.of("dns/www.foobar.com.zone"), paths(new DnsExporter(), scaled));
        Design simple = DesignFiles.load(Path.of("samples/01-simple-web-stack.infra"));
        assertTrue(new HaproxyExporter().export(simple, ExportMode.FULL).isEmpty(), "no load balancer");
        assertEquals(List.of("web-01/nginx.conf"), paths(new NginxExporter(), simple), "no TLS, no DH parameters");
    }

    private static List<String> paths(Exporter exporter, Design design) {
        return exporter.export(design, ExportMode.FULL).stream().map(ExportedFile::path).toList();
    }
}
