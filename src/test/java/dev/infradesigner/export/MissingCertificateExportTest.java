package dev.infradesigner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Listener;
import dev.infradesigner.model.LoadBalancerSettings;
import dev.infradesigner.model.WebServerSettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An HTTPS listener waiting for its certificate is a valid design, and no export writes it. */
class MissingCertificateExportTest {

    @Test
    void haproxyRefusesAnHttpsListenerWithoutCertificateSayingWhatToSet() throws Exception {
        Design d = DesignFiles.load(Path.of("samples/02-three-server.infra"));
        Component lb = d.component("lb").orElseThrow();
        LoadBalancerSettings s = lb.settings(LoadBalancerSettings.class);
        Design waiting = d.with(lb.withSettings(new LoadBalancerSettings(s.algorithm(), s.mode(), s.redundancy(),
                List.of(Listener.http(80), Listener.https(443)), null, true, s.healthCheck(), s.floatingIp())));
        ExportRun.Result run = ExportRun.of(waiting, List.of(new HaproxyExporter()), ExportMode.FULL);
        assertEquals(List.of(new ExportRun.Refusal("HAProxy", "Load balancer \"HAProxy\" (lb) listens for HTTPS on "
                + "port 443 but has no certificate: set its certificate to the path of its PEM file, or remove the "
                + "HTTPS listener.")), run.refusals());
    }

    @Test
    void nginxRefusesItToo() throws Exception {
        Design d = DesignFiles.load(Path.of("samples/02-three-server.infra"));
        Component web = d.component("nginx-2").orElseThrow();
        WebServerSettings s = web.settings(WebServerSettings.class);
        Design waiting = d.with(web.withSettings(new WebServerSettings(s.serverName(), List.of(Listener.https(443)),
                null, false, s.staticRoot())));
        ExportRun.Result run = ExportRun.of(waiting, Exporters.all(), ExportMode.SNIPPET);
        assertTrue(run.refused());
        assertTrue(run.refusals().get(0).text().startsWith("Nginx: Web server \"Nginx 2\" (nginx-2) listens for HTTPS"),
                run.refusals().toString());
    }
}
