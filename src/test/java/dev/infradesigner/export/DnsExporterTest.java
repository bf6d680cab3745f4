package dev.infradesigner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.DnsSettings;
import dev.infradesigner.model.RecordType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where each DNS record points, and what it says where it cannot point anywhere. */
class DnsExporterTest {

    private static String zone(Design design) {
        List<ExportedFile> files = new DnsExporter().export(design, ExportMode.FULL);
        assertEquals(1, files.size());
        assertNull(files.get(0).installPath(), "records are pasted into a zone, not installed");
        return files.get(0).content();
    }

    private static Design withRecord(Design design, RecordType type, String target) {
        Component dns = design.componentsOf(ComponentKind.DNS).get(0);
        DnsSettings s = dns.settings(DnsSettings.class);
        return design.with(dns.withSettings(new DnsSettings(s.domain(), type, target)));
    }

    @Test
    void aPairIsReachedAtItsFloatingIp() throws Exception {
        // The record pointed at one load balancer of the pair: losing it lost the site.
        String zone = zone(HaproxyContentTest.sample("04-scaled-up.infra"));
        assertTrue(zone.endsWith("\nwww.foobar.com. 300 IN A 10.0.2.100\n"), zone);
        assertEquals(List.of("dns/www.foobar.com.zone"), new DnsExporter()
                .export(HaproxyContentTest.sample("04-scaled-up.infra"), ExportMode.SNIPPET).stream()
                .map(ExportedFile::path).toList());
    }

    @Test
    void aLoneLoadBalancerOrAServerAtItsServersAddress() throws Exception {
        assertTrue(zone(HaproxyContentTest.sample("02-three-server.infra")).endsWith("\nwww.foobar.com. 300 IN A 10.0.1.10\n"));
        assertTrue(zone(HaproxyContentTest.sample("01-simple-web-stack.infra")).endsWith("\nwww.foobar.com. 300 IN A 10.0.0.10\n"));
    }

    @Test
    void aCnameNamesTheHostAndTheAddressGoesOnThatName() throws Exception {
        String pair = zone(withRecord(HaproxyContentTest.sample("04-scaled-up.infra"), RecordType.CNAME, "lb-1"));
        assertTrue(pair.endsWith("\nwww.foobar.com. 300 IN CNAME vip-10-0-2-100.foobar.com.\n"
                + "vip-10-0-2-100.foobar.com. 300 IN A 10.0.2.100\n"), pair);
        String lone = zone(withRecord(HaproxyContentTest.sample("02-three-server.infra"), RecordType.CNAME, "lb"));
        assertTrue(lone.endsWith("\nwww.foobar.com. 300 IN CNAME lb-01.foobar.com.\nlb-01.foobar.com. 300 IN A 10.0.1.10\n"),
                lone);
    }

    @Test
    void aRecordThatCannotHoldTheAddressSaysSoInsteadOfLying() throws Exception {
        String wrongFamily = zone(withRecord(HaproxyContentTest.sample("04-scaled-up.infra"), RecordType.AAAA, "lb-1"));
        assertTrue(wrongFamily.contains("; An AAAA record cannot hold 10.0.2.100: make the record A.\n"), wrongFamily);
        assertTrue(wrongFamily.lines().allMatch(l -> l.startsWith(";")), wrongFamily);
        String none = zone(withRecord(HaproxyContentTest.sample("04-scaled-up.infra"), RecordType.A, null));
        assertTrue(none.lines().allMatch(l -> l.startsWith(";")) && none.contains("no target"), none);
    }
}
