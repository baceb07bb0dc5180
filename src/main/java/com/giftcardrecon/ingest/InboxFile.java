package com.giftcardrecon.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file found in the inbox, with what its name says about it.
 *
 * @param sizeBytes  size when it was listed; -1 when it could not even be looked at
 * @param modifiedMs modification time when it was listed; -1 likewise
 */
record InboxFile(Path path, InboundFileName name, long sizeBytes, long modifiedMs) {

    private static final Logger log = LoggerFactory.getLogger(InboxFile.class);

    /** Ingestion order: the date in the name, then the name; undated names last. */
    static final Comparator<InboxFile> INGESTION_ORDER = Comparator
            .comparing((InboxFile file) -> file.name().businessDate(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(file -> file.name().fileName());

    /**
     * Every file of one kind's inbox directory, in ingestion order: hidden ones too, since a
     * name that does not match is reported like any other bad name. Directories and links
     * that lead nowhere are not files: they are logged and skipped.
     */
    static List<InboxFile> list(Path inputDir, FileKind kind) {
        Path directory = inputDir.resolve(kind.directory());
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<InboxFile> files = new ArrayList<>();
        try (DirectoryStream<Path> paths = Files.newDirectoryStream(directory)) {
            for (Path path : paths) {
                if (Files.isRegularFile(path) || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                    files.add(of(path, kind)); // gone already: reported as unreadable
                } else if (Files.isSymbolicLink(path) && !Files.exists(path)) {
                    log.warn("inbox.skipped path={} reason=\"a link to nothing\"", path);
                } else {
                    log.warn("inbox.skipped path={} reason=\"not a file ({})\"", path,
                            Files.isDirectory(path) ? "a directory" : "a device, pipe or socket");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list inbox directory " + directory
                    + ": the service's user must be able to read it", e);
        }
        files.sort(INGESTION_ORDER);
        return files;
    }

    private static InboxFile of(Path path, FileKind kind) {
        InboundFileName name = InboundFileName.parse(kind, path.getFileName().toString());
        try {
            return new InboxFile(path, name, Files.size(path), Files.getLastModifiedTime(path).toMillis());
        } catch (IOException e) {
            return new InboxFile(path, name, -1, -1);
        }
    }
}
