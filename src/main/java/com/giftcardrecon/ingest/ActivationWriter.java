package com.giftcardrecon.ingest;

import com.giftcardrecon.ingest.CardKeys;
import com.giftcardrecon.ingest.Micros;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.batch.infrastructure.item.database.builder.JdbcBatchItemWriterBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads valid activation lines. A txn_id already seen for the same retailer, earlier in this
 * chunk or in anything loaded before, is a line reject; the check is one indexed query per
 * chunk and retailer, never an exception, so a reject can't roll back its neighbours.
 */
class ActivationWriter implements ItemWriter<FileLine<ActivationLine>> {

    private final JdbcClient jdbc;

    private final LineRejects rejects;

    private final JdbcBatchItemWriter<FileLine<ActivationLine>> inserts;

    ActivationWriter(DataSource dataSource, JdbcClient jdbc, LineRejects rejects) {
        this.jdbc = jdbc;
        this.rejects = rejects;
        this.inserts = new JdbcBatchItemWriterBuilder<FileLine<ActivationLine>>()
                .dataSource(dataSource)
                .sql("INSERT INTO activation (file_id, line_no, retailer_id, txn_id, txn_type, card_id, amount,"
                        + " currency, region, store_id, terminal_id, txn_time_us, file_date,"
                        + " txn_time_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .itemPreparedStatementSetter((item, ps) -> {
                    ActivationLine line = item.line();
                    ps.setLong(1, item.file().id());
                    ps.setInt(2, line.lineNumber());
                    ps.setString(3, item.file().retailerId());
                    ps.setString(4, line.txnId());
                    ps.setString(5, line.type().name());
                    ps.setLong(6, CardKeys.key(line.cardId()));
                    ps.setBigDecimal(7, line.amount());
                    ps.setString(8, line.currency());
                    ps.setString(9, line.region());
                    ps.setString(10, line.storeId());
                    ps.setString(11, line.terminalId());
                    ps.setLong(12, Micros.of(line.txnTime()));
                    ps.setObject(13, item.file().businessDate());
                    ps.setString(14, line.txnTimeText());
                })
                .build();
    }

    @Override
    public void write(Chunk<? extends FileLine<ActivationLine>> chunk) throws Exception {
        Map<String, String> seen = loadedLocations(chunk);
        List<FileLine<ActivationLine>> accepted = new ArrayList<>();
        List<LineRejects.Reject> rejected = new ArrayList<>();
        for (FileLine<ActivationLine> item : chunk) {
            String key = key(item.file().retailerId(), item.line().txnId());
            String earlier = seen.putIfAbsent(key, item.file().name() + " line " + item.line().lineNumber());
            if (earlier == null) {
                accepted.add(item);
            } else {
                rejected.add(new LineRejects.Reject(item.file(), item.line().lineNumber(), "duplicate txn_id: '"
                        + item.line().txnId() + "' already seen for retailer " + item.file().retailerId()
                        + " (" + earlier + ")"));
            }
        }
        inserts.write(new Chunk<>(accepted));
        rejects.recordAll(rejected);
    }

    /** Where each of this chunk's (retailer, txn_id) keys was loaded before, if anywhere. */
    private Map<String, String> loadedLocations(Chunk<? extends FileLine<ActivationLine>> chunk) {
        Map<String, List<String>> txnIdsByRetailer = chunk.getItems().stream().collect(Collectors.groupingBy(
                item -> item.file().retailerId(), Collectors.mapping(item -> item.line().txnId(), Collectors.toList())));
        Map<String, String> locations = new HashMap<>();
        txnIdsByRetailer.forEach((retailer, txnIds) -> jdbc
                .sql("SELECT a.txn_id, f.file_name, a.line_no FROM activation a JOIN inbound_file f"
                        + " ON f.id = a.file_id WHERE a.txn_id IN (:txnIds) AND a.retailer_id = :retailer")
                .param("retailer", retailer).param("txnIds", txnIds)
                .query(rs -> {
                    locations.put(key(retailer, rs.getString(1)), rs.getString(2) + " line " + rs.getInt(3));
                }));
        return locations;
    }

    private static String key(String retailer, String txnId) {
        return retailer + '\u001F' + txnId;
    }
}
