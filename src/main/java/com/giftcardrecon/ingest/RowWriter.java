package com.giftcardrecon.ingest;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.batch.infrastructure.item.database.builder.JdbcBatchItemWriterBuilder;

/**
 * Writes a chunk's rows into their table, in the chunk's transaction, the way
 * {@code recon.bulk-load} says: the load steps' lines, and the refresh's new card states.
 */
public interface RowWriter<T> {

    void write(List<T> rows) throws Exception;

    /** Called when the step opens: a writer that depends on the server checks it here. */
    default void check() {
    }

    /** The writer for this mode; a LOAD_DATA writer needs a MySQL or MariaDB server. */
    static <T> RowWriter<T> of(BulkLoad mode, DataSource dataSource, TableRows<T> rows) {
        return switch (mode) {
            case BATCH -> batched(dataSource, rows);
            case LOAD_DATA -> new LoadDataWriter<>(dataSource, rows);
        };
    }

    private static <T> RowWriter<T> batched(DataSource dataSource, TableRows<T> rows) {
        JdbcBatchItemWriter<T> inserts = new JdbcBatchItemWriterBuilder<T>()
                .dataSource(dataSource)
                .sql(rows.insertSql())
                .itemPreparedStatementSetter((item, ps) -> {
                    Object[] values = rows.values().apply(item);
                    for (int i = 0; i < values.length; i++) {
                        ps.setObject(i + 1, values[i]);
                    }
                })
                .build();
        return items -> inserts.write(new Chunk<>(items));
    }
}
