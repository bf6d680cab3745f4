package dev.infradesigner.analysis.rules;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.FirewallRule;
import dev.infradesigner.model.FirewallSettings;
import java.util.List;
import java.util.function.Consumer;

/** {@code firewall.allows-all}: a firewall that allows every port from every source. */
public final class FirewallAllowsAllRule implements AuditRule {

    @Override
    public String id() {
        return "firewall.allows-all";
    }

    @Override
    public String title() {
        return "Firewall allows everything";
    }

    @Override
    public void check(AuditContext context, Consumer<Finding> report) {
        for (Component fw : context.design().componentsOf(ComponentKind.FIREWALL)) {
            if (fw.settings(FirewallSettings.class).rules().stream().anyMatch(FirewallRule::allowsAll)) {
                report.accept(finding(Severity.WARNING, context.name(fw) + " allows every port from anywhere, "
                        + "so it protects nothing.",
                        "Replace the allow-everything rule with one rule per port the links need, each from the "
                        + "narrowest source that works.", List.of(fw.id())));
            }
        }
    }
}
