package com.giftcardrecon.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Takes one inbox file in: reads it once, hashing, checking and copying it into the work area
 * in the same pass, then makes sure it did not change while it was read. Whatever goes wrong
 * with the file is an outcome for that file alone, never an error of the run.
 */
final class FileIntake {

    /**
     * @param check   the whole-file verdict on the bytes read; null when the file could not be taken in
     * @param copy    the work-area copy of exactly those bytes; null when none was taken
     * @param failure null, or why the file could not be taken in whole ("unreadable: ...",
     *                "changed while being ingested: ...")
     */
    record Outcome(@Nullable FileCheckResult check, @Nullable Path copy, @Nullable String failure) {
    }

    private FileIntake() {
    }

    /**
     * @param copy where to copy the bytes, or null when the file can never be loaded (a bad
     *             name), so no copy is needed
     */
    static Outcome take(InboxFile file, @Nullable Path copy) {
        FileCheckResult check;
        try {
            check = check(file, copy);
        } catch (IOException e) {
            discard(copy);
            return new Outcome(null, null, "unreadable: " + describe(e)
                    + "; it is read again on the next run");
        }
        long size = -1;
        long modified = -1;
        try {
            size = Files.size(file.path());
            modified = Files.getLastModifiedTime(file.path()).toMillis();
        } catch (IOException e) {
            // vanished just after it was read: what was read may be a torn copy
        }
        if (size != file.sizeBytes() || modified != file.modifiedMs()) {
            discard(copy);
            return new Outcome(null, null, "changed while being ingested: its size or modification time changed"
                    + " while it was read; it is read again on the next run (send files complete, e.g. write"
                    + " under a temporary name and rename)");
        }
        return new Outcome(check, copy, null);
    }

    private static FileCheckResult check(InboxFile file, @Nullable Path copy) throws IOException {
        if (file.sizeBytes() < 0) {
            throw new NoSuchFileException(file.path().toString());
        }
        InputStream bytes = Files.newInputStream(file.path());
        if (copy != null) {
            bytes = new CopyingInputStream(bytes, Files.newOutputStream(copy));
        }
        return file.name().kind() == FileKind.ACTIVATION ? ActivationFileCheck.check(bytes, file.name())
                : LedgerFileCheck.check(bytes, file.name());
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "the file vanished while being read";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied (the service's user may not read it)";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static void discard(@Nullable Path copy) {
        if (copy != null) {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException e) {
                // the work area is cleared before the next registration anyway
            }
        }
    }
}
