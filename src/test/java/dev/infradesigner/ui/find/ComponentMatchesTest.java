package dev.infradesigner.ui.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.io.BundledSamples;
import dev.infradesigner.model.Design;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComponentMatchesTest {

    private static Design scaledUp() throws Exception {
        return BundledSamples.load(BundledSamples.all().get(3));
    }

    @Test
    void aHostNameFindsItsServersInReadingOrder() throws Exception {
        assertEquals(List.of("web-server-1", "web-server-2"), ComponentMatches.of(scaledUp(), "WEB-0"));
    }

    @Test
    void anAddressALabelAnIdAndAKindAllMatch() throws Exception {
        Design d = scaledUp();
        assertEquals(List.of("db-server-2"), ComponentMatches.of(d, "10.0.5.12"));
        assertEquals(List.of("db-2"), ComponentMatches.of(d, "mysql replica"));
        assertTrue(ComponentMatches.of(d, "lb-fw-1").contains("lb-fw-1"));
        assertTrue(ComponentMatches.of(d, "firewall").containsAll(d.componentsOf(
                dev.infradesigner.model.ComponentKind.FIREWALL).stream().map(c -> c.id()).toList()),
                "every firewall by its kind");
        assertEquals(List.of("dns", "web-1", "web-2"), ComponentMatches.of(d, "foobar.com"), "a domain, a server name");
    }

    @Test
    void blankAndOddQueriesFindNothingAndNeverFail() throws Exception {
        Design d = scaledUp();
        assertEquals(List.of(), ComponentMatches.of(d, "   "));
        assertEquals(List.of(), ComponentMatches.of(d, null));
        assertEquals(List.of(), ComponentMatches.of(d, "[(*+?\\"));
        assertEquals(List.of(), ComponentMatches.of(d, "x".repeat(100_000)));
    }
}
