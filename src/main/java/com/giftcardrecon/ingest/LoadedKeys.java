package com.giftcardrecon.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a load step knows as it opens about the ids already stored in its table: the
 * {@link SeenKeys} it starts from. Read from what is committed, so a step restarted after a
 * crash knows exactly the lines its failed run committed, and no others.
 */
final class LoadedKeys {

    /**
     * Up to this many stored lines per line to load, the step reads every stored id once
     * (a catch-up, an early night); beyond it, looking up each chunk's ids is cheaper, unless
     * the table is within the read-all size the settings give.
     */
    static final int READ_ALL_UP_TO = 2;

    /** The key of the id in the current row of {@code SELECT <columns> FROM <table>}. */
    interface KeyOfRow {
        long of(ResultSet row) throws SQLException;
    }

    private final JdbcClient jdbc;

    private final DataSource dataSource;

    private final FileKind kind;

    private final String select;

    private final KeyOfRow keyOf;

    private final long readAllUpTo;

    /** @param readAllUpTo stored lines up to which every stored id is read, however few are coming */
    LoadedKeys(DataSource dataSource, JdbcClient jdbc, FileKind kind, String table, String idColumns, KeyOfRow keyOf,
            long readAllUpTo) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.readAllUpTo = readAllUpTo;
        this.kind = kind;
        // Every row, not only those of accepted files: a restarted step also knows the lines
        // its failed run committed before the crash.
        this.select = "SELECT " + idColumns + " FROM " + table;
        this.keyOf = keyOf;
    }

    /** Every stored id's key, or nothing when the history is much larger than the lines to load. */
    SeenKeys open() {
        long stored = linesOf("ACCEPTED", "loaded_lines");
        long coming = linesOf("PENDING", "total_lines");
        if (!readsAll(stored, coming, readAllUpTo)) {
            return SeenKeys.none();
        }
        SeenKeys seen = SeenKeys.complete((int) Math.min(Integer.MAX_VALUE / 4, stored + coming));
        StreamingReads.template(dataSource).query(select, (RowCallbackHandler) rs -> seen.add(keyOf.of(rs)));
        return seen;
    }

    /** Whether a step with this many lines stored and coming reads every stored id as it opens. */
    static boolean readsAll(long stored, long coming, long readAllUpTo) {
        return stored <= READ_ALL_UP_TO * coming || stored <= readAllUpTo;
    }

    private long linesOf(String status, String column) {
        return jdbc.sql("SELECT COALESCE(SUM(" + column + "), 0) FROM inbound_file WHERE kind = ? AND status = ?")
                .param(kind.name()).param(status).query(Long.class).single();
    }
}
