package dev.infradesigner.analysis.availability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.model.Bounds;
import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.Link;
import dev.infradesigner.model.Protocol;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A design's availability with the kinds' defaults: the samples in the order their stages promise, a
 * design small enough to work out by hand, reads and writes apart, and what drives the downtime.
 */
class DesignAvailabilityTest {

    private static DesignAvailability sample(String name) throws Exception {
        return DesignAvailability.of(DesignFiles.load(Path.of("samples", name)));
    }

    @Test
    void theSamplesGrowMoreAvailableStageByStage() throws Exception {
        DesignAvailability one = sample("01-simple-web-stack.infra");
        DesignAvailability two = sample("02-three-server.infra");
        DesignAvailability three = sample("03-secured-monitored.infra");
        DesignAvailability four = sample("04-scaled-up.infra");
        for (DesignAvailability a : List.of(one, two, three, four)) {
            assertTrue(a.reads().exact(), a.toString());
        }
        assertTrue(one.reads().value() < two.reads().value(), "stage 2 adds redundancy");
        assertTrue(two.reads().value() <= three.reads().value(), "stage 3 adds firewalls and monitoring");
        assertTrue(three.reads().value() < four.reads().value(), "stage 4 adds redundancy");
    }

    @Test
    void oneServerHoldsEverythingInSeriesWithItsDaemons() throws Exception {
        DesignAvailability one = sample("01-simple-web-stack.infra");
        // The server, then Nginx and MySQL (a daemon's 99.95% each) and the application (99.9%), in series.
        double series = 0.995 * 0.9995 * 0.9995 * 0.999;
        assertEquals(series, one.reads().value(), 1e-12);
        assertEquals((1 - series) * Estimate.HOURS_PER_YEAR, one.reads().downtimeHoursPerYear(), 1e-9);
        DesignAvailability.Contributor first = one.contributors().get(0);
        assertEquals("Server 1", first.name());
        // In series, a part's share is its unavailability over the whole's, less what overlaps.
        assertEquals(0.005 * series / 0.995 / (1 - series), first.share(), 1e-9);
        assertEquals(4, one.contributors().size(), one.contributors().toString());
        assertTrue(one.contributors().get(1).name().endsWith(" on Server 1"), one.contributors().get(1).name());
    }

    @Test
    void twoWebServersBehindAManagedLoadBalancerByHand() {
        Bounds b = new Bounds(0, 0, 10, 10);
        List<Component> components = List.of(Component.create("users", ComponentKind.USERS, "Users", b),
                Component.create("lb", ComponentKind.LOAD_BALANCER, "LB", b),
                Component.create("s1", ComponentKind.SERVER, "s1", b),
                Component.create("s2", ComponentKind.SERVER, "s2", b),
                Component.create("w1", ComponentKind.WEB_SERVER, "w1", b).withHost("s1"),
                Component.create("w2", ComponentKind.WEB_SERVER, "w2", b).withHost("s2"));
        List<Link> links = List.of(Link.of("u-lb", "users", "lb", Protocol.HTTP), Link.of("lb-1", "lb", "w1", Protocol.HTTP),
                Link.of("lb-2", "lb", "w2", Protocol.HTTP));
        DesignAvailability a = DesignAvailability.of(new Design("by hand", components, links));
        double webServer = 0.995 * 0.9995;
        assertEquals(0.9999 * (1 - (1 - webServer) * (1 - webServer)), a.reads().value(), 1e-15);
        assertNull(a.writes(), "nothing is written");
        assertEquals(5, a.parts(), "the load balancer, two servers and their Nginx");
        assertEquals("LB", a.contributors().get(0).name(), "the one load balancer costs the most");
    }

    @Test
    void aWhatIfHoldsItsFailedPartsDownForCertain() throws Exception {
        Design four = DesignFiles.load(Path.of("samples", "04-scaled-up.infra"));
        double whole = DesignAvailability.of(four).reads().value();
        double oneDown = DesignAvailability.of(four, DesignAvailability.withFailed(java.util.Set.of("lb-server-1")))
                .reads().value();
        assertTrue(oneDown < whole, oneDown + " < " + whole);
        assertTrue(oneDown > 0.99, "the other load balancer still serves: " + oneDown);
        assertEquals(0, DesignAvailability.of(four, DesignAvailability.withFailed(
                java.util.Set.of("lb-server-1", "lb-server-2"))).reads().value(), "with both gone, nothing");
    }

    @Test
    void theSingleWritablePrimaryLowersWritesNotReads() throws Exception {
        DesignAvailability four = sample("04-scaled-up.infra");
        assertTrue(four.writes().value() < four.reads().value(), four.toString());
        // With two of everything, the lone primary's server is nearly all of the writes' downtime.
        assertTrue(four.writes().downtimeHoursPerYear() > 40, four.writes().toString());
    }
}
