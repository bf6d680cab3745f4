package dev.infradesigner.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A host's private view of the file system, so that several servers of one design run the same daemons
 * with the same default paths side by side: {@code /etc} entries through {@code /etc/netns/NAMESPACE/}
 * (which {@code ip netns exec} mounts over {@code /etc}), and {@code /srv}, {@code /opt}, {@code /tmp},
 * {@code /run} and {@code /var} bind-mounted from the host's own folder for each command run there. Commands
 * start in {@code /}, as daemons do: the caller's folder may be under a {@code /tmp} the host does not see.
 */
final class HostFs {

    /** Where hosts' folders live; on disk, not in {@code /run}, which is often a small tmpfs. */
    static final Path HOSTS_ROOT = Path.of("/var/tmp/infra-designer-lab");
    static final Path ETC_NETNS = Path.of("/etc/netns");
    /**
     * The folders each host has its own copy of, in the order they are mounted: {@code /var} last, since
     * the hosts' folders live under it and mounting it hides them.
     */
    private static final List<String> PRIVATE = List.of("srv", "opt", "tmp", "run", "var");
    private static final String MOUNT_AND_RUN = "for d in " + String.join(" ", PRIVATE) + "; do "
            + "if [ -d \"/$d\" ]; then mount --bind \"$1/$d\" \"/$d\" || exit 125; fi; done; shift; cd / && exec \"$@\"";

    private final String namespace;
    private final Path root;
    private final Path etc;

    HostFs(String namespace) {
        this.namespace = namespace;
        this.root = HOSTS_ROOT.resolve(namespace);
        this.etc = ETC_NETNS.resolve(namespace);
    }

    String namespace() {
        return namespace;
    }

    /** The folder where this host's logs go (outside its own view). */
    Path logs() {
        return root.resolve("logs");
    }

    /** Makes the host's folders with Debian's layout (a sticky {@code /tmp}, {@code /var/run} to {@code /run}). */
    void prepare() {
        try {
            for (String dir : List.of("srv", "opt", "run/lock", "var/lib", "var/log", "var/cache", "var/www",
                    "var/spool", "logs")) {
                Files.createDirectories(root.resolve(dir));
            }
            for (String sticky : List.of("tmp", "var/tmp", "run/lock")) {
                Path dir = Files.createDirectories(root.resolve(sticky));
                Exec.check(Duration.ofSeconds(5), List.of("chmod", "1777", dir.toString()));
            }
            link(root.resolve("var/run"), "/run");
            link(root.resolve("var/lock"), "/run/lock");
            Files.createDirectories(etc);
        } catch (IOException e) {
            throw new LabException("cannot prepare the folders of " + namespace + ": " + e.getMessage(), e);
        }
    }

    /** Gives the host its own copy of {@code /etc/NAME} (the package's stock configuration). */
    void copyStockEtc(String name, String debianPackage) {
        Path stock = Path.of("/etc", name);
        if (!Files.exists(stock)) {
            throw new LabException("/etc/" + name + " is missing: install " + debianPackage
                    + " (apt-get install -y " + debianPackage + ")");
        }
        if (!Files.exists(etc.resolve(name))) {
            Exec.check(Duration.ofSeconds(20), List.of("cp", "-a", stock.toString(), etc.resolve(name).toString()));
        }
    }

    /** Writes a file of this host's own {@code /etc} (such as {@code hosts}). */
    void writeEtc(String name, String content) {
        write(etc.resolve(name), content);
    }

    /** Where {@code pathInHost} (an absolute path as the host's daemons see it) is on the real file system. */
    Path real(String pathInHost) {
        Path p = Path.of(pathInHost).normalize();
        if (!p.isAbsolute() || p.getNameCount() < 2) {
            throw new LabException("cannot place " + pathInHost + " on " + namespace);
        }
        String top = p.getName(0).toString();
        Path rest = p.subpath(1, p.getNameCount());
        if (top.equals("etc")) {
            String entry = p.getName(1).toString();
            if (!Files.isDirectory(etc.resolve(entry)) || p.getNameCount() < 3) {
                throw new LabException(pathInHost + ": the lab places files under /etc only in the folders of the "
                        + "daemons it runs (/etc/haproxy, /etc/nginx, /etc/mysql, /etc/ssl...), or under /var, /srv, "
                        + "/opt, /run and /tmp");
            }
            return etc.resolve(rest.toString());
        }
        if (PRIVATE.contains(top)) {
            return root.resolve(top).resolve(rest.toString());
        }
        throw new LabException(pathInHost + ": the lab places files under /etc, /var, /srv, /opt, /run or /tmp");
    }

    /** Writes {@code content} at {@code pathInHost}, making its folders. */
    void install(String pathInHost, String content) {
        write(real(pathInHost), content);
    }

    /** Makes a folder of the host, owned by {@code user} (and its group) when given. */
    void mkdir(String pathInHost, String user) {
        try {
            Path dir = Files.createDirectories(real(pathInHost));
            if (user != null) {
                chown(dir, user);
            }
        } catch (IOException e) {
            throw new LabException("cannot make " + pathInHost + " on " + namespace + ": " + e.getMessage(), e);
        }
    }

    /** Hands {@code pathInHost} to {@code user} and its group, with the given permissions (such as "rw-r-----"). */
    void own(String pathInHost, String user, String permissions) {
        try {
            Path file = real(pathInHost);
            chown(file, user);
            if (permissions != null) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
            }
        } catch (IOException e) {
            throw new LabException("cannot hand " + pathInHost + " to " + user + ": " + e.getMessage(), e);
        }
    }

    /** The command line that runs {@code command} on this host: in its namespace, with its own folders. */
    List<String> command(List<String> command) {
        List<String> out = new ArrayList<>(List.of("ip", "netns", "exec", namespace, "sh", "-c", MOUNT_AND_RUN, "sh",
                root.toString()));
        out.addAll(command);
        return out;
    }

    /** Removes the host's folders and its {@code /etc/netns} entry. */
    void remove() {
        Exec.run(Duration.ofSeconds(30), List.of("rm", "-rf", "--one-file-system", root.toString(), etc.toString()));
    }

    private static void chown(Path path, String user) throws IOException {
        UserPrincipalLookupService users = path.getFileSystem().getUserPrincipalLookupService();
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        view.setOwner(users.lookupPrincipalByName(user));
        GroupPrincipal group = users.lookupPrincipalByGroupName(user);
        view.setGroup(group);
    }

    private static void link(Path link, String target) throws IOException {
        if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(link, Path.of(target));
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LabException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
