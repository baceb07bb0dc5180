package com.giftcardrecon.ingest;

import java.nio.file.Path;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where inbound files arrive and how they are read ({@code recon.*} in jobs/).
 *
 * @param businessZone the zone in which a ledger entry's occurred_at falls on a business day
 * @param chunkSize    lines per database transaction while loading, and cards per transaction
 *                     while reconciling: the one chunk size of the job. Unset, it is 2,000 with
 *                     batched inserts (H2, where bigger chunks are no faster) and 10,000 with LOAD
 *                     DATA (MySQL, where each chunk costs a commit and a round trip: the 20-day
 *                     catch-up 19.5 s instead of 21.3; BENCHMARKS.md, session 6)
 * @param workDir      where registration copies the files it accepts for loading until they
 *                     are loaded (application.yml: {@code <output-dir>/.work})
 * @param bulkLoad     how loaded lines are written: batched inserts, or LOAD DATA on MySQL
 *                     and MariaDB (the mysql profile's default; see {@link BulkLoad})
 * @param readStoredIdsUpTo while a load step's table holds at most this many lines, the step
 *                     reads every stored id once as it opens and finds repeats in memory; beyond
 *                     it (and beyond twice the lines coming) it looks up each chunk's ids by
 *                     index. 0 on H2, whose lookups are cheaper than the read; the mysql profile
 *                     reads up to 4,000,000, as InnoDB lookups of random ids miss a default-sized
 *                     buffer pool (BENCHMARKS.md, issue 13)
 * @param keepLinesUpTo while a run loads at most this many lines, it keeps what it committed in
 *                     memory ({@link CommittedLines}) and the refresh takes new cards' records
 *                     from there instead of reading them back; a run that loads more keeps none
 *                     and reads them back, so memory stays flat however big the inbox. Unset,
 *                     as many as fit in an eighth of the heap: about 1,000,000 at -Xmx512m (the
 *                     20-day catch-up loads 640,000). 0 keeps none
 */
@ConfigurationProperties("recon")
public record IngestProperties(
        @DefaultValue("sample-data") Path inputDir,
        @DefaultValue("UTC") ZoneId businessZone,
        Integer chunkSize,
        @DefaultValue("out/.work") Path workDir,
        @DefaultValue("batch") BulkLoad bulkLoad,
        @DefaultValue("0") long readStoredIdsUpTo,
        Long keepLinesUpTo) {

    public IngestProperties {
        if (chunkSize == null) {
            chunkSize = bulkLoad == BulkLoad.LOAD_DATA ? 10_000 : 2_000;
        }
        if (keepLinesUpTo == null) {
            keepLinesUpTo = Runtime.getRuntime().maxMemory() / 8 / CommittedLines.BYTES_PER_LINE;
        }
    }
}
