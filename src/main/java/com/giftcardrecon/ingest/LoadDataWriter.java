package com.giftcardrecon.ingest;

import com.mysql.cj.jdbc.JdbcStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.dao.IncorrectUpdateSemanticsDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes a chunk with one {@code LOAD DATA LOCAL INFILE}, its rows streamed from memory through
 * Connector/J's {@link JdbcStatement#setLocalInfileInputStream}: no file is written, and the
 * driver sends only that stream whatever file name the statement carries. Measured on MariaDB,
 * several times faster than the batched INSERT (BENCHMARKS.md).
 * <p>With LOCAL the server cannot stop the client mid-file, so it turns a duplicate key or a
 * value it had to convert into a warning and goes on; this writer therefore checks that every
 * row was stored and no warning was raised, and otherwise fails the chunk, which rolls it back
 * like any failed insert.
 */
final class LoadDataWriter<T> implements RowWriter<T> {

    /** What MySQL (1148, 3948) and MariaDB (4166) answer when LOCAL INFILE is switched off. */
    private static final Set<Integer> LOCAL_INFILE_REFUSED = Set.of(1148, 3948, 4166);

    private static final String ADVICE = "set local_infile=ON on the server (SET GLOBAL local_infile = 1), or load"
            + " with batched inserts: recon.bulk-load=batch";

    private final DataSource dataSource;

    private final TableRows<T> rows;

    private final String sql;

    LoadDataWriter(DataSource dataSource, TableRows<T> rows) {
        this.dataSource = dataSource;
        this.rows = rows;
        this.sql = "LOAD DATA LOCAL INFILE '" + rows.table() + ".tsv' INTO TABLE " + rows.table()
                + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' ("
                + String.join(", ", rows.columns()) + ")";
    }

    /** Refuses to start a load the server would refuse, before a line is read. */
    @Override
    public void check() {
        Object enabled = JdbcClient.create(dataSource).sql("SELECT @@local_infile").query().singleValue();
        if (!"1".equals(String.valueOf(enabled)) && !"ON".equalsIgnoreCase(String.valueOf(enabled))) {
            throw new IllegalStateException("recon.bulk-load=load-data, but the database server has local_infile="
                    + enabled + ": " + ADVICE);
        }
    }

    @Override
    public void write(List<T> items) throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Statement statement = connection.createStatement()) {
            statement.unwrap(JdbcStatement.class).setLocalInfileInputStream(TsvRows.stream(items, rows.values()));
            statement.execute(sql);
            int stored = statement.getUpdateCount();
            SQLWarning warning = statement.getWarnings();
            if (stored != items.size() || warning != null) {
                throw new IncorrectUpdateSemanticsDataAccessException("LOAD DATA into " + rows.table() + " stored "
                        + stored + " of " + items.size() + " rows"
                        + (warning == null ? "" : ": " + warning.getMessage()));
            }
        } catch (SQLException e) {
            if (LOCAL_INFILE_REFUSED.contains(e.getErrorCode())) {
                throw new IllegalStateException("the database server refused LOAD DATA LOCAL INFILE into "
                        + rows.table() + " (" + e.getMessage() + "): " + ADVICE, e);
            }
            throw e;
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
