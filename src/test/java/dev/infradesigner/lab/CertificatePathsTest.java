package dev.infradesigner.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.infradesigner.export.ExportedFile;
import dev.infradesigner.lab.CertificatePaths.Holds;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CertificatePathsTest {

    private static Map<String, Holds> in(String installPath, String content) {
        return CertificatePaths.in(new ExportedFile("h/f", content, List.of("x"), installPath));
    }

    @Test
    void haproxyReadsItsCertificateAndKeyFromOneFileAndVerifiesBackendsWithACa() {
        assertEquals(Map.of("/etc/haproxy/certs/site.pem", Holds.CERTIFICATE_AND_KEY,
                "/etc/ssl/certs/ca-certificates.crt", Holds.AUTHORITY), in("/etc/haproxy/haproxy.cfg",
                "frontend f\n    bind :443 ssl crt /etc/haproxy/certs/site.pem alpn h2\n"
                + "backend b\n    server web 10.0.0.1:443 ssl verify required ca-file /etc/ssl/certs/ca-certificates.crt\n"));
    }

    @Test
    void nginxGivenOnePathForCertificateAndKeyGetsBothInIt() {
        assertEquals(Map.of("/etc/nginx/certs/site.pem", Holds.CERTIFICATE_AND_KEY), in("/etc/nginx/nginx.conf",
                "    ssl_certificate /etc/nginx/certs/site.pem;\n    ssl_certificate_key /etc/nginx/certs/site.pem;\n"));
        assertEquals(Map.of("/etc/nginx/c.pem", Holds.CERTIFICATE, "/etc/nginx/k.pem", Holds.KEY,
                "/etc/nginx/chain.pem", Holds.AUTHORITY), in("/etc/nginx/nginx.conf",
                "ssl_certificate /etc/nginx/c.pem;\nssl_certificate_key /etc/nginx/k.pem;\n"
                + "ssl_trusted_certificate /etc/nginx/chain.pem;\n"));
    }

    @Test
    void mariadbNamesEachFileInItsOwnSetting() {
        assertEquals(Map.of("/etc/mysql/tls/ca.pem", Holds.AUTHORITY, "/etc/mysql/tls/server.pem", Holds.CERTIFICATE,
                "/etc/mysql/tls/server-key.pem", Holds.KEY), in("/etc/mysql/mariadb.conf.d/60-infra-designer.cnf",
                "[mysqld]\nssl_ca = /etc/mysql/tls/ca.pem\nssl-cert=/etc/mysql/tls/server.pem\n"
                + "ssl_key = /etc/mysql/tls/server-key.pem\n# ssl_ca = /nowhere\n"));
    }

    @Test
    void filesOfOtherDaemonsAreNotSearched() {
        assertEquals(Map.of(), in("/etc/keepalived/keepalived.conf", "ssl_ca = /etc/x.pem\n crt /etc/y.pem\n"));
        assertEquals(Map.of(), in(null, "ssl_certificate /etc/nginx/c.pem;\n"));
    }
}
