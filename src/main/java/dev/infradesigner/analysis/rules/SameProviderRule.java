package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.UplinkSettings;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * {@code network.same-provider}: a design has two or more uplinks and every one comes from the same
 * provider. Each uplink is a failure domain of its own, so the audit finds no single one; but a
 * provider's outage (its routing, its DNS, a cut at its exchange) takes all of them at once, which is why
 * the fix for a single uplink asks for another provider.
 */
public final class SameProviderRule implements AuditRule {

    @Override
    public String id() {
        return "network.same-provider";
    }

    @Override
    public String title() {
        return "Uplinks from one provider";
    }

    @Override
    public void check(AuditContext context, Consumer<Finding> report) {
        List<Component> uplinks = context.design().componentsOf(ComponentKind.UPLINK);
        if (uplinks.size() < 2) {
            return;
        }
        String provider = uplinks.get(0).settings(UplinkSettings.class).provider();
        boolean same = uplinks.stream().allMatch(u -> normal(u.settings(UplinkSettings.class).provider())
                .equals(normal(provider)));
        if (!same) {
            return;
        }
        report.accept(finding(Severity.WARNING, "Every internet uplink, " + context.names(uplinks)
                + ", comes from one provider, " + AuditContext.quote(provider.strip()) + ": an outage of that "
                + "provider takes them all at once.", "Take one uplink from another provider (on its own path "
                + "into the building where you can), and set its provider in the inspector.",
                uplinks.stream().map(Component::id).toList()));
    }

    /** Providers compare without case and surrounding space: "ISP A" and "isp a " are one provider. */
    private static String normal(String provider) {
        return provider.strip().toLowerCase(Locale.ROOT);
    }
}
