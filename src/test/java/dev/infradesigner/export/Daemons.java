package dev.infradesigner.export;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The real daemons' own configuration checks ({@code haproxy -c}, {@code nginx -t}). Where a daemon is not
 * installed the test is skipped with a message, except under CI ({@code CI=true}), where that fails.
 */
final class Daemons {

    /** What a check said. */
    record Verdict(boolean ok, String output) {
    }

    /** The exporters whose files a daemon can check. */
    static final List<String> CHECKED_EXPORTERS = List.of("haproxy", "nginx", "keepalived", "monitoring", "dns");

    /** What was checked: a file of an export, and what its daemon said. */
    record Checked(ExportedFile file, Verdict verdict) {
    }

    private Daemons() {
    }

    static void require(String command, String debianPackage) {
        boolean present = List.of("/usr/sbin/" + command, "/usr/bin/" + command).stream()
                .anyMatch(p -> Files.isExecutable(Path.of(p)));
        if (!present) {
            String message = command + " is not installed (apt-get install -y " + debianPackage + ")";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + "; CI must run the real daemon checks");
            }
            Assumptions.abort(message + "; skipping the real daemon check");
        }
    }

    /** Every daemon of {@link #CHECKED_EXPORTERS}, before a test that runs them all from worker threads. */
    static void requireAll() {
        require("haproxy", "haproxy");
        require("nginx", "nginx");
        require("keepalived", "keepalived");
        // keepalived refuses a check script it cannot find, and the exported one runs curl.
        require("curl", "curl");
        require("promtool", "prometheus");
        require("named-checkzone", "bind9-utils");
    }

    /**
     * Writes every file of an export under {@code folder} (DH parameters, hosted agents' files...), then has
     * the daemon check each file it can, as the lab would install them: with the install paths of the
     * export's other files pointing at where they were written.
     */
    static List<Checked> checkExport(String exporterId, ExportMode mode, List<ExportedFile> files, Path folder)
            throws IOException {
        Map<String, Path> staged = ConfigCheck.stage(files, folder);
        List<Checked> checked = new java.util.ArrayList<>();
        for (ExportedFile file : files) {
            if (checkable(file)) {
                checked.add(new Checked(file, checkStaged(exporterId, mode, file, folder, staged)));
            }
        }
        return checked;
    }

    /** Checks one file of an export staged with {@link ConfigCheck#stage}. */
    static Verdict checkStaged(String exporterId, ExportMode mode, ExportedFile file, Path folder,
            Map<String, Path> staged) throws IOException {
        Path written = folder.resolve(file.path());
        Path installed = written.resolveSibling("installed-" + written.getFileName());
        Files.writeString(installed, ConfigCheck.relocated(file.content(), staged));
        return mode == ExportMode.FULL ? check(exporterId, installed) : checkSnippet(exporterId, installed);
    }

    static Verdict haproxy(Path config) {
        return run(List.of("haproxy", "-c", "-f", config.toString()));
    }

    static Verdict nginx(Path config, Path prefix) throws IOException {
        Files.createDirectories(prefix.resolve("logs"));
        return run(List.of("nginx", "-t", "-q", "-p", prefix + "/", "-c", config.toString(), "-g",
                "pid " + prefix.resolve("nginx.pid") + "; error_log " + prefix.resolve("logs/error.log") + ";"));
    }

    static Verdict keepalived(Path config) throws IOException {
        // The generated file names eth0; machines without one check it against the loopback interface.
        Path checked = config;
        if (!Files.exists(Path.of("/sys/class/net/eth0"))) {
            checked = config.resolveSibling("lo-" + config.getFileName());
            Files.writeString(checked, Files.readString(config).replace("interface eth0", "interface lo"));
        }
        return run(List.of("keepalived", "--config-test", "-f", checked.toString()));
    }

    static Verdict promtool(Path config) {
        return run(List.of("promtool", "check", "config", config.toString()));
    }

    /**
     * Whether a daemon checks this file: the daemons' configurations and zone records; not DH parameters
     * (which HAProxy and Nginx load while checking the configuration naming them) or hosted agents' files.
     */
    static boolean checkable(ExportedFile file) {
        String name = file.path().substring(file.path().lastIndexOf('/') + 1);
        return List.of("haproxy.cfg", "haproxy-snippet.cfg", "nginx.conf", "keepalived.conf", "prometheus.yml")
                .contains(name) || file.path().contains("/sites-available/") || name.endsWith(".zone");
    }

    /** Checks a full file with the daemon of the exporter that made it, after making sure it is installed. */
    static Verdict check(String exporterId, Path file) throws IOException {
        return switch (exporterId) {
            case "haproxy" -> {
                require("haproxy", "haproxy");
                yield haproxy(file);
            }
            case "nginx" -> {
                require("nginx", "nginx");
                yield nginx(file, file.getParent());
            }
            case "keepalived" -> {
                require("keepalived", "keepalived");
                require("curl", "curl");
                yield keepalived(file);
            }
            case "monitoring" -> {
                require("promtool", "prometheus");
                yield promtool(file);
            }
            case "dns" -> {
                require("named-checkzone", "bind9-utils");
                yield zone(file);
            }
            default -> throw new IllegalArgumentException("no daemon check for " + exporterId);
        };
    }

    /**
     * named-checkzone on the records inside the smallest zone that holds them: the zone of the first
     * record's name (its parent domain), with a SOA and one name server, as a zone's owner would add.
     */
    static Verdict zone(Path records) throws IOException {
        String content = Files.readString(records);
        String owner = content.lines().filter(l -> !l.isBlank() && !l.startsWith(";")).map(l -> l.split("\\s+")[0])
                .findFirst().orElse("www.example.com.");
        String origin = DnsExporter.zoneOf(owner);
        Path zone = records.resolveSibling("zone-" + records.getFileName());
        Files.writeString(zone, "$ORIGIN " + origin + "\n$TTL 300\n"
                + "@ IN SOA ns1." + origin + " hostmaster." + origin + " 1 3600 600 86400 300\n"
                + "@ IN NS ns1." + origin + "\nns1." + origin + " IN A 192.0.2.53\n" + content);
        return run(List.of("named-checkzone", "-k", "fail", origin, zone.toString()));
    }

    /**
     * Checks a snippet the way a person uses it: pasted into the daemon's stock Debian 12 configuration
     * (copies in the test resources). HAProxy reads the stock file and then the snippet, as {@code -f a -f b}
     * does; Nginx includes it where the stock {@code nginx.conf} includes {@code sites-enabled}; the
     * Prometheus job goes at the end of the stock {@code scrape_configs}; the keepalived instance follows a
     * {@code global_defs} like Debian's sample.
     */
    static Verdict checkSnippet(String exporterId, Path snippet) throws IOException {
        return switch (exporterId) {
            case "haproxy" -> {
                require("haproxy", "haproxy");
                Path stock = snippet.resolveSibling("stock-haproxy.cfg");
                Files.writeString(stock, stock("debian-haproxy.cfg"));
                yield run(List.of("haproxy", "-c", "-f", stock.toString(), "-f", snippet.toString()));
            }
            case "nginx" -> {
                require("nginx", "nginx");
                Path prefix = Files.createTempDirectory(snippet.getParent(), "nginx-stock");
                Path sites = Files.createDirectories(prefix.resolve("sites-enabled"));
                Files.copy(snippet, sites.resolve(snippet.getFileName()));
                String conf = stock("debian-nginx.conf")
                        .replace("include /etc/nginx/sites-enabled/*;", "include " + sites + "/*;")
                        .replace("pid /run/nginx.pid;", "pid " + prefix.resolve("nginx.pid") + ";")
                        .replace("/var/log/nginx/", prefix + "/");
                Path main = prefix.resolve("nginx.conf");
                Files.writeString(main, conf);
                yield run(List.of("nginx", "-t", "-q", "-p", prefix + "/", "-c", main.toString()));
            }
            case "keepalived" -> {
                Path whole = snippet.resolveSibling("with-global_defs-" + snippet.getFileName());
                Files.writeString(whole, stock("keepalived-global_defs.conf") + Files.readString(snippet));
                yield check(exporterId, whole);
            }
            case "monitoring" -> {
                Path whole = snippet.resolveSibling("stock-" + snippet.getFileName());
                Files.writeString(whole, stock("debian-prometheus.yml") + Files.readString(snippet));
                yield check(exporterId, whole);
            }
            // Zone records are a snippet in both modes.
            case "dns" -> check(exporterId, snippet);
            default -> throw new IllegalArgumentException("no daemon check for " + exporterId);
        };
    }

    private static String stock(String resource) throws IOException {
        try (var in = Daemons.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A self-signed certificate and its key in one PEM, as HAProxy wants and Nginx accepts. */
    static Path selfSignedPem(Path folder) throws IOException {
        Path cert = folder.resolve("cert.pem");
        Path key = folder.resolve("key.pem");
        Verdict made = run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", "/CN=www.example.test", "-keyout", key.toString(), "-out", cert.toString()));
        if (!made.ok()) {
            fail("openssl could not make a test certificate: " + made.output());
        }
        Path pem = folder.resolve("site.pem");
        Files.writeString(pem, Files.readString(cert) + Files.readString(key));
        return pem;
    }

    private static Verdict run(List<String> command) {
        ProcessRunner.Result result = ProcessRunner.run(java.time.Duration.ofSeconds(60), command);
        return new Verdict(result.ok(), result.output());
    }
}
