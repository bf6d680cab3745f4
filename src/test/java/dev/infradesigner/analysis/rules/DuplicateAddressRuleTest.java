package dev.infradesigner.analysis.rules;

import static dev.infradesigner.analysis.rules.RuleTesting.edit;
import static dev.infradesigner.analysis.rules.RuleTesting.run;
import static dev.infradesigner.analysis.rules.RuleTesting.sample;
import static dev.infradesigner.analysis.rules.RuleTesting.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.analysis.Finding;
import dev.infradesigner.analysis.Severity;
import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.ServerSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuplicateAddressRuleTest {

    private final DuplicateAddressRule rule = new DuplicateAddressRule();

    private static Design withServer(Design d, String id, String hostname, String ip) {
        return edit(d, id, c -> c.withSettings(new ServerSettings(hostname, ip, "10.0.0.0/8")));
    }

    @Test
    void theSamplesGiveEveryServerItsOwnNameAndAddress() {
        for (int n = 1; n <= 4; n++) {
            assertEquals(List.of(), run(rule, sample(n)), "sample " + n);
        }
    }

    @Test
    void twoServersWithOneHostNameAreOneErrorNamingBoth() {
        Design d = withServer(sample(2), "server-3", "WEB-01", "10.0.1.12");
        Finding f = single(run(rule, d), Severity.ERROR, "server-2", "server-3");
        assertTrue(f.message().startsWith("\"Server 2\" and \"Server 3\" share the host name \"web-01\""), f.message());
    }

    @Test
    void twoServersWithOneAddressAreOneErrorAndSharingBothIsStillOne() {
        Design address = withServer(sample(2), "server-3", "web-02", "10.0.1.11");
        assertTrue(single(run(rule, address), Severity.ERROR, "server-2", "server-3").message()
                .contains("share the IP address 10.0.1.11"));
        Design both = withServer(sample(2), "server-3", "web-01", "10.0.1.11");
        assertTrue(single(run(rule, both), Severity.ERROR, "server-2", "server-3").message()
                .contains("share the host name \"web-01\" and the IP address 10.0.1.11"));
    }

    @Test
    void ipv6AddressesCompareByValue() {
        Design d = withServer(withServer(sample(2), "server-2", "web-01", "fd00::1"), "server-3", "web-02",
                "FD00:0:0::0001");
        single(run(rule, d), Severity.ERROR, "server-2", "server-3");
    }

    @Test
    void threeServersSharingAnAddressAreOneFinding() {
        Design d = withServer(withServer(sample(2), "server-2", "web-01", "10.0.1.10"), "server-3", "web-02",
                "10.0.1.10");
        single(run(rule, d), Severity.ERROR, "server-1", "server-2", "server-3");
    }

    @Test
    void aFileWhereTwoServersShareANameStillOpensAndTheAuditNamesBoth(@TempDir Path folder) throws Exception {
        String text = Files.readString(Path.of("samples/02-three-server.infra"))
                .replace("\"hostname\": \"web-02\"", "\"hostname\": \"web-01\"");
        Path file = folder.resolve("clash.infra");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Design loaded = DesignFiles.load(file);
        single(run(rule, loaded), Severity.ERROR, "server-2", "server-3");
    }
}
