package com.giftcardrecon.reconcile.refresh;

import com.giftcardrecon.ingest.CommittedLines;
import com.giftcardrecon.ingest.FileRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Splits the cards touched by unreconciled files into card-id ranges of about equal counts,
 * one partition each. Everything a partition needs is in its execution context (its range and
 * its slot of the outstanding totals), so a partition can run on any thread, or on another
 * machine, and a restart reruns exactly the partitions that did not complete, each from its
 * own saved position.
 */
public class TouchedCardPartitioner implements Partitioner {

    public static final String LO = "refresh.lo";

    public static final String HI = "refresh.hi";

    public static final String SLOT = "refresh.slot";

    public static final String WHOLE_RANGE = "refresh.wholeRange";

    // Lines of the accepted files not yet reconciled, and of all accepted files.
    private static final String LINES = "SELECT COALESCE(SUM(CASE WHEN reconciled = FALSE THEN total_lines ELSE 0 END),"
            + " 0), COALESCE(SUM(total_lines), 0) FROM inbound_file WHERE status = 'ACCEPTED'";

    private final JdbcClient jdbc;

    private final List<String> touchedCardsSql;

    private final String filesSql;

    private final int minCards;

    private final int maxCards;

    private final CommittedLines committed;

    /**
     * @param touchedCardsSql queries of one column, card_id, in any order, repeats allowed: kept
     *                        apart rather than one UNION, whose whole result H2 would first
     *                        write to a temporary file; they name the files by {@link FileRegistry#FILES}
     * @param filesSql        the ids of the files whose cards are touched
     * @param minCards        fewer cards a thread than this are not worth a partition of their own
     * @param maxCards        most cards a partition holds (its night's rows stay in memory)
     * @param committed       the lines this run loaded, if it kept them: their card keys are the
     *                        touched cards, with no read
     */
    public TouchedCardPartitioner(JdbcClient jdbc, List<String> touchedCardsSql, String filesSql, int minCards,
            int maxCards, CommittedLines committed) {
        this.jdbc = jdbc;
        this.touchedCardsSql = List.copyOf(touchedCardsSql);
        this.filesSql = filesSql;
        this.minCards = minCards;
        this.maxCards = maxCards;
        this.committed = committed;
    }

    /** @param gridSize the threads (or workers) the partitions will run on */
    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        LongStream.Builder keys = LongStream.builder();
        CommittedLines.Kept kept = committed.keptForUnreconciled(jdbc);
        if (kept != null) {
            kept.cardKeys(keys::add);
        } else {
            List<Long> files = jdbc.sql(filesSql).query(Long.class).list();
            for (String sql : touchedCardsSql) {
                jdbc.sql(FileRegistry.withFiles(sql, files)).query(rs -> {
                    keys.add(rs.getLong(1));
                });
            }
        }
        TouchedCardIds touched = TouchedCardIds.of(keys.build());
        List<CardRange> ranges = CardRange.split(touched,
                CardRange.partitionsFor(touched.size(), gridSize, minCards, maxCards));
        boolean wholeRange = wholeRange(ranges.size());
        // Names are the split's order, the same on a restart: Spring Batch finds each
        // partition's last execution by its name and skips those that completed.
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < ranges.size(); i++) {
            ExecutionContext context = new ExecutionContext();
            context.putLong(LO, ranges.get(i).lo());
            context.putLong(HI, ranges.get(i).hi());
            context.putInt(SLOT, i);
            context.put(WHOLE_RANGE, wholeRange);
            // For the run's progress: each partition's share of the cards.
            context.putLong("touchedCards" + CardsToDo.KEY_SUFFIX, ranges.get(i).cards());
            partitions.put("partition" + i, context);
        }
        return partitions;
    }

    /**
     * Whether each partition should read every record of its range rather than the unreconciled
     * files' records: a range holds about 1/partitions of all records, and reading them once
     * by card id costs less than reading all the new records once per partition when the new
     * records are more than that share (a catch-up, a rerun after a change of rules). A night
     * on a long history reads its own files instead, and looks up the few older cards.
     */
    private boolean wholeRange(int partitionCount) {
        long[] lines = jdbc.sql(LINES).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        return partitionCount > 0 && lines[1] <= lines[0] * partitionCount;
    }
}
