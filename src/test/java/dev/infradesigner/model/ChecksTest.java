package dev.infradesigner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksTest {

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "0.0.0.0", "255.255.255.255", "192.168.1.10"})
    void acceptsIpv4Addresses(String address) {
        assertTrue(Checks.isIpv4(address));
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.0.0.1", "10.0.0", "10.0.0.1.2", "01.2.3.4", "a.b.c.d", "10.0.0.-1", "", "1..2.3"})
    void rejectsMalformedIpv4Addresses(String address) {
        assertFalse(Checks.isIpv4(address));
    }

    @ParameterizedTest
    @ValueSource(strings = {"::1", "::", "fe80::1", "2001:db8::8a2e:370:7334", "2001:0db8:0000:0000:0000:ff00:0042:8329",
        "::ffff:192.0.2.128", "fd00::", "1:2:3:4:5:6:7::"})
    void acceptsIpv6Addresses(String address) {
        assertTrue(Checks.isIpv6(address), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {":::", "1:2:3:4:5:6:7:8:9", "2001:db8::1::2", "12345::", "g::1", "1:2:3:4:5:6:7",
        ":1:2:3:4:5:6:7", "::ffff:999.0.2.128"})
    void rejectsMalformedIpv6Addresses(String address) {
        assertFalse(Checks.isIpv6(address), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"www.foobar.com", "web-01", "a", "xn--bcher-kva.example", "foobar.com.", "1.example"})
    void acceptsRfc1123HostNames(String name) {
        assertTrue(Checks.isHostname(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-web", "web-", "web_01", "a..b", ".", "www.foo bar.com", "exa$mple.com",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com"})
    void rejectsInvalidHostNames(String name) {
        assertFalse(Checks.isHostname(name), name);
    }

    @Test
    void rejectsHostNamesLongerThan253Characters() {
        String label = "a".repeat(63);
        assertFalse(Checks.isHostname(String.join(".", label, label, label, label, "com")));
    }

    @Test
    void portsRunFromOneTo65535() {
        assertEquals(1, Checks.port("port", 1));
        assertEquals(65535, Checks.port("port", 65535));
        InvalidDesignException e = assertThrows(InvalidDesignException.class, () -> Checks.port("port", 70000));
        assertEquals("port: 70000 is not a port (1-65535)", e.violations().get(0).toString());
        assertThrows(InvalidDesignException.class, () -> Checks.port("port", 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"any", "10.0.0.0/8", "10.0.1.10", "fd00::/8", "0.0.0.0/0"})
    void acceptsFirewallSources(String source) {
        assertEquals(source, Checks.source("source", source));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "everyone", "10.0.0.0/", "/8", "fd00::/129"})
    void rejectsMalformedFirewallSources(String source) {
        assertThrows(InvalidDesignException.class, () -> Checks.source("source", source));
    }

    @Test
    void idsStartWithALetterAndStayShort() {
        assertEquals("lb-1", Checks.id("id", "lb-1"));
        assertThrows(InvalidDesignException.class, () -> Checks.id("id", "1lb"));
        assertThrows(InvalidDesignException.class, () -> Checks.id("id", "lb 1"));
        assertThrows(InvalidDesignException.class, () -> Checks.id("id", "a".repeat(65)));
    }

    @Test
    void labelsRejectControlCharactersAndExcessiveLength() {
        assertEquals("Nginx «2» 🚀", Checks.label("label", "Nginx «2» 🚀"));
        InvalidDesignException e = assertThrows(InvalidDesignException.class, () -> Checks.label("label", "a\nb"));
        assertEquals("label: contains a control character (U+000A)", e.getMessage());
        assertThrows(InvalidDesignException.class, () -> Checks.label("label", "x".repeat(201)));
        assertThrows(InvalidDesignException.class, () -> Checks.label("label", "  "));
    }

    @Test
    void pathsForConfigFilesMustBeAbsoluteAndPlain() {
        assertEquals("/etc/ssl/site.pem", Checks.absolutePath("certificate", "/etc/ssl/site.pem"));
        assertThrows(InvalidDesignException.class, () -> Checks.absolutePath("certificate", "site.pem"));
        assertThrows(InvalidDesignException.class, () -> Checks.absolutePath("certificate", "/etc/a b.pem"));
        assertThrows(InvalidDesignException.class, () -> Checks.absolutePath("certificate", "/etc/a;b.pem"));
        InvalidDesignException quote = assertThrows(InvalidDesignException.class,
                () -> Checks.absolutePath("certificate", "/etc/it's.pem"));
        assertEquals("certificate: \"/etc/it's.pem\" is not an absolute path without spaces or any of"
                + " \" ' ` $ ; # { } \\", quote.getMessage());
        assertThrows(InvalidDesignException.class, () -> Checks.absolutePath("staticRoot", "/var/www/$site"));
        assertEquals("/srv/é(1)&x=2?%", Checks.absolutePath("path", "/srv/é(1)&x=2?%"));
    }
}
