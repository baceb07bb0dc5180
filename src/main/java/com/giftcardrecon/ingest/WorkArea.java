package com.giftcardrecon.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Where registration keeps a copy of every file it accepts for loading, taken from the same
 * bytes it hashed and checked. The load steps read the copy, so what is loaded is exactly
 * what was judged, however the inbox file changes or vanishes in between, and a restart finds
 * the bytes it needs. Copies live from registration until the files are accepted.
 */
@Component
class WorkArea {

    private final Path directory;

    WorkArea(IngestProperties properties) {
        this.directory = properties.workDir().toAbsolutePath().normalize();
    }

    /** A new, empty place to copy a file into while it is being checked. */
    Path newCopy() throws IOException {
        Files.createDirectories(directory);
        return directory.resolve(".incoming-" + UUID.randomUUID() + ".csv");
    }

    /** Keeps a checked copy as the one the load steps read for the registered file. */
    void keep(Path copy, long fileId) throws IOException {
        Files.move(copy, copyOf(fileId), StandardCopyOption.REPLACE_EXISTING);
    }

    Path copyOf(long fileId) {
        return directory.resolve(fileId + ".csv");
    }

    void discard(Path copy) {
        try {
            Files.deleteIfExists(copy);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + copy + " from the work area (recon.work-dir)", e);
        }
    }

    /**
     * Deletes every copy. Called with the run lock held, when no registered file is waiting to
     * be loaded: after the files were accepted, or before a fresh run registers the inbox.
     */
    void clear() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> copies = Files.newDirectoryStream(directory, "*.csv")) {
            for (Path copy : copies) {
                discard(copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the work area " + directory + " (recon.work-dir)", e);
        }
    }
}
