package com.giftcardrecon.reconcile.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import com.giftcardrecon.ingest.BulkLoad;
import com.giftcardrecon.ingest.IngestProperties;
import java.nio.file.Path;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RefreshPropertiesTests {

    private static IngestProperties ingest(BulkLoad bulkLoad, Integer chunkSize) {
        return new IngestProperties(Path.of("in"), ZoneOffset.UTC, chunkSize, Path.of("work"), bulkLoad, 0, 0L);
    }

    @Test
    void withBatchedInsertsTheRefreshCommitsAtMost500Cards() {
        RefreshProperties unset = new RefreshProperties(null, null, null, null);

        assertThat(unset.cardsPerChunk(ingest(BulkLoad.BATCH, null))).isEqualTo(500);
        assertThat(unset.cardsPerChunk(ingest(BulkLoad.BATCH, 200))).isEqualTo(200);
    }

    @Test
    void withLoadDataItTakesTheJobsChunkSize() {
        RefreshProperties unset = new RefreshProperties(null, null, null, 0);

        assertThat(unset.cardsPerChunk(ingest(BulkLoad.LOAD_DATA, null))).isEqualTo(10_000);
        assertThat(unset.cardsPerChunk(ingest(BulkLoad.LOAD_DATA, 3_000))).isEqualTo(3_000);
    }

    @Test
    void aChunkSizeOfItsOwnWins() {
        RefreshProperties set = new RefreshProperties(null, null, null, 1_500);

        assertThat(set.cardsPerChunk(ingest(BulkLoad.BATCH, null))).isEqualTo(1_500);
        assertThat(set.cardsPerChunk(ingest(BulkLoad.LOAD_DATA, null))).isEqualTo(1_500);
    }
}
