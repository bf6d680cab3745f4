package dev.infradesigner.lab.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.rules.Auditor;
import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.model.Design;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the drills expect of each server of the samples, against the domain primer's own words: sample 2's
 * lone load balancer cuts users off, its primary's server loses only writes, and sample 4 loses nothing
 * but writes with its primary.
 */
class PredictionTest {

    private static final Map<String, String> SAMPLES = Map.of("02", "02-three-server.infra", "03",
            "03-secured-monitored.infra", "04", "04-scaled-up.infra");

    @ParameterizedTest(name = "sample {0}: {1} -> {2}")
    @CsvSource({
        "02, server-1, CUT_OFF, spof.load-balancer",
        "02, server-2, WRITES_LOST, spof.database-writer",
        "02, server-3, NO_LOSS, ''",
        "03, server-1, CUT_OFF, spof.load-balancer",
        "03, server-2, WRITES_LOST, spof.database-writer",
        "03, server-3, NO_LOSS, ''",
        "04, lb-server-1, NO_LOSS, ''",
        "04, lb-server-2, NO_LOSS, ''",
        "04, web-server-1, NO_LOSS, ''",
        "04, app-server-2, NO_LOSS, ''",
        "04, db-server-1, WRITES_LOST, spof.database-writer",
        "04, db-server-2, NO_LOSS, ''",
        "04, mon-server, NO_LOSS, ''"})
    void eachServerOfTheSamples(String sample, String server, Prediction.Outcome outcome, String findings)
            throws Exception {
        Design design = DesignFiles.load(Path.of("samples", SAMPLES.get(sample)));
        List<Finding> audit = new Auditor().audit(design);
        Prediction p = Prediction.of(design, audit, List.of(server));
        assertEquals(outcome, p.outcome(), p.toString());
        assertEquals(findings.isEmpty() ? List.of() : List.of(findings.split(" ")), p.findings());
    }

    @ParameterizedTest(name = "sample 05: {0} -> {1}")
    @CsvSource({"uplink-a, NO_LOSS", "router-a, NO_LOSS", "switch-a, NO_LOSS", "switch-b, NO_LOSS"})
    void eachNetworkDeviceOfTheRedundantNetworkIsSafe(String device, Prediction.Outcome outcome) throws Exception {
        Design design = DesignFiles.load(Path.of("samples", "05-redundant-network.infra"));
        Prediction p = Prediction.of(design, new Auditor().audit(design), List.of(device));
        assertEquals(outcome, p.outcome(), p.toString());
        assertEquals(List.of(), p.findings());
    }

    @Test
    void withOneUplinkLeftItAndItsRouterCutUsersOffAndTheOtherRouterDoesNot() throws Exception {
        Design design = DesignFiles.load(Path.of("samples", "05-redundant-network.infra")).without(List.of("uplink-b"));
        List<Finding> audit = new Auditor().audit(design);
        Prediction uplink = Prediction.of(design, audit, List.of("uplink-a"));
        assertEquals(Prediction.Outcome.CUT_OFF, uplink.outcome());
        assertEquals(List.of("network.single-uplink"), uplink.findings());
        Prediction router = Prediction.of(design, audit, List.of("router-a"));
        assertEquals(Prediction.Outcome.CUT_OFF, router.outcome());
        assertEquals(List.of("spof.network"), router.findings());
        assertEquals(Prediction.Outcome.NO_LOSS, Prediction.of(design, audit, List.of("router-b")).outcome());
    }
}
