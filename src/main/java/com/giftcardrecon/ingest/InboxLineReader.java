package com.giftcardrecon.ingest;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.file.FlatFileItemReader;
import org.springframework.batch.infrastructure.item.file.FlatFileParseException;
import org.springframework.batch.infrastructure.item.file.LineMapper;
import org.springframework.batch.infrastructure.item.file.ResourceAwareItemReaderItemStream;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * Reads the lines of registered files for a {@code MultiResourceItemReader}: a
 * {@link FlatFileItemReader} that knows which registered file it is in, passes over lines that
 * carry no record, and turns a line mapper's rejection into a skippable exception that names
 * the file, the physical line and the reason.
 */
class InboxLineReader<T> implements ResourceAwareItemReaderItemStream<FileLine<T>> {

    private final FlatFileItemReader<ParsedLine<T>> lines;

    private final Map<Path, FileRef> filesByPath = new HashMap<>();

    private final Map<Path, Integer> order = new HashMap<>();

    private FileRef current;

    InboxLineReader(String name, List<FileRef> files, LineMapper<ParsedLine<T>> mapper) {
        this.lines = new FlatFileItemReader<>(mapper);
        lines.setName(name);
        lines.setEncoding("UTF-8");
        lines.setComments(new String[0]); // a line starting with '#' is a line like any other
        lines.setStrict(true);
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
        lines.setResource(resource);
    }

    @Override
    public FileLine<T> read() throws Exception {
        try {
            for (ParsedLine<T> line = lines.read(); line != null; line = lines.read()) {
                if (line.value() != null) {
                    return new FileLine<>(current, line.value());
                }
            }
            return null;
        } catch (FlatFileParseException e) {
            if (e.getCause() instanceof InvalidLineException rejected) {
                throw new SkippedLineException(current, e.getLineNumber(), rejected.reason(), rejected);
            }
            throw e;
        }
    }

    @Override
    public void open(ExecutionContext executionContext) {
        lines.open(executionContext);
    }

    @Override
    public void update(ExecutionContext executionContext) {
        lines.update(executionContext);
    }

    @Override
    public void close() {
        lines.close();
    }

    private static Path pathOf(Resource resource) {
        try {
            return resource.getFile().toPath().toAbsolutePath().normalize();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("inbox file is not on the file system: " + resource, e);
        }
    }
}
