package dev.infradesigner.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.model.Design;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvisioningTest {

    private static List<HostServices> hosts(String sample) throws Exception {
        Design design = DesignFiles.load(Path.of("samples", sample));
        LabPlan plan = LabPlanner.plan(design, LabExports.of(design));
        List<HostServices> out = new ArrayList<>();
        for (LabHost host : plan.hosts()) {
            HostFs fs = new HostFs(host.namespace());
            out.add(new HostServices(plan, host, fs, new HostProcesses(fs), new LabAccounts(List.of(), null)));
        }
        return out;
    }

    private static List<String> order(List<HostServices> hosts) {
        return Provisioning.bootOrder(hosts).stream().map(h -> h.host().hostname()).toList();
    }

    @Test
    void databasesGoFirstThenOneOfEachServingRoleAtATimeThenMonitoring() throws Exception {
        List<HostServices> hosts = hosts("04-scaled-up.infra");
        List<String> expected = List.of("db-01", "db-02", "lb-01", "app-01", "web-01", "lb-02", "app-02", "web-02",
                "mon-01");
        assertEquals(expected, order(hosts));
        Collections.reverse(hosts);
        assertEquals(List.of("db-01", "db-02", "lb-02", "app-02", "web-02", "lb-01", "app-01", "web-01", "mon-01"),
                order(hosts), "the rounds follow the design's order, whatever it is; primaries still come first");
    }

    @Test
    void aServerHostingADatabaseGoesFirstWhateverElseItHosts() throws Exception {
        assertEquals(List.of("web-01", "web-02", "lb-01"), order(hosts("02-three-server.infra")),
                "web-01 holds the primary, web-02 the replica");
    }
}
