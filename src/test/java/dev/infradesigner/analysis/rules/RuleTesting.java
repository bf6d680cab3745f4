package dev.infradesigner.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.infradesigner.analysis.AuditContext;
import dev.infradesigner.analysis.AuditRule;
import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.io.DesignLoadException;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/** Shortcuts for rule tests: start from a sample, change one thing, run one rule. */
final class RuleTesting {

    private RuleTesting() {
    }

    static Design sample(int number) {
        String name = switch (number) {
            case 1 -> "01-simple-web-stack.infra";
            case 2 -> "02-three-server.infra";
            case 3 -> "03-secured-monitored.infra";
            default -> "04-scaled-up.infra";
        };
        try {
            return DesignFiles.load(Path.of("samples", name));
        } catch (DesignLoadException e) {
            throw new AssertionError(e);
        }
    }

    static List<Finding> run(AuditRule rule, Design design) {
        List<Finding> findings = rule.check(new AuditContext(design));
        findings.forEach(f -> assertEquals(rule.id(), f.ruleId()));
        return findings;
    }

    static Design edit(Design design, String id, UnaryOperator<Component> change) {
        return design.with(change.apply(design.component(id).orElseThrow()));
    }

    static Design editLink(Design design, String id, UnaryOperator<Link> change) {
        return design.with(change.apply(design.link(id).orElseThrow()));
    }

    /** Asserts exactly one finding, of this severity, about these components; returns it. */
    static Finding single(List<Finding> findings, Severity severity, String... componentIds) {
        assertEquals(1, findings.size(), findings.toString());
        Finding f = findings.get(0);
        assertEquals(severity, f.severity());
        assertEquals(List.of(componentIds), f.componentIds());
        return f;
    }
}
