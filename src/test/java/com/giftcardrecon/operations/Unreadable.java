package com.giftcardrecon.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A regular file the application cannot read. Permissions do that for an ordinary user; root
 * reads anything, so there it is a link to {@code /proc/self/mem}, a regular file whose first
 * read fails with an I/O error.
 */
final class Unreadable {

    private Unreadable() {
    }

    static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "H,ZZ\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        if (Files.isReadable(file)) {
            Files.delete(file);
            Files.createSymbolicLink(file, Path.of("/proc/self/mem"));
        }
    }

    /** Makes it an ordinary readable file again, with this content. */
    static void restore(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        Files.writeString(file, content);
    }
}
