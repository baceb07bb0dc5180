package com.giftcardrecon.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Replaces a file so that a reader sees either the old content or the new, never half of it:
 * the content goes to a temporary sibling which is then moved over the target.
 */
final class AtomicFile {

    /** Writes the whole content to the stream it is given. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    static Path replace(Path target, Content content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        // Same directory, so the move is a rename on one file system. Not createTempFile: its
        // owner-only permissions would carry over to the report and lock out other readers.
        // The leading dot keeps the half-written file out of globs and file listings.
        Path temporary = directory.resolve(
                "." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out =
                    Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW)) {
                content.writeTo(out);
            }
            moveOver(temporary, target);
        } catch (Throwable failure) {
            deleteQuietly(temporary, failure);
            throw failure;
        }
        return target;
    }

    private static void moveOver(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (certain network shares) refuse an atomic move. Within one
            // directory a plain replace is still a rename: a reader may briefly find no file,
            // but never a half-written one.
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temporary, Throwable failure) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
