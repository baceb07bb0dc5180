package com.giftcardrecon.ingest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Adds a chunk's stored lines to their files' {@code inbound_file.loaded_lines}, in the chunk's
 * own transaction: a chunk that rolls back takes its count with it, and a restart carries on
 * from what committed. Counting the stored rows instead, once the files were loaded, read every
 * row of the catch-up again by its key (0.8 s of 20 days on H2, BENCHMARKS.md).
 */
final class LoadedLineCounts {

    private static final String ADD = "UPDATE inbound_file SET loaded_lines = loaded_lines + ? WHERE id = ?";

    private LoadedLineCounts() {
    }

    static void add(JdbcClient jdbc, List<? extends FileLine<?>> stored) {
        Map<Long, Integer> perFile = new TreeMap<>(); // rows updated in one order, file id
        stored.forEach(item -> perFile.merge(item.file().id(), 1, Integer::sum));
        perFile.forEach((fileId, lines) -> jdbc.sql(ADD).params(lines, fileId).update());
    }
}
