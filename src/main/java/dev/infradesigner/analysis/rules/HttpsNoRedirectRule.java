package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.LoadBalancerSettings;
import dev.infradesigner.model.WebServerSettings;
import java.util.List;
import java.util.function.Consumer;

/** {@code https.no-redirect}: HTTP is served beside HTTPS without a redirect. */
public final class HttpsNoRedirectRule implements AuditRule {

    @Override
    public String id() {
        return "https.no-redirect";
    }

    @Override
    public String title() {
        return "HTTP without redirect";
    }

    @Override
    public void check(AuditContext context, Consumer<Finding> report) {
        Entry.links(context).stream().map(l -> context.component(l.to())).distinct().forEach(c -> {
            if (servesBothWithoutRedirect(c)) {
                report.accept(finding(Severity.WARNING, context.name(c) + " serves plain HTTP beside HTTPS "
                        + "without redirecting: users who type the bare address stay on the unencrypted site.",
                        "Answer HTTP with a permanent redirect to HTTPS (turn on \"redirect HTTP to HTTPS\"), and "
                        + "consider HSTS.", List.of(c.id())));
            }
        });
    }

    private static boolean servesBothWithoutRedirect(Component c) {
        if (c.settings() instanceof LoadBalancerSettings lb) {
            return lb.servesHttp() && lb.servesHttps() && !lb.redirectHttps();
        }
        if (c.settings() instanceof WebServerSettings web) {
            return web.servesHttp() && web.servesHttps() && !web.redirectHttps();
        }
        return false;
    }
}
