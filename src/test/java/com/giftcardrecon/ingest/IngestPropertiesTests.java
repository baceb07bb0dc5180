package com.giftcardrecon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IngestPropertiesTests {

    private static IngestProperties with(Integer chunkSize, BulkLoad bulkLoad) {
        return new IngestProperties(Path.of("in"), ZoneOffset.UTC, chunkSize, Path.of("work"), bulkLoad, 0, 0L);
    }

    @Test
    void unsetChunksAreSmallForBatchedInsertsAndLargeForLoadData() {
        assertThat(with(null, BulkLoad.BATCH).chunkSize()).isEqualTo(2_000);
        assertThat(with(null, BulkLoad.LOAD_DATA).chunkSize()).isEqualTo(10_000);
    }

    @Test
    void aChunkSizeTheOperatorSetIsKeptOnEitherPath() {
        assertThat(with(500, BulkLoad.BATCH).chunkSize()).isEqualTo(500);
        assertThat(with(500, BulkLoad.LOAD_DATA).chunkSize()).isEqualTo(500);
    }

    @Test
    void unsetTheLinesKeptForTheRefreshFitInAnEighthOfTheHeap() {
        IngestProperties unset = new IngestProperties(Path.of("in"), ZoneOffset.UTC, null, Path.of("work"),
                BulkLoad.BATCH, 0, null);
        assertThat(unset.keepLinesUpTo() * CommittedLines.BYTES_PER_LINE)
                .isEqualTo(Runtime.getRuntime().maxMemory() / 8 / CommittedLines.BYTES_PER_LINE
                        * CommittedLines.BYTES_PER_LINE);
        assertThat(new IngestProperties(Path.of("in"), ZoneOffset.UTC, null, Path.of("work"), BulkLoad.BATCH, 0, 0L)
                .keepLinesUpTo()).isZero();
    }
}
