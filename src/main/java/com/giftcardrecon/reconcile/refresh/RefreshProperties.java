package com.giftcardrecon.reconcile.refresh;

import com.giftcardrecon.ingest.BulkLoad;
import com.giftcardrecon.ingest.IngestProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the card refresh is partitioned ({@code recon.refresh.*}).
 *
 * @param threads   partitions run at once; 0 (the default) means one per available processor
 * @param minCards  touched cards a thread must have before a second thread is worth starting
 * @param maxCards  most touched cards in one partition, which holds its night's rows in memory
 *                  (about 0.5 KB a card): a catch-up makes more partitions than threads
 * @param chunkSize cards per transaction of the refresh; unset, see {@link #cardsPerChunk(IngestProperties)}
 */
@ConfigurationProperties("recon.refresh")
public record RefreshProperties(Integer threads, Integer minCards, Integer maxCards, Integer chunkSize) {

    /**
     * The refresh's default chunk with batched inserts (H2). A chunk's cards are consecutive
     * touched cards, so their stored states, older records and the rows their writes replace lie
     * in one slice of each table; with 500 cards that slice stays in H2's small page cache from
     * the lookups to the UPDATEs, where with 2,000 it was evicted in between (the night on 19
     * days: refreshCards 1.5-1.8 s against 1.7-2.0 s, six pairs; BENCHMARKS.md, session 10).
     */
    static final int H2_CHUNK = 500;

    public RefreshProperties {
        threads = threads == null || threads <= 0 ? Runtime.getRuntime().availableProcessors() : threads;
        minCards = minCards == null ? 5_000 : Math.max(1, minCards);
        maxCards = maxCards == null ? 50_000 : Math.max(1, maxCards);
        chunkSize = chunkSize == null || chunkSize <= 0 ? null : chunkSize;
    }

    /**
     * Cards per transaction: {@code recon.refresh.chunk-size} when set; else the job's chunk size
     * with LOAD DATA (MySQL, whose buffer pool holds the pages, and where each chunk costs its
     * LOAD DATA round trips), and at most {@link #H2_CHUNK} with batched inserts.
     */
    public int cardsPerChunk(IngestProperties ingest) {
        if (chunkSize != null) {
            return chunkSize;
        }
        return ingest.bulkLoad() == BulkLoad.LOAD_DATA ? ingest.chunkSize() : Math.min(H2_CHUNK, ingest.chunkSize());
    }
}
