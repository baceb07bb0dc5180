package com.giftcardrecon.ingest;

import java.io.IOException;
import org.springframework.batch.infrastructure.item.file.ResourceAwareItemReaderItemStream;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.core.io.Resource;

/**
 * Every record of one file, blank ones included, mapped, as a restartable reader: the saved
 * count is a record count, and a restart reads that many records again before it goes on.
 * The records are split and mapped a few thousand ahead on a thread of its own
 * ({@link ReadAhead}) while the step stores the chunk before; the file is opened and closed on
 * the step's thread, so a copy that cannot be opened fails there as before.
 */
class CsvRecordItemReader<T> extends AbstractItemCountingItemStreamItemReader<CsvRecordItemReader.Mapped<T>>
        implements ResourceAwareItemReaderItemStream<CsvRecordItemReader.Mapped<T>> {

    /** What the mapper made of one record: its line (or nothing), or the rule it broke. */
    record Mapped<T>(ParsedLine<T> line, InvalidLineException rejected) {
    }

    // Batches of ReadAhead.BATCH records: about two chunks of 2,000 ahead.
    private static final int BATCHES_AHEAD = 16;

    private final String name;

    private final RecordMapper<T> mapper;

    private Resource resource;

    private CsvRecordReader records;

    private ReadAhead<Mapped<T>> ahead;

    CsvRecordItemReader(String name, RecordMapper<T> mapper) {
        this.name = name;
        this.mapper = mapper;
        setName(name);
    }

    @Override
    public void setResource(Resource resource) {
        this.resource = resource;
    }

    @Override
    protected void doOpen() throws IOException {
        CsvRecordReader opened = new CsvRecordReader(resource.getInputStream());
        records = opened;
        ahead = new ReadAhead<>(name + "-read-ahead", () -> map(opened.next()), BATCHES_AHEAD);
    }

    private Mapped<T> map(CsvRecord record) {
        if (record == null) {
            return null;
        }
        try {
            return new Mapped<>(mapper.map(record), null);
        } catch (InvalidLineException rejected) {
            return new Mapped<>(null, rejected);
        }
    }

    @Override
    protected Mapped<T> doRead() throws Exception {
        return ahead == null ? null : ahead.next();
    }

    @Override
    protected void doClose() throws Exception {
        if (ahead != null) {
            ahead.close();
            ahead = null;
        }
        if (records != null) {
            records.close();
            records = null;
        }
    }
}
