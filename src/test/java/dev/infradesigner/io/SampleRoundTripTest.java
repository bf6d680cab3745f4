package dev.infradesigner.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.DnsSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SampleRoundTripTest {

    static Stream<Path> samples() {
        return Samples.all().stream();
    }

    @Test
    void theFiveSamplesShip() {
        assertEquals(List.of("01-simple-web-stack.infra", "02-three-server.infra", "03-secured-monitored.infra",
                "04-scaled-up.infra", "05-redundant-network.infra"),
                Samples.all().stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(Samples.all().stream().map(p -> p.getFileName().toString()).toList(),
                BundledSamples.all().stream().map(BundledSamples.Sample::fileName).toList());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void savingALoadedSampleGivesTheSameBytes(Path sample) throws Exception {
        byte[] original = Samples.bytes(sample);
        Design design = new DesignReader().read(original);
        byte[] saved = new DesignWriter().toBytes(design);
        assertArrayEquals(original, saved, () -> "not canonical: " + sample + "\n"
                + new String(saved, StandardCharsets.UTF_8));
        assertEquals(design, new DesignReader().read(saved));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void bundledSamplesMatchTheSourceTree(Path sample) throws Exception {
        BundledSamples.Sample bundled = BundledSamples.all().stream()
                .filter(s -> s.fileName().equals(sample.getFileName().toString())).findFirst().orElseThrow();
        assertEquals(new DesignReader().read(Samples.bytes(sample)), BundledSamples.load(bundled));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void samplesReadLeftToRightWithoutOverlaps(Path sample) throws Exception {
        Design design = new DesignReader().read(Samples.bytes(sample));
        List<Component> top = design.components().stream().filter(c -> !c.hosted()).toList();
        for (int i = 0; i < top.size(); i++) {
            for (int j = i + 1; j < top.size(); j++) {
                assertTrue(!top.get(i).bounds().overlaps(top.get(j).bounds()),
                        top.get(i).id() + " overlaps " + top.get(j).id());
            }
        }
        for (Component c : design.components()) {
            design.hostOf(c).ifPresent(host -> assertTrue(host.bounds().contains(c.bounds()),
                    c.id() + " sticks out of " + host.id()));
            for (Component other : design.components()) {
                if (c != other && c.hosted() && other.hosted()) {
                    assertTrue(!c.bounds().overlaps(other.bounds()), c.id() + " overlaps " + other.id());
                }
            }
        }
        Component users = design.componentsOf(ComponentKind.USERS).get(0);
        for (Component c : design.components()) {
            if (c != users && c.kind() != ComponentKind.DNS) {
                assertTrue(c.bounds().x() > users.bounds().maxX(), c.id() + " is left of the users");
            }
        }
    }

    @Test
    void theThreeServerSampleIsTheReferenceDesign() throws Exception {
        Design d = new DesignReader().read(Samples.bytes(Path.of("samples/02-three-server.infra")));
        assertEquals(3, d.componentsOf(ComponentKind.SERVER).size());
        Component lb = d.componentsOf(ComponentKind.LOAD_BALANCER).get(0);
        assertEquals("server-1", lb.hostId());
        DnsSettings dns = d.componentsOf(ComponentKind.DNS).get(0).settings(DnsSettings.class);
        assertEquals("www.foobar.com", dns.domain());
        assertEquals(lb.id(), dns.target());
        for (String server : List.of("server-2", "server-3")) {
            assertEquals(List.of(ComponentKind.WEB_SERVER, ComponentKind.APP_SERVER, ComponentKind.CODE_BASE,
                    ComponentKind.DATABASE), d.hostedOn(server).stream().map(Component::kind).toList());
        }
    }
}
