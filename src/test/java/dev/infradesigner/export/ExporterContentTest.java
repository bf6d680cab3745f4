package dev.infradesigner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.infradesigner.io.DesignFiles;
import dev.infradesigner.model.Design;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ExporterContentTest {

    private static Map<String, String> files(Exporter exporter, Design design) {
        return exporter.export(design, ExportMode.FULL).stream()
                .collect(Collectors.toMap(ExportedFile::path, ExportedFile::content));
    }

    @Test
    void hostedMonitoringServicesGetAnAgentFilePerServer() throws Exception {
        Map<String, String> out = files(new PrometheusExporter(),
                DesignFiles.load(Path.of("samples/03-secured-monitored.infra")));
        assertEquals(List.of("lb-01/sumologic/user.properties", "web-01/sumologic/user.properties",
                "web-02/sumologic/user.properties"), out.keySet().stream().sorted().toList());
        assertTrue(out.get("web-01/sumologic/user.properties").contains("name=web-01\n"));
        assertTrue(out.get("web-01/sumologic/user.properties").contains("accesskey=SET-YOUR-SUMO-ACCESS-KEY"));
    }

    /** What a review of sample 02's files by an experienced engineer asked for, pinned. */
    @Test
    void sample02ReadsLikeAHandWrittenSetup() throws Exception {
        Design design = DesignFiles.load(Path.of("samples/02-three-server.infra"));
        String haproxy = files(new HaproxyExporter(), design).get("lb-01/haproxy.cfg");
        // Debian's privilege drop and admin socket; no TLS defaults where nothing speaks TLS.
        assertTrue(haproxy.contains("    chroot /var/lib/haproxy\n    stats socket /run/haproxy/admin.sock mode 660 "
                + "level admin\n    user haproxy\n    group haproxy\n"), haproxy);
        assertTrue(!haproxy.contains("ssl-default-bind"), haproxy);
        // The check names the site, or Debian's default Nginx site answers it with a 404.
        assertTrue(haproxy.contains("http-check send meth GET uri /health ver HTTP/1.1 hdr Host www.foobar.com "
                + "hdr User-Agent haproxy-health-check\n    http-check expect status 200\n"), haproxy);
        String snippet = new HaproxyExporter().export(design, ExportMode.SNIPPET).get(0).content();
        assertTrue(snippet.contains("frontend haproxy\n    mode http\n    option forwardfor\n"), snippet);
        assertTrue(snippet.contains("http-request set-header X-Forwarded-Proto http\n"), snippet);

        String nginx = files(new NginxExporter(), design).get("web-01/nginx.conf");
        assertTrue(nginx.contains("user www-data;\n"), nginx);
        assertTrue(nginx.contains("set_real_ip_from 10.0.1.10;\n        real_ip_header X-Forwarded-For;\n"), nginx);
        // The scheme is the load balancer's word only when the request comes from it (NginxContentTest).
        assertTrue(nginx.contains("proxy_set_header X-Forwarded-Proto $forwarded_proto;"), nginx);
    }
}
