package dev.infradesigner.export;

import java.util.List;

/**
 * The one TLS profile every exporter writes: Mozilla's intermediate configuration, guideline 5.7. HAProxy and
 * Nginx used to carry two cipher lists that had drifted apart, DHE ciphers without DH parameters (which then
 * do nothing) and no client cipher preference; both now render this class, so a client meets the same TLS at
 * the load balancer and at the web server, and changing the profile is one edit.
 */
final class TlsProfile {

    /** TLS 1.2 ciphers: ECDHE and DHE with AES-GCM or ChaCha20-Poly1305, in Mozilla's order. */
    static final String TLS12_CIPHERS = String.join(":", List.of("ECDHE-ECDSA-AES128-GCM-SHA256",
            "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-RSA-AES256-GCM-SHA384",
            "ECDHE-ECDSA-CHACHA20-POLY1305", "ECDHE-RSA-CHACHA20-POLY1305", "DHE-RSA-AES128-GCM-SHA256",
            "DHE-RSA-AES256-GCM-SHA384", "DHE-RSA-CHACHA20-POLY1305"));

    /** TLS 1.3 suites. */
    static final String TLS13_SUITES = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256";

    /** Key exchange groups for ECDHE. */
    static final String CURVES = "X25519:prime256v1:secp384r1";

    /** Two years, as the profile asks; sent only where plain HTTP redirects to HTTPS. */
    static final String HSTS = "max-age=63072000";

    /**
     * Where backend certificates are verified against: Debian's system bundle, which also holds a private CA
     * once it is added there (update-ca-certificates, or appending it as the lab does).
     */
    static final String CA_BUNDLE = "/etc/ssl/certs/ca-certificates.crt";

    /** The name of the DH parameters file next to each daemon's configuration. */
    static final String DH_FILE = "ffdhe2048.pem";

    /**
     * The ffdhe2048 group of RFC 7919 as PEM ({@code openssl genpkey -genparam -algorithm DH -pkeyopt
     * group:ffdhe2048}), the DH parameters the profile names: a well-known safe prime, so there is nothing to
     * generate per server and nothing secret in it.
     */
    static final String FFDHE2048_PEM = """
            -----BEGIN DH PARAMETERS-----
            MIIBCAKCAQEA//////////+t+FRYortKmq/cViAnPTzx2LnFg84tNpWp4TZBFGQz
            +8yTnc4kmz75fS/jY2MMddj2gbICrsRhetPfHtXV/WVhJDP1H18GbtCFY2VVPe0a
            87VXE15/V8k1mE8McODmi3fipona8+/och3xWKE2rec1MKzKT0g6eXq8CrGCsyT7
            YdEIqUuyyOP7uWrat2DX9GgdT0Kj3jlN9K5W7edjcrsZCwenyO4KbXCeAvzhzffi
            7MA0BM0oNC9hkXL+nOmFg/+OTxIy7vKBg8P+OxtMb61zO7X8vC7CIAXFjvGDfRaD
            ssbzSibBsu/6iGtCOGEoXJf//////////wIBAg==
            -----END DH PARAMETERS-----
            """;

    private TlsProfile() {
    }

    /** The DH parameters as a file of {@code folder}, installed next to the daemon's configuration. */
    static ExportedFile dhParams(String folder, String configDirectory, List<String> componentIds) {
        return new ExportedFile(folder + "/" + DH_FILE, FFDHE2048_PEM, componentIds, dhPath(configDirectory));
    }

    /** Where the DH parameters are installed for the daemon whose configuration lives in {@code configDirectory}. */
    static String dhPath(String configDirectory) {
        return configDirectory + "/" + DH_FILE;
    }

    /** HAProxy's {@code global} lines: the profile for what it serves and for what it connects to. */
    static String haproxyGlobal(boolean serves, boolean connects) {
        StringBuilder out = new StringBuilder();
        if (serves) {
            out.append("    ssl-default-bind-ciphers ").append(TLS12_CIPHERS).append('\n')
                    .append("    ssl-default-bind-ciphersuites ").append(TLS13_SUITES).append('\n')
                    .append("    ssl-default-bind-curves ").append(CURVES).append('\n')
                    // The profile leaves the choice to the client (which knows whether it has AES hardware).
                    .append("    ssl-default-bind-options prefer-client-ciphers ssl-min-ver TLSv1.2 no-tls-tickets\n")
                    .append("    ssl-dh-param-file ").append(dhPath("/etc/haproxy")).append('\n');
        }
        if (connects) {
            out.append("    ssl-default-server-ciphers ").append(TLS12_CIPHERS).append('\n')
                    .append("    ssl-default-server-ciphersuites ").append(TLS13_SUITES).append('\n')
                    .append("    ssl-default-server-options ssl-min-ver TLSv1.2 no-tls-tickets\n");
        }
        return out.toString();
    }

    /**
     * What a HAProxy {@code server} line adds to reach a web server over TLS: the certificate verified against
     * the CA bundle and for the web server's own name, sent as SNI for traffic and checks alike. The name is
     * the web server's {@code server_name}, not the client's Host, so a client cannot choose what is verified.
     */
    static String haproxyServerTls(String serverName) {
        return " ssl verify required ca-file " + CA_BUNDLE + " sni str(" + serverName + ") check-sni " + serverName
                + " verifyhost " + serverName;
    }

    /** Nginx's TLS lines for a server block serving {@code certificate} (a PEM holding certificate and key). */
    static String nginxServer(String certificate, String indent) {
        return indent + "ssl_certificate " + certificate + ";\n"
                + indent + "ssl_certificate_key " + certificate + ";\n"
                + indent + "ssl_protocols TLSv1.2 TLSv1.3;\n"
                + indent + "ssl_ciphers " + TLS12_CIPHERS + ";\n"
                + indent + "ssl_ecdh_curve " + CURVES + ";\n"
                + indent + "ssl_prefer_server_ciphers off;\n"
                + indent + "ssl_dhparam " + dhPath("/etc/nginx") + ";\n"
                + indent + "ssl_session_timeout 1d;\n"
                + indent + "ssl_session_cache shared:MozSSL:10m;\n"
                + indent + "ssl_session_tickets off;\n"
                // Stapled where the certificate names an OCSP responder; Nginx warns and goes on where it names
                // none (a private CA's), and resolves the responder when it starts.
                + indent + "ssl_stapling on;\n"
                + indent + "ssl_stapling_verify on;\n"
                + indent + "ssl_trusted_certificate " + CA_BUNDLE + ";\n";
    }
}
