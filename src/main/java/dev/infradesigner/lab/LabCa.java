package dev.infradesigner.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A throwaway certificate authority, made for one lab run and removed with it: the certificates it issues
 * go where the design says its daemons find theirs, and the users, HAProxy and MariaDB trust it, so TLS
 * is verified end to end as it would be with a real authority. EC P-256 keys: quick to make.
 */
final class LabCa {

    private static final Duration QUICK = Duration.ofSeconds(20);

    /** A certificate and its key, both PEM. */
    record Issued(String certificate, String key) {

        /** Both in one PEM, as HAProxy's {@code crt} and Nginx (given the same path twice) read them. */
        String combined() {
            return certificate + key;
        }
    }

    private final Path dir;
    private int serial;

    LabCa(Path dir) {
        this.dir = dir;
    }

    /** Makes the authority's key and certificate. */
    void create() {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new LabException("cannot make " + dir + ": " + e.getMessage(), e);
        }
        Exec.check(QUICK, List.of("openssl", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256",
                "-out", dir.resolve("ca.key").toString()));
        Exec.check(QUICK, List.of("openssl", "req", "-x509", "-new", "-key", dir.resolve("ca.key").toString(),
                "-out", certificate().toString(), "-days", "2", "-subj", "/CN=Infra Designer lab CA",
                "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"));
    }

    /** The authority's certificate, which everything in the lab trusts. */
    Path certificate() {
        return dir.resolve("ca.pem");
    }

    /** The authority's certificate as text. */
    String certificateText() {
        try {
            return Files.readString(certificate());
        } catch (IOException e) {
            throw new LabException("cannot read " + certificate() + ": " + e.getMessage(), e);
        }
    }

    /** A certificate for {@code names} (the first is its common name) and {@code addresses}. */
    synchronized Issued issue(List<String> names, List<String> addresses) {
        String base = "leaf-" + (++serial);
        Path key = dir.resolve(base + ".key");
        Path request = dir.resolve(base + ".csr");
        Path cert = dir.resolve(base + ".pem");
        Path extensions = dir.resolve(base + ".ext");
        List<String> alt = new ArrayList<>();
        names.forEach(n -> alt.add("DNS:" + n));
        addresses.forEach(a -> alt.add("IP:" + a));
        try {
            Files.writeString(extensions, "basicConstraints=critical,CA:FALSE\n"
                    + "keyUsage=critical,digitalSignature,keyEncipherment\n"
                    + "extendedKeyUsage=serverAuth,clientAuth\n"
                    + "subjectAltName=" + String.join(",", alt) + "\n");
            Exec.check(QUICK, List.of("openssl", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-out", key.toString()));
            Exec.check(QUICK, List.of("openssl", "req", "-new", "-key", key.toString(), "-subj", "/CN=" + names.get(0),
                    "-out", request.toString()));
            Exec.check(QUICK, List.of("openssl", "x509", "-req", "-in", request.toString(), "-CA",
                    certificate().toString(), "-CAkey", dir.resolve("ca.key").toString(), "-set_serial",
                    String.valueOf(1000 + serial), "-days", "2", "-extfile", extensions.toString(), "-out",
                    cert.toString()));
            return new Issued(Files.readString(cert), Files.readString(key));
        } catch (IOException e) {
            throw new LabException("cannot issue a certificate for " + names + ": " + e.getMessage(), e);
        }
    }
}
