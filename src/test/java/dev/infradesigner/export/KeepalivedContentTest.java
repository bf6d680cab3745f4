package dev.infradesigner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What keepalived's files must say for the floating IP to move fast, once, and for the right reason. */
class KeepalivedContentTest {

    @Test
    void bothMembersStartAsBackupAndNoneTakesTheAddressBack() throws Exception {
        Map<String, ExportedFile> files = HaproxyContentTest.files(new KeepalivedExporter(),
                HaproxyContentTest.sample("04-scaled-up.infra"), ExportMode.FULL);
        String first = files.get("lb-01/keepalived.conf").content();
        String second = files.get("lb-02/keepalived.conf").content();
        // Preemption moved the address a second time when the old master returned.
        for (String conf : new String[] {first, second}) {
            assertTrue(conf.contains("    state BACKUP\n    nopreempt\n"), conf);
            assertFalse(conf.contains("MASTER"), conf);
            assertTrue(conf.contains("active-passive"), "the file says what one floating IP makes of the pair");
        }
        assertTrue(first.contains("    priority 110\n") && second.contains("    priority 100\n"), "different priorities");
        assertEquals("/etc/keepalived/keepalived.conf", files.get("lb-01/keepalived.conf").installPath());
    }

    @Test
    void theCheckAsksHaproxyItselfEverySecond() throws Exception {
        String conf = HaproxyContentTest.files(new KeepalivedExporter(), HaproxyContentTest.sample("04-scaled-up.infra"),
                ExportMode.FULL).get("lb-01/keepalived.conf").content();
        // pgrep passed while a frozen HAProxy served nothing; its own health answers or times out.
        assertTrue(conf.contains("    script \"/usr/bin/curl -fsS -m 0.5 -o /dev/null http://127.0.0.1:8404/healthz\"\n"
                + "    interval 1\n    timeout 1\n    fall 1\n    rise 2\n"), conf);
        assertFalse(conf.contains("pgrep"), conf);
    }

    @Test
    void subSecondAdvertsOnlyToThePeer() throws Exception {
        String conf = HaproxyContentTest.files(new KeepalivedExporter(), HaproxyContentTest.sample("04-scaled-up.infra"),
                ExportMode.FULL).get("lb-01/keepalived.conf").content();
        // VRRPv3 takes 0.5 s adverts (keepalived 2.2.7 accepts them): a dead master is noticed in under 2 s.
        assertTrue(conf.contains("    interface eth0\n    version 3\n    virtual_router_id 51\n    priority 110\n"
                + "    advert_int 0.5\n    unicast_src_ip 10.0.2.11\n    unicast_peer {\n        10.0.2.12\n    }\n"),
                conf);
    }
}
