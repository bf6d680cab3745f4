package dev.infradesigner.export;

import dev.infradesigner.model.Component;
import dev.infradesigner.model.Design;
import dev.infradesigner.model.ServerAddresses;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One export of a design by several exporters, as the command line, the export dialog and the lab make it:
 * every file the exporters write, or every reason the export is refused. Beyond each exporter's own
 * refusals it guarantees, for every exporter present and future, that no two files share a path (a second
 * one would silently overwrite the first: the dialog said "Saved 13 files" and 12 existed), and it refuses
 * a design whose servers share a host name or an address, where that is what makes files collide and
 * configurations point at the wrong machine. Paths compare without case, since the folder written into may
 * be on a file system that ignores it.
 */
public final class ExportRun {

    /** The message every refusal for servers sharing a host name or an address starts with. */
    public static final String DUPLICATE_ADDRESS = "Two servers share a hostname or an IP address";

    /**
     * Why an export is refused.
     *
     * @param exporter the display name of the exporter that refused, or null for the export as a whole
     * @param message  what to change, naming the components by label and id
     */
    public record Refusal(String exporter, String message) {

        /** The message with the refusing exporter's name in front, where one refused. */
        public String text() {
            return exporter == null ? message : exporter + ": " + message;
        }
    }

    /** The files made, and the refusals; when any refusal is present nothing may be written. */
    public record Result(List<ExportedFile> files, List<Refusal> refusals) {

        public Result {
            files = List.copyOf(files);
            refusals = List.copyOf(refusals);
        }

        public boolean refused() {
            return !refusals.isEmpty();
        }
    }

    private ExportRun() {
    }

    /** Runs {@code exporters} over {@code design} in {@code mode}, then checks what they made as a whole. */
    public static Result of(Design design, List<Exporter> exporters, ExportMode mode) {
        List<ExportedFile> files = new ArrayList<>();
        List<Refusal> refusals = new ArrayList<>();
        for (ServerAddresses.Clash clash : ServerAddresses.of(design)) {
            refusals.add(new Refusal(null, DUPLICATE_ADDRESS + ": " + named(clash.servers()) + " share "
                    + clash.shared() + ". Give each server a host name and an IP address of its own; until then "
                    + "their files would overwrite each other."));
        }
        for (Exporter exporter : exporters) {
            try {
                files.addAll(exporter.export(design, mode));
            } catch (ExportRefusedException e) {
                refusals.add(new Refusal(exporter.displayName(), e.getMessage()));
            }
        }
        refusals.addAll(pathClashes(design, files));
        return new Result(refusals.isEmpty() ? files : List.of(), refusals);
    }

    /** A refusal for each path that two or more of {@code files} would be written to. */
    static List<Refusal> pathClashes(Design design, List<ExportedFile> files) {
        Map<String, List<ExportedFile>> byPath = new LinkedHashMap<>();
        for (ExportedFile f : files) {
            byPath.computeIfAbsent(key(f.path()), k -> new ArrayList<>()).add(f);
        }
        List<Refusal> refusals = new ArrayList<>();
        for (List<ExportedFile> same : byPath.values()) {
            if (same.size() < 2) {
                continue;
            }
            String sources = same.stream().map(f -> "from " + named(components(design, f)))
                    .collect(Collectors.joining(" and "));
            refusals.add(new Refusal(null, same.size() + " files would be written to " + same.get(0).path() + ", "
                    + sources + ": one would overwrite the other. Give the components' servers host names of "
                    + "their own (or components outside servers labels of their own)."));
        }
        return refusals;
    }

    private static String key(String path) {
        return Path.of(path).normalize().toString().toLowerCase(Locale.ROOT);
    }

    private static List<Component> components(Design design, ExportedFile file) {
        Set<Component> found = new LinkedHashSet<>();
        for (String id : file.componentIds()) {
            design.component(id).ifPresent(found::add);
        }
        return List.copyOf(found);
    }

    /** {@code "Server 2" (server-2) and "Server 3" (server-3)}. */
    private static String named(List<Component> components) {
        List<String> names = components.stream().map(c -> "\"" + ConfigText.comment(c.label()) + "\" (" + c.id() + ")")
                .toList();
        if (names.size() <= 1) {
            return names.isEmpty() ? "nothing the design names" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
