package dev.infradesigner.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;

/**
 * Carries a file's permissions and owner over to the file that replaces it, so that saving does not turn
 * a shared design ({@code 0664}, a group's) into one only its last writer may read.
 */
final class FileAttributes {

    private FileAttributes() {
    }

    static void copy(Path from, Path to) {
        PosixFileAttributes attributes;
        try {
            attributes = Files.readAttributes(from, PosixFileAttributes.class);
            Files.setPosixFilePermissions(to, attributes.permissions());
        } catch (IOException | UnsupportedOperationException e) {
            return; // not a POSIX file system: the platform's defaults apply
        }
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
            view.setGroup(attributes.group());
            view.setOwner(attributes.owner());
        } catch (IOException | UnsupportedOperationException e) {
            // Only the owner's own group, or root, may be given: the new file stays the writer's.
        }
    }
}
