package com.giftcardrecon.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures how fast the embedded database itself can take rows shaped like activation lines,
 * with none of the application around it: plain JDBC batches of 2,000 rows, one commit per
 * batch (the job's chunk), into a fresh H2 file database. It is the ceiling any ingest built on
 * this database can reach on the machine it runs on, and so the yardstick for the job's own
 * figures in {@code BENCHMARKS.md}.
 *
 * <p>Four shapes: the table with its primary key only; plus the card-id index reconciliation
 * reads by; plus the unique (txn_id, retailer_id) key the duplicate-txn rule needs; and the
 * second shape again written by two threads at once (is a second core worth using?). Then the
 * load since V12: a BIGINT index on a hash of the ids, with each batch unsorted or in card order;
 * and with ids in the order retailers number them, the unique key against a plain index.
 * The fourth argument runs only the shapes whose name contains it (e.g. "ordered").
 *
 * <p>Plain Java with no Spring: {@code bench/ceiling.sh [rows]} runs it from the application jar,
 * with the H2 version and the URL options the application ships.
 */
public final class H2InsertCeiling {

    private static final int BATCH = 2_000;
    private static final String TABLE = """
            CREATE TABLE activation (file_id BIGINT NOT NULL, line_no INT NOT NULL,
              retailer_id VARCHAR(16) NOT NULL, txn_id VARCHAR(255) NOT NULL,
              card_id BIGINT NOT NULL, amount DECIMAL(19,2) NOT NULL, region VARCHAR(2) NOT NULL,
              txn_time_us BIGINT NOT NULL, txn_key BIGINT NOT NULL, PRIMARY KEY (file_id, line_no))""";
    private static final String CARD_INDEX = "CREATE INDEX ix_card ON activation (card_id)";
    private static final String TXN_KEY = "ALTER TABLE activation ADD CONSTRAINT uk_txn UNIQUE (txn_id, retailer_id)";
    private static final String KEY_INDEX = "CREATE INDEX ix_txn_key ON activation (txn_key)";
    private static final String TXN_INDEX = "CREATE INDEX ix_txn ON activation (txn_id, retailer_id)";
    private static final String INSERT = "INSERT INTO activation VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static boolean sequentialIds;

    private static String only = "";

    private H2InsertCeiling() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 4) {
            System.err.println("usage: H2InsertCeiling <work-dir> <url-options, e.g. ;CACHE_SIZE=65536>"
                    + " [rows, default 400000] [only shapes whose name contains this]");
            System.exit(2);
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        String options = args[1];
        int rows = args.length > 2 ? Integer.parseInt(args[2]) : 400_000;
        only = args.length > 3 ? args[3] : "";
        System.out.printf("H2 insert ceiling, %d rows, JDBC batches of %d, one commit per batch%n", rows, BATCH);
        measure(dir, options, "primary key only", rows, 1, false);
        measure(dir, options, "+ card-id index", rows, 1, false, CARD_INDEX);
        measure(dir, options, "+ card-id index + unique txn key", rows, 1, false, CARD_INDEX, TXN_KEY);
        measure(dir, options, "+ card-id index, two writer threads", rows, 2, false, CARD_INDEX);
        // The load since V12: a BIGINT key index instead of the unique key, batches in card order.
        measure(dir, options, "+ card-id index + BIGINT key index", rows, 1, false, CARD_INDEX, KEY_INDEX);
        measure(dir, options, "  the same, each batch in card order", rows, 1, true, CARD_INDEX, KEY_INDEX);
        // Retailers number their transactions: ids in order, as the generator writes them.
        sequentialIds = true;
        measure(dir, options, "ordered ids: + card-id index", rows, 1, false, CARD_INDEX);
        measure(dir, options, "ordered ids: + unique txn key", rows, 1, false, CARD_INDEX, TXN_KEY);
        measure(dir, options, "ordered ids: + plain txn index", rows, 1, false, CARD_INDEX, TXN_INDEX);
        measure(dir, options, "ordered ids: + BIGINT key index", rows, 1, false, CARD_INDEX, KEY_INDEX);
    }

    private static void measure(Path dir, String options, String shape, int rows, int threads, boolean sorted,
            String... indexes)
            throws Exception {
        if (!shape.contains(only)) {
            return;
        }
        // A database of its own per shape, with the URL options the job uses (bench/lib.sh).
        String url = "jdbc:h2:file:" + dir.resolve("ceiling-" + System.nanoTime()).toAbsolutePath() + options;
        try (Connection owner = DriverManager.getConnection(url, "sa", "");
                Statement ddl = owner.createStatement()) {
            ddl.execute(TABLE);
            for (String index : indexes) {
                ddl.execute(index);
            }
            long started = System.nanoTime();
            long cpuStarted = processCpuNanos();
            ExecutorService writers = Executors.newFixedThreadPool(threads);
            List<Future<Void>> done = new ArrayList<>();
            for (int writer = 0; writer < threads; writer++) {
                int id = writer;
                done.add(writers.submit(() -> insert(url, id, rows / threads, sorted)));
            }
            for (Future<Void> each : done) {
                each.get();
            }
            writers.shutdown();
            double seconds = (System.nanoTime() - started) / 1e9;
            // CPU seconds too: on a box shared with other work they vary far less than wall time.
            double cpu = (processCpuNanos() - cpuStarted) / 1e9;
            System.out.printf("  %-40s %6.2f s = %,9.0f rows/s, %6.2f s CPU%n", shape, seconds, rows / seconds, cpu);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Void insert(String url, int writer, int rows, boolean sorted) throws SQLException {
        SplittableRandom random = new SplittableRandom(writer);
        BigDecimal amount = new BigDecimal("50.00");
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            connection.setAutoCommit(false);
            List<Object[]> batch = new ArrayList<>(BATCH);
            for (int row = 0; row < rows; row++) {
                String txnId = sequentialIds ? String.format("A20261101%06d", row)
                        : "T" + Long.toString(random.nextLong() >>> 1, 36);
                batch.add(new Object[] {writer * 1_000_000L + row / 20_000, row % 20_000 + 2, "RET" + (row % 4), txnId,
                        random.nextLong(1_000_000_000_000_000L, 9_999_999_999_999_999L),
                        1_790_000_000_000_000L + row * 1_000_000L, (long) txnId.hashCode() * 0x9E3779B97F4A7C15L});
                if (batch.size() == BATCH || row == rows - 1) {
                    if (sorted) {
                        batch.sort(java.util.Comparator.comparingLong(values -> (long) values[4]));
                    }
                    for (Object[] values : batch) {
                        insert.setLong(1, (long) values[0]);   // 20,000-line files
                        insert.setInt(2, (int) values[1]);
                        insert.setString(3, (String) values[2]);
                        insert.setString(4, (String) values[3]);
                        insert.setLong(5, (long) values[4]);
                        insert.setBigDecimal(6, amount);
                        insert.setString(7, "US");
                        insert.setLong(8, (long) values[5]);
                        insert.setLong(9, (long) values[6]);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    connection.commit();
                    batch.clear();
                }
            }
        }
        return null;
    }
}
