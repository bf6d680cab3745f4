package dev.infradesigner.analysis;

import static dev.infradesigner.model.Fixtures.component;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.rules.Auditor;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Designs nobody should draw still get findings, never an exception or a stack overflow. */
class AuditorBadInputTest {

    private static List<String> ruleIds(Design d) {
        return new Auditor().audit(d).stream().map(Finding::ruleId).distinct().toList();
    }

    @Test
    void anEmptyDesignHasNoEntry() {
        assertEquals(List.of("hygiene.no-entry"), ruleIds(Design.empty("empty")));
    }

    @Test
    void aDesignWithoutUsersHasNoEntry() {
        Design d = new Design("d", List.of(component("web", ComponentKind.WEB_SERVER)), List.of());
        assertTrue(ruleIds(d).contains("hygiene.no-entry"));
    }

    @Test
    void oneBigCycleIsAudited() {
        List<Component> components = new ArrayList<>(List.of(component("users", ComponentKind.USERS)));
        List<Link> links = new ArrayList<>(List.of(Link.of("in", "users", "w0", Protocol.HTTP)));
        for (int i = 0; i < 1000; i++) {
            components.add(component("w" + i, ComponentKind.WEB_SERVER));
            links.add(Link.of("l" + i, "w" + i, "w" + ((i + 1) % 1000), Protocol.HTTP));
        }
        assertTrue(ruleIds(new Design("cycle", components, links)).contains("spof.component"));
    }

    @Test
    void aHundredThousandLongChainIsAuditedWithoutOverflow() {
        List<Component> components = new ArrayList<>(List.of(component("users", ComponentKind.USERS)));
        List<Link> links = new ArrayList<>();
        String previous = "users";
        for (int i = 0; i < 100_000; i++) {
            ComponentKind kind = i % 2 == 0 ? ComponentKind.LOAD_BALANCER : ComponentKind.WEB_SERVER;
            components.add(component("c" + i, kind));
            links.add(Link.of("l" + i, previous, "c" + i, Protocol.HTTP));
            previous = "c" + i;
        }
        List<String> found = ruleIds(new Design("chain", components, links));
        assertTrue(found.contains("spof.load-balancer"), found.toString());
        assertTrue(found.contains("lb.single-backend"), found.toString());
    }
}
