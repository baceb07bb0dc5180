package com.giftcardrecon.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads valid activation lines. A txn_id already seen for the same retailer, earlier in this
 * chunk or in anything loaded before, is a line reject, never an exception, so a reject can't
 * roll back its neighbours. The step keeps the {@link LoadKey}s of the ids it has seen
 * ({@link SeenKeys}) and looks up, by the (txn_id, retailer_id) index, only the few lines whose
 * key it has seen before, or every line when it opened on a much larger history; whether a line
 * repeats another is decided on the ids themselves.
 */
class ActivationWriter implements ItemWriter<FileLine<ActivationLine>>, ItemStream {

    private static final TableRows<FileLine<ActivationLine>> ROWS = new TableRows<>("activation",
            List.of("line_key", "file_id", "line_no", "retailer_id", "txn_id", "txn_type", "card_id", "amount",
                    "currency", "region", "store_id", "terminal_id", "txn_time_us", "file_date", "txn_time_text"),
            item -> {
                ActivationLine line = item.line();
                return new Object[] {LineKeys.of(item.file().id(), line.lineNumber()), item.file().id(),
                        line.lineNumber(), item.file().retailerId(), line.txnId(), line.type().name(),
                        CardKeys.key(line.cardId()), line.amount(), line.currency(),
                        line.region(), line.storeId(), line.terminalId(), Micros.of(line.txnTime()),
                        item.file().businessDate(), line.txnTimeText()};
            });

    private final JdbcClient jdbc;

    private final LoadedKeys stored;

    private final LineRejects rejects;

    private final RowWriter<FileLine<ActivationLine>> inserts;

    private final CommittedLines committed;

    private SeenKeys seen = SeenKeys.none();

    ActivationWriter(DataSource dataSource, JdbcClient jdbc, LineRejects rejects, BulkLoad bulkLoad,
            long readStoredIdsUpTo, CommittedLines committed) {
        this.jdbc = jdbc;
        this.stored = new LoadedKeys(dataSource, jdbc, FileKind.ACTIVATION, "activation", "retailer_id, txn_id",
                rs -> LoadKey.ofActivation(rs.getString(1), rs.getString(2)), readStoredIdsUpTo);
        this.rejects = rejects;
        this.inserts = RowWriter.of(bulkLoad, dataSource, ROWS);
        this.committed = committed;
    }

    /** Opening (or reopening after a crash) the step: start from what is committed. */
    @Override
    public void open(ExecutionContext executionContext) {
        inserts.check();
        seen = stored.open();
    }

    @Override
    public void close() {
        seen = SeenKeys.none();
    }

    @Override
    public void write(Chunk<? extends FileLine<ActivationLine>> chunk) throws Exception {
        Map<String, Set<String>> lookups = new HashMap<>();
        for (FileLine<ActivationLine> item : chunk) {
            if (seen.mayRepeat(key(item))) {
                lookups.computeIfAbsent(item.file().retailerId(), retailer -> new HashSet<>()).add(item.line().txnId());
            }
        }
        Map<String, String> earlier = lookups.isEmpty() ? new HashMap<>() : loadedLocations(lookups);
        List<FileLine<ActivationLine>> accepted = new ArrayList<>(chunk.size());
        List<LineRejects.Reject> rejected = new ArrayList<>();
        for (FileLine<ActivationLine> item : chunk) {
            String id = id(item.file().retailerId(), item.line().txnId());
            String location = earlier.putIfAbsent(id, item.file().name() + " line " + item.line().lineNumber());
            if (location == null) {
                accepted.add(item);
            } else {
                rejected.add(new LineRejects.Reject(item.file(), item.line().lineNumber(), "duplicate txn_id: '"
                        + item.line().txnId() + "' already seen for retailer " + item.file().retailerId()
                        + " (" + location + ")"));
            }
        }
        inserts.write(accepted);
        LoadedLineCounts.add(jdbc, accepted);
        committed.activationsWritten(accepted);
        accepted.forEach(item -> seen.add(key(item)));
        rejects.recordAll(rejected);
    }

    /** Where each of these (retailer, txn_ids) was loaded before, if anywhere. */
    private Map<String, String> loadedLocations(Map<String, Set<String>> txnIdsByRetailer) {
        Map<String, String> locations = new HashMap<>();
        txnIdsByRetailer.forEach((retailer, txnIds) -> jdbc
                .sql("SELECT a.txn_id, f.file_name, a.line_no FROM activation a JOIN inbound_file f"
                        + " ON f.id = a.file_id WHERE a.retailer_id = :retailer AND a.txn_id IN (:txnIds)")
                .param("retailer", retailer).param("txnIds", txnIds)
                .query((RowCallbackHandler) rs -> {
                    locations.put(id(retailer, rs.getString(1)), rs.getString(2) + " line " + rs.getInt(3));
                }));
        return locations;
    }

    private static long key(FileLine<ActivationLine> item) {
        return LoadKey.ofActivation(item.file().retailerId(), item.line().txnId());
    }

    private static String id(String retailer, String txnId) {
        return retailer + '\u001F' + txnId;
    }
}
