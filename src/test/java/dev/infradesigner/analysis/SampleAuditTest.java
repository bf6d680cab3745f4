package dev.infradesigner.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.rules.Auditor;
import dev.infradesigner.io.DesignFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The domain primer's table of what each sample must and must not report, pinned, and the same for the
 * fifth sample, which docs/rules.md adds for the network layer.
 */
class SampleAuditTest {

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("01-simple-web-stack.infra",
                        List.of("spof.server", "https.missing", "firewall.missing", "monitoring.missing",
                                "replication.no-replica"),
                        List.of("spof.load-balancer")),
                Arguments.of("02-three-server.infra",
                        List.of("spof.load-balancer", "spof.database-writer", "https.missing", "firewall.missing",
                                "monitoring.missing"),
                        List.of("spof.server", "replication.no-replica", "replication.same-host",
                                "lb.single-backend")),
                Arguments.of("03-secured-monitored.infra",
                        List.of("spof.load-balancer", "spof.database-writer", "https.plaintext-behind-tls"),
                        List.of("https.missing", "firewall.missing", "monitoring.missing")),
                Arguments.of("04-scaled-up.infra", List.of(),
                        List.of("spof.load-balancer", "spof.server", "firewall.missing", "https.missing",
                                "monitoring.missing")),
                // The network layer's own sample (docs/rules.md): sample 04 on a redundant network.
                Arguments.of("05-redundant-network.infra", List.of("spof.database-writer"),
                        List.of("spof.network", "network.single-uplink", "network.unattached",
                                "network.pair-same-switch", "spof.load-balancer", "spof.server", "firewall.missing",
                                "https.missing", "monitoring.missing")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void samplesReportWhatTheDomainPrimerSays(String sample, List<String> must, List<String> mustNot)
            throws Exception {
        List<Finding> findings = new Auditor().audit(DesignFiles.load(Path.of("samples", sample)));
        Set<String> reported = findings.stream().map(Finding::ruleId).collect(Collectors.toSet());
        for (String rule : must) {
            assertTrue(reported.contains(rule), sample + " must report " + rule + "; reported " + reported);
        }
        for (String rule : mustNot) {
            assertTrue(!reported.contains(rule), sample + " must not report " + rule);
        }
        if (sample.startsWith("04") || sample.startsWith("05")) {
            assertTrue(findings.stream().noneMatch(f -> f.severity() == Severity.ERROR),
                    "the scaled-up design has no error: " + findings);
        }
    }
}
