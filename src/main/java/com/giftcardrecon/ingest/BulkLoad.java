package com.giftcardrecon.ingest;

/**
 * How the load steps write a chunk's valid lines ({@code recon.bulk-load}).
 * <ul>
 * <li>{@link #BATCH}: one batched prepared INSERT per chunk; works on every database (H2's
 * default).</li>
 * <li>{@link #LOAD_DATA}: one {@code LOAD DATA LOCAL INFILE} per chunk, streamed from memory:
 * the bulk path MySQL and MariaDB are built for (the mysql profile's default). The server must
 * allow it ({@code local_infile=ON}); the driver needs {@code allowLoadLocalInfile=true}.</li>
 * </ul>
 * Either way a chunk is written in its own transaction, so a failure rolls back exactly that
 * chunk and a restart writes it once.
 */
public enum BulkLoad {
    BATCH,
    LOAD_DATA
}
