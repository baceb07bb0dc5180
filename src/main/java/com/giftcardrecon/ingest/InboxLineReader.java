package com.giftcardrecon.ingest;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.file.ResourceAwareItemReaderItemStream;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * Reads the records of registered files for a {@code MultiResourceItemReader}: it knows which
 * registered file it is in, passes over records that carry no line, and turns a mapper's
 * rejection into a skippable exception that names the file, the physical line the record
 * starts on and the reason. The files are the work area's copies, the bytes registration
 * checked; a copy that cannot be opened makes its file, not the step, fail.
 */
class InboxLineReader<T> implements ResourceAwareItemReaderItemStream<FileLine<T>> {

    /** What to do with a registered file whose copy cannot be read. */
    @FunctionalInterface
    interface UnreadableFiles {
        void unreadable(FileRef file, String reason);
    }

    private final CsvRecordItemReader<T> records;

    private final UnreadableFiles unreadable;

    private final Map<Path, FileRef> filesByPath = new HashMap<>();

    private final Map<Path, Integer> order = new HashMap<>();

    private FileRef current;

    private boolean currentUnreadable;

    InboxLineReader(String name, List<FileRef> files, RecordMapper<T> mapper, UnreadableFiles unreadable) {
        this.records = new CsvRecordItemReader<>(name, mapper);
        this.unreadable = unreadable;
        for (FileRef file : files) {
            Path path = file.path().toAbsolutePath().normalize();
            filesByPath.put(path, file);
            order.put(path, order.size());
        }
    }

    /** The files as resources, for the multi-resource reader. */
    Resource[] resources() {
        return filesByPath.keySet().stream().map(FileSystemResource::new).toArray(Resource[]::new);
    }

    /** Registration order, which is ingestion order: date in the name, then name. */
    Comparator<Resource> ingestionOrder() {
        return Comparator.comparing(resource -> order.get(pathOf(resource)));
    }

    @Override
    public void setResource(Resource resource) {
        current = filesByPath.get(pathOf(resource));
        records.setResource(resource);
    }

    @Override
    public FileLine<T> read() throws Exception {
        if (currentUnreadable) {
            return null;
        }
        for (CsvRecordItemReader.Mapped<T> record = records.read(); record != null; record = records.read()) {
            InvalidLineException rejected = record.rejected();
            if (rejected != null) {
                throw new SkippedLineException(current, rejected.lineNumber(), rejected.reason(), rejected);
            }
            if (record.line().value() != null) {
                return new FileLine<>(current, record.line().value());
            }
        }
        return null;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        currentUnreadable = false;
        try {
            records.open(executionContext);
        } catch (ItemStreamException e) {
            if (current == null) {
                throw e;
            }
            currentUnreadable = true;
            unreadable.unreadable(current, "unreadable: the copy taken when it was registered cannot be read ("
                    + NestedExceptionUtils.getMostSpecificCause(e).getMessage() + "); it is read from the inbox again on the next run");
        }
    }

    @Override
    public void update(ExecutionContext executionContext) {
        records.update(executionContext);
    }

    @Override
    public void close() {
        records.close();
    }

    private static Path pathOf(Resource resource) {
        try {
            return resource.getFile().toPath().toAbsolutePath().normalize();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("inbox file is not on the file system: " + resource, e);
        }
    }
}
