package dev.infradesigner.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Why a design could not be saved, said about the design and its folder (never the hidden temporary file
 * the save was writing) with what to do about it.
 */
final class SaveProblem {

    private SaveProblem() {
    }

    static IOException of(Path target, IOException e) {
        Path folder = target.toAbsolutePath().getParent();
        String design = target.getFileName().toString();
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : String.valueOf(e.getMessage());
        String what;
        if (reason.contains("No space left")) {
            what = "no space left on the disk holding " + folder + "; free some space or save it elsewhere";
        } else if (reason.contains("Disk quota exceeded")) {
            what = "the disk quota for " + folder + " is used up; free some space or save it elsewhere";
        } else if (e instanceof AccessDeniedException || reason.contains("Permission denied")
                || reason.contains("Read-only file system")) {
            what = folder + " may not be written to; save it elsewhere or change the folder's permissions";
        } else if (e instanceof NoSuchFileException) {
            what = "the folder " + folder + " does not exist (any more); save it elsewhere";
        } else {
            what = reason;
        }
        return new IOException("Could not save " + design + ": " + what, e);
    }
}
