package dev.infradesigner.export;

import java.util.List;

/**
 * One generated file, and where it belongs on the server, so that a person (or the lab, which boots the
 * design as real hosts) installs every file the same way.
 *
 * @param path         where it goes, relative to the export folder: {@code HOST/NAME}
 * @param content      the text, ending with a newline
 * @param componentIds the components it was generated from
 * @param installPath  the absolute path the file is installed at on its server (for example
 *                     {@code /etc/haproxy/haproxy.cfg}), or {@code null} for a file that is run rather than
 *                     installed (a firewall script, SQL statements) or pasted into an existing file (a snippet)
 */
public record ExportedFile(String path, String content, List<String> componentIds, String installPath) {

    public ExportedFile {
        componentIds = List.copyOf(componentIds);
        if (installPath != null && !installPath.startsWith("/")) {
            throw new IllegalArgumentException("install path must be absolute: " + installPath);
        }
    }

    /** A file that is run or pasted, not installed at a fixed path. */
    public ExportedFile(String path, String content, List<String> componentIds) {
        this(path, content, componentIds, null);
    }
}
