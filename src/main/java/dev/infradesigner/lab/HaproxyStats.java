package dev.infradesigner.lab;

import dev.infradesigner.export.ExportedFile;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a running HAProxy thinks of its backends, asked on the admin socket its exported file declares
 * (reached from outside the host: a UNIX socket is a file, and the host's {@code /run} is a folder here).
 */
final class HaproxyStats {

    private static final Pattern SOCKET = Pattern.compile("^\\s*stats\\s+socket\\s+(/\\S+)", Pattern.MULTILINE);

    private HaproxyStats() {
    }

    /** The admin socket's path on the real file system, if the file declares one. */
    static Optional<Path> socket(LabHost host, HostFs fs) {
        return host.installed("/etc/haproxy/haproxy.cfg").map(ExportedFile::content).map(SOCKET::matcher)
                .filter(Matcher::find).map(m -> fs.real(m.group(1)));
    }

    /** Each backend server ({@code backend/server}) and its status (UP, DOWN, MAINT, "UP 1/2"...). */
    static Map<String, String> servers(Path socket) {
        Map<String, String> out = new LinkedHashMap<>();
        String csv = ask(socket, "show stat");
        String[] lines = csv.split("\n");
        if (lines.length == 0 || !lines[0].startsWith("# ")) {
            return out;
        }
        List<String> header = List.of(lines[0].substring(2).split(","));
        int status = header.indexOf("status");
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",", -1);
            if (cells.length <= status || cells[1].equals("FRONTEND") || cells[1].equals("BACKEND")) {
                continue;
            }
            out.put(cells[0] + "/" + cells[1], cells[status]);
        }
        return out;
    }

    private static String ask(Path socket, String command) {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.UTF_8)));
            ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
            StringBuilder out = new StringBuilder();
            while (channel.read(buffer) > 0) {
                buffer.flip();
                out.append(StandardCharsets.UTF_8.decode(buffer));
                buffer.clear();
            }
            return out.toString();
        } catch (IOException e) {
            return "";
        }
    }
}
