package dev.infradesigner.export;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.LoadBalancerSettings;
import dev.infradesigner.model.WebServerSettings;
import java.nio.file.Path;

/** Points every certificate of a design at a test certificate, so the daemons can load it. */
final class ExportFixtures {

    private ExportFixtures() {
    }

    static Design withCertificate(Design design, Path pem) {
        Design out = design;
        for (Component c : design.components()) {
            if (c.settings() instanceof LoadBalancerSettings s && s.certificate() != null) {
                out = out.with(c.withSettings(new LoadBalancerSettings(s.algorithm(), s.mode(), s.redundancy(),
                        s.listeners(), pem.toString(), s.redirectHttps(), s.healthCheck(), s.floatingIp())));
            } else if (c.settings() instanceof WebServerSettings s && s.certificate() != null) {
                out = out.with(c.withSettings(new WebServerSettings(s.serverName(), s.listeners(), pem.toString(),
                        s.redirectHttps(), s.staticRoot())));
            }
        }
        return out;
    }
}
