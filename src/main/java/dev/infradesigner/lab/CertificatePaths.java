package dev.infradesigner.lab;

import dev.infradesigner.export.ExportedFile;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an exported file expects certificates, keys and certificate authorities, read from the file
 * itself: the lab puts what it issues exactly there, so the daemons start from the files unmodified.
 */
final class CertificatePaths {

    /** What a path must hold. */
    enum Holds {
        /** a certificate followed by its key, in one PEM */
        CERTIFICATE_AND_KEY,
        CERTIFICATE,
        KEY,
        /** the certificate authority users and servers trust */
        AUTHORITY
    }

    private static final Pattern HAPROXY_CRT = Pattern.compile("\\scrt\\s+(/\\S+)");
    private static final Pattern HAPROXY_CA = Pattern.compile("\\sca-file\\s+(/\\S+)");
    private static final Pattern NGINX = Pattern.compile(
            "^\\s*(ssl_certificate|ssl_certificate_key|ssl_trusted_certificate|ssl_client_certificate)\\s+(/[^;\\s]+)\\s*;",
            Pattern.MULTILINE);
    private static final Pattern MYSQL = Pattern.compile("^\\s*ssl[_-](ca|cert|key)\\s*=\\s*(/\\S+)\\s*$",
            Pattern.MULTILINE);

    private CertificatePaths() {
    }

    /** The paths {@code file} refers to and what each must hold; empty for files without TLS. */
    static Map<String, Holds> in(ExportedFile file) {
        Map<String, Holds> out = new LinkedHashMap<>();
        String path = file.installPath() == null ? "" : file.installPath();
        String text = file.content();
        if (path.startsWith("/etc/haproxy/")) {
            find(HAPROXY_CRT, text, 1).forEach(p -> out.put(p, Holds.CERTIFICATE_AND_KEY));
            find(HAPROXY_CA, text, 1).forEach(p -> out.put(p, Holds.AUTHORITY));
        } else if (path.startsWith("/etc/nginx/")) {
            Map<String, String> byDirective = new LinkedHashMap<>();
            Matcher m = NGINX.matcher(text);
            while (m.find()) {
                String directive = m.group(1);
                String p = m.group(2);
                if (directive.equals("ssl_trusted_certificate") || directive.equals("ssl_client_certificate")) {
                    out.put(p, Holds.AUTHORITY);
                } else if (byDirective.containsKey(p) && !byDirective.get(p).equals(directive)) {
                    out.put(p, Holds.CERTIFICATE_AND_KEY);
                } else {
                    byDirective.put(p, directive);
                    out.putIfAbsent(p, directive.equals("ssl_certificate") ? Holds.CERTIFICATE : Holds.KEY);
                }
            }
        } else if (path.startsWith("/etc/mysql/")) {
            Matcher m = MYSQL.matcher(text);
            while (m.find()) {
                out.put(m.group(2), switch (m.group(1)) {
                    case "ca" -> Holds.AUTHORITY;
                    case "cert" -> Holds.CERTIFICATE;
                    default -> Holds.KEY;
                });
            }
        }
        return out;
    }

    private static java.util.List<String> find(Pattern pattern, String text, int group) {
        java.util.List<String> out = new java.util.ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.group(group));
        }
        return out;
    }
}
