package com.giftcardrecon.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A file found in the inbox, with what its name says about it. */
record InboxFile(Path path, InboundFileName name, long sizeBytes, long modifiedMs) {

    /** Ingestion order: the date in the name, then the name; undated names last. */
    static final Comparator<InboxFile> INGESTION_ORDER = Comparator
            .comparing((InboxFile file) -> file.name().businessDate(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(file -> file.name().fileName());

    /** The regular, non-hidden files of one kind's inbox directory, in ingestion order. */
    static List<InboxFile> list(Path inputDir, FileKind kind) {
        Path directory = inputDir.resolve(kind.directory());
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.list(directory)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .map(path -> of(path, kind))
                    .sorted(INGESTION_ORDER)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list inbox directory " + directory, e);
        }
    }

    private static InboxFile of(Path path, FileKind kind) {
        try {
            return new InboxFile(path, InboundFileName.parse(kind, path.getFileName().toString()), Files.size(path),
                    Files.getLastModifiedTime(path).toMillis());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read inbox file " + path, e);
        }
    }
}
