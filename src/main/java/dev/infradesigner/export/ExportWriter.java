package dev.infradesigner.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes an export into a folder all or nothing: every file goes into a hidden folder beside the
 * result first, and only when all are written are they moved into place. A failure half-way (a text that
 * cannot be encoded, a full disk) leaves the folder as it was, so a rerun works without {@code --force}.
 */
public final class ExportWriter {

    private ExportWriter() {
    }

    /**
     * Writes {@code files} under {@code folder} (made when missing) and returns where each went, in order.
     * Nothing is written when a path would land outside the folder or a text cannot be written as UTF-8.
     */
    public static List<Path> write(Path folder, List<ExportedFile> files) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        List<Path> targets = new ArrayList<>();
        for (ExportedFile f : files) {
            Path target = root.resolve(f.path()).normalize();
            if (!target.startsWith(root) || target.equals(root)) {
                throw new IOException(f.path() + " would land outside " + folder);
            }
            targets.add(target);
        }
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new IOException(folder + " is a file, not a folder");
        }
        Files.createDirectories(root);
        Path staging = Files.createTempDirectory(root, ".infra-designer-export-");
        try {
            List<Path> staged = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                Path file = staging.resolve(root.relativize(targets.get(i)));
                Files.createDirectories(file.getParent());
                Files.write(file, utf8(files.get(i)));
                staged.add(file);
            }
            for (int i = 0; i < staged.size(); i++) {
                Files.createDirectories(targets.get(i).getParent());
                move(staged.get(i), targets.get(i));
            }
            return targets;
        } finally {
            deleteTree(staging);
        }
    }

    /** The file's text as UTF-8, or a message naming the file when it holds text UTF-8 cannot carry. */
    private static byte[] utf8(ExportedFile file) throws IOException {
        try {
            ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(file.content()));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IOException(file.path() + " holds text that cannot be written as UTF-8 (a lone surrogate); "
                    + "nothing was written", e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A hidden staging folder left behind is harmless; the export itself is complete or absent.
        }
    }
}
