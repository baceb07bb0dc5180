package com.giftcardrecon.ingest;

import java.io.IOException;
import org.springframework.batch.infrastructure.item.file.ResourceAwareItemReaderItemStream;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.core.io.Resource;

/**
 * Every record of one file, blank ones included, as a restartable reader: the saved count is
 * a record count, and a restart reads that many records again before it goes on.
 */
class CsvRecordItemReader extends AbstractItemCountingItemStreamItemReader<CsvRecord>
        implements ResourceAwareItemReaderItemStream<CsvRecord> {

    private Resource resource;

    private CsvRecordReader records;

    CsvRecordItemReader(String name) {
        setName(name);
    }

    @Override
    public void setResource(Resource resource) {
        this.resource = resource;
    }

    @Override
    protected void doOpen() throws IOException {
        records = new CsvRecordReader(resource.getInputStream());
    }

    @Override
    protected CsvRecord doRead() throws IOException {
        return records == null ? null : records.next();
    }

    @Override
    protected void doClose() throws IOException {
        if (records != null) {
            records.close();
            records = null;
        }
    }
}
