package com.giftcardrecon.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The keys already stored in one line table, as a load step opens: what {@link SeenKeys} starts
 * from, and the lookup of the lines behind keys that may repeat. Everything here is read from
 * what is committed, so a step restarted after a crash knows exactly the lines its failed run
 * committed, and no others.
 */
final class LoadedKeys {

    /**
     * Up to this many stored lines per line to load, the step reads every stored key once
     * (a catch-up, an early night); beyond it, looking up each line's key is cheaper.
     */
    static final int READ_ALL_UP_TO = 2;

    /** Keys per lookup: a short IN-list H2 and MySQL both serve from the key index. */
    private static final int LOOKUP_BATCH = 500;

    private final JdbcClient jdbc;

    private final FileKind kind;

    private final String table;

    private final String keyColumn;

    LoadedKeys(JdbcClient jdbc, FileKind kind, String table, String keyColumn) {
        this.jdbc = jdbc;
        this.kind = kind;
        this.table = table;
        this.keyColumn = keyColumn;
    }

    /** What the step starts knowing: every stored key, or nothing when the history is much larger. */
    SeenKeys open() {
        long stored = linesOf("ACCEPTED", "loaded_lines");
        long coming = linesOf("PENDING", "total_lines");
        if (stored > READ_ALL_UP_TO * coming) {
            return SeenKeys.none();
        }
        SeenKeys seen = SeenKeys.complete((int) Math.min(Integer.MAX_VALUE / 4, stored + coming));
        // Every row, not only those of accepted files: a restarted step also knows the lines
        // its failed run committed before the crash.
        jdbc.sql("SELECT " + keyColumn + " FROM " + table).query((RowCallbackHandler) rs -> seen.add(rs.getLong(1)));
        return seen;
    }

    /**
     * Reads the stored lines with any of the keys, joined to their file, in batches. The
     * columns are {@code selected} (aliased on the table as {@code t} and the file as {@code f}).
     */
    void lookUp(Collection<Long> keys, String selected, RowCallbackHandler row) {
        List<Long> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += LOOKUP_BATCH) {
            jdbc.sql("SELECT " + selected + " FROM " + table + " t JOIN inbound_file f ON f.id = t.file_id"
                            + " WHERE t." + keyColumn + " IN (:keys)")
                    .param("keys", all.subList(from, Math.min(all.size(), from + LOOKUP_BATCH)))
                    .query(row);
        }
    }

    private long linesOf(String status, String column) {
        return jdbc.sql("SELECT COALESCE(SUM(" + column + "), 0) FROM inbound_file WHERE kind = ? AND status = ?")
                .param(kind.name()).param(status).query(Long.class).single();
    }
}
