package dev.infradesigner.export;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.ComponentKind;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.WebServerSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * Nginx for each web server, written for Nginx 1.22 to sit behind HAProxy (or face users itself) and keep
 * serving while an application server dies or freezes: the site ({@link NginxSite}) as a file for
 * {@code sites-available}, or in full mode the {@code nginx.conf} around it, and the DH parameters its TLS
 * profile names.
 */
public final class NginxExporter implements Exporter {

    @Override
    public String id() {
        return "nginx";
    }

    @Override
    public String displayName() {
        return "Nginx";
    }

    @Override
    public List<ExportedFile> export(Design design, ExportMode mode) {
        List<ExportedFile> files = new ArrayList<>();
        UniqueNames folders = new UniqueNames();
        for (Component web : design.componentsOf(ComponentKind.WEB_SERVER)) {
            WebServerSettings s = web.settings(WebServerSettings.class);
            ConfigText.requireCertificate(web, s.httpsListener(), s.certificate());
            String folder = folders.next(ConfigText.folderOf(design, web), web.id());
            String site = NginxSite.write(design, web);
            if (mode == ExportMode.FULL) {
                files.add(new ExportedFile(folder + "/nginx.conf", full(design, web, site), List.of(web.id()),
                        "/etc/nginx/nginx.conf"));
            } else {
                files.add(new ExportedFile(folder + "/sites-available/" + ConfigText.name(web.label(), web.id())
                        + ".conf", ConfigText.header("#", design, web) + "\n" + site, List.of(web.id())));
            }
            // The server block names the DH parameters in both modes, so both install them.
            if (web.settings(WebServerSettings.class).servesHttps()) {
                files.add(TlsProfile.dhParams(folder, "/etc/nginx", List.of(web.id())));
            }
        }
        return files;
    }

    private static String full(Design design, Component web, String site) {
        return ConfigText.header("#", design, web)
                // Debian's layout: workers as www-data, errors in /var/log/nginx (its build logs to stderr).
                + "\nuser www-data;\n"
                + "worker_processes auto;\n"
                + "error_log /var/log/nginx/error.log;\n"
                + "\nevents {\n    worker_connections 1024;\n}\n"
                + "\nhttp {\n"
                + "    include /etc/nginx/mime.types;\n"
                + "    default_type application/octet-stream;\n"
                + "    sendfile on;\n"
                + "    tcp_nopush on;\n"
                + "    keepalive_timeout 65;\n"
                + "    server_tokens off;\n"
                + "\n" + indent(site, "    ")
                + "}\n";
    }

    private static String indent(String text, String prefix) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                out.append(prefix).append(line);
            }
            out.append('\n');
        }
        return out.toString().replaceAll("\n+$", "\n");
    }
}
