package dev.infradesigner.export;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.LoadBalancerSettings;
import dev.infradesigner.model.WebServerSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Asks the real daemons whether they accept what an exporter generated: {@code haproxy -c} and
 * {@code nginx -t}, where they are installed on this machine. Certificates named in the design rarely
 * exist here, so the check points them at a temporary self-signed one (made with openssl) and says so.
 */
public final class ConfigCheck {

    /** The exporters a local daemon can check, and with what. */
    public static final List<String> CHECKABLE = List.of("haproxy", "nginx");

    /** The files a daemon's own check reads; the others (DH parameters) are only staged beside them. */
    private static final List<String> DAEMON_CONFIGS = List.of("/etc/haproxy/haproxy.cfg", "/etc/nginx/nginx.conf");

    /** What a daemon said of one file. */
    public record FileVerdict(String path, boolean accepted, String output) {
    }

    /**
     * The outcome for one exporter: the tool and its version, or why it could not run; then each file.
     *
     * @param tool     "haproxy 2.6.12", or {@code null} when the daemon is not installed
     * @param problem  why nothing was checked, or {@code null}
     */
    public record Result(String exporterId, String tool, String problem, List<FileVerdict> files) {

        public boolean accepted() {
            return problem == null && files.stream().allMatch(FileVerdict::accepted);
        }
    }

    private ConfigCheck() {
    }

    /** The daemon's name and version ("nginx 1.22.1"), if it is installed. */
    public static Optional<String> tool(String exporterId) {
        String binary = binary(exporterId);
        if (binary == null || find(binary).isEmpty()) {
            return Optional.empty();
        }
        String output = run(List.of(find(binary).get().toString(), "-v"), 10).output();
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("(\\d+\\.\\d+(\\.\\d+)?)").matcher(output);
        return Optional.of(binary + (version.find() ? " " + version.group(1) : ""));
    }

    private static String binary(String exporterId) {
        return switch (exporterId) {
            case "haproxy" -> "haproxy";
            case "nginx" -> "nginx";
            default -> null;
        };
    }

    private static Optional<Path> find(String binary) {
        return Stream.of("/usr/sbin/", "/usr/bin/", "/usr/local/sbin/", "/usr/local/bin/")
                .map(dir -> Path.of(dir + binary)).filter(Files::isExecutable).findFirst();
    }

    /** Exports {@code design} with {@code exporter} in full and has the daemon check every file. */
    public static Result check(Exporter exporter, Design design) {
        Optional<String> tool = tool(exporter.id());
        if (tool.isEmpty()) {
            return new Result(exporter.id(), null, binaryOrId(exporter) + " is not installed here, so the files "
                    + "were not checked (apt-get install " + binaryOrId(exporter) + ")", List.of());
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("infra-designer-check");
            Design checked = design;
            if (hasCertificates(design)) {
                Optional<Path> pem = selfSignedPem(folder);
                if (pem.isEmpty()) {
                    return new Result(exporter.id(), tool.get(), "the design names TLS certificates and openssl, "
                            + "needed to stand in for them, is not installed", List.of());
                }
                checked = withCertificate(design, pem.get());
            }
            ExportRun.Result run = ExportRun.of(checked, List.of(exporter), ExportMode.FULL);
            if (run.refused()) {
                return new Result(exporter.id(), tool.get(), "nothing to check: " + run.refusals().get(0).message(),
                        List.of());
            }
            List<ExportedFile> files = run.files();
            Map<String, Path> installed = stage(files, folder);
            List<FileVerdict> verdicts = new ArrayList<>();
            for (ExportedFile file : files) {
                if (!DAEMON_CONFIGS.contains(file.installPath())) {
                    continue;
                }
                Path target = folder.resolve(file.path());
                Files.writeString(target, relocated(file.content(), installed), StandardCharsets.UTF_8);
                Verdict v = exporter.id().equals("haproxy")
                        ? run(List.of(find("haproxy").orElseThrow().toString(), "-c", "-f", target.toString()), 60)
                        : nginx(target, target.getParent());
                verdicts.add(new FileVerdict(file.path(), v.ok(), v.output().strip()));
            }
            return new Result(exporter.id(), tool.get(), null, verdicts);
        } catch (ExportRefusedException e) {
            return new Result(exporter.id(), tool.get(), "nothing to check: " + e.getMessage(), List.of());
        } catch (IOException e) {
            return new Result(exporter.id(), tool.get(), "could not write the files to check: " + e.getMessage(),
                    List.of());
        } finally {
            deleteQuietly(folder);
        }
    }

    /**
     * Writes every file of an export under {@code folder} and returns where each installed file landed, so
     * that a configuration naming another exported file (DH parameters at /etc/nginx/ffdhe2048.pem) can be
     * checked here without writing to /etc.
     */
    static Map<String, Path> stage(List<ExportedFile> files, Path folder) throws IOException {
        Map<String, Path> installed = new LinkedHashMap<>();
        for (ExportedFile file : files) {
            Path target = folder.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.content(), StandardCharsets.UTF_8);
            if (file.installPath() != null) {
                installed.put(file.installPath(), target);
            }
        }
        return installed;
    }

    /** {@code content} with each install path of {@code installed} replaced by where it was staged. */
    static String relocated(String content, Map<String, Path> installed) {
        String out = content;
        for (Map.Entry<String, Path> e : installed.entrySet()) {
            out = out.replace(e.getKey(), e.getValue().toString());
        }
        return out;
    }

    private static String binaryOrId(Exporter exporter) {
        String binary = binary(exporter.id());
        return binary == null ? exporter.id() : binary;
    }

    private static boolean hasCertificates(Design design) {
        return design.components().stream().anyMatch(c ->
                (c.settings() instanceof LoadBalancerSettings s && s.certificate() != null)
                        || (c.settings() instanceof WebServerSettings w && w.certificate() != null));
    }

    private static Design withCertificate(Design design, Path pem) {
        List<Component> changed = new ArrayList<>();
        for (Component c : design.components()) {
            if (c.settings() instanceof LoadBalancerSettings s && s.certificate() != null) {
                changed.add(c.withSettings(new LoadBalancerSettings(s.algorithm(), s.mode(), s.redundancy(),
                        s.listeners(), pem.toString(), s.redirectHttps(), s.healthCheck(), s.floatingIp())));
            } else if (c.settings() instanceof WebServerSettings s && s.certificate() != null) {
                changed.add(c.withSettings(new WebServerSettings(s.serverName(), s.listeners(), pem.toString(),
                        s.redirectHttps(), s.staticRoot())));
            }
        }
        return design.withAll(changed);
    }

    private static Optional<Path> selfSignedPem(Path folder) throws IOException {
        Optional<Path> openssl = find("openssl");
        if (openssl.isEmpty()) {
            return Optional.empty();
        }
        Path cert = folder.resolve("cert.pem");
        Path key = folder.resolve("key.pem");
        Verdict made = run(List.of(openssl.get().toString(), "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                "-days", "2", "-subj", "/CN=check.invalid", "-keyout", key.toString(), "-out", cert.toString()), 60);
        if (!made.ok()) {
            return Optional.empty();
        }
        Path pem = folder.resolve("site.pem");
        Files.writeString(pem, Files.readString(cert) + Files.readString(key));
        return Optional.of(pem);
    }

    private static Verdict nginx(Path config, Path prefix) throws IOException {
        Files.createDirectories(prefix.resolve("logs"));
        return run(List.of(find("nginx").orElseThrow().toString(), "-t", "-q", "-p", prefix + "/", "-c",
                config.toString(), "-g", "pid " + prefix.resolve("nginx.pid") + "; error_log "
                        + prefix.resolve("logs/error.log") + ";"), 60);
    }

    private record Verdict(boolean ok, String output) {
    }

    private static Verdict run(List<String> command, int seconds) {
        ProcessRunner.Result result = ProcessRunner.run(java.time.Duration.ofSeconds(seconds), command);
        return new Verdict(result.ok(), result.output());
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is not worth failing a check for.
        }
    }
}
