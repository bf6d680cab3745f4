package dev.infradesigner.export;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
    static final List<String> CHECKED_EXPORTERS = List.of("haproxy", "nginx", "keepalived", "monitoring");

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
            checked = config.resolveSibling("keepalived-lo.conf");
            Files.writeString(checked, Files.readString(config).replace("interface eth0", "interface lo"));
        }
        return run(List.of("keepalived", "--config-test", "-f", checked.toString()));
    }

    static Verdict promtool(Path config) {
        return run(List.of("promtool", "check", "config", config.toString()));
    }

    /** Whether a daemon can check this file (hosted monitoring agents' files have no checker here). */
    static boolean checkable(String path) {
        return !path.contains("/datadog/") && !path.contains("/sumologic/");
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
                yield keepalived(file);
            }
            case "monitoring" -> {
                require("promtool", "prometheus");
                yield promtool(file);
            }
            default -> throw new IllegalArgumentException("no daemon check for " + exporterId);
        };
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
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Verdict(false, "timed out: " + output);
            }
            return new Verdict(process.exitValue() == 0, output);
        } catch (IOException e) {
            return new Verdict(false, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Verdict(false, "interrupted");
        }
    }
}
