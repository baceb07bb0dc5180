package com.giftcardrecon.report;

import com.giftcardrecon.reconcile.asof.AsOfViews;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Liability and Ageing rows of D. Both read the outstanding totals kept by date (a few rows
 * per business date, not per card) through the same views as Summary; the bridge then reads
 * the stored positions of only the cards with a record dated D ({@link MovingPositions}), so it
 * costs what the night costs.
 */
final class JdbcLiabilitySource {

    private static final Logger log = LoggerFactory.getLogger(JdbcLiabilitySource.class);

    private final JdbcClient jdbc;

    private final LocalDate date;

    private final MovingPositions movingCards;

    JdbcLiabilitySource(JdbcClient jdbc, LocalDate date) {
        this.jdbc = jdbc;
        this.date = date;
        this.movingCards = new MovingPositions(jdbc);
    }

    List<LiabilityRow> liability() {
        LiabilityBridge bridge = new LiabilityBridge();
        jdbc.sql(AsOfViews.OUTSTANDING).params(date, date).query(rs -> {
            bridge.closing(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4));
        });
        long start = System.nanoTime();
        int moved = movingCards.forEach(date, bridge::move);
        // what BENCHMARKS.md measures: the bridge's cost follows the cards of the night. DEBUG: a
        // run logs at INFO only its start, its steps' ends and its end (financeReport's covers this).
        log.debug("liability.bridge businessDate={} cardsDatedD={} ms={}", date, moved,
                (System.nanoTime() - start) / 1_000_000);
        return bridge.rows();
    }

    /** By region, currency, then bucket in sheet order; only buckets with outstanding cards. */
    List<AgeingRow> ageing() {
        record Key(String region, String currency, AgeBucket bucket) implements Comparable<Key> {
            @Override
            public int compareTo(Key other) {
                int byRegion = region.compareTo(other.region);
                int byCurrency = currency.compareTo(other.currency);
                return byRegion != 0 ? byRegion : byCurrency != 0 ? byCurrency : bucket.compareTo(other.bucket);
            }
        }
        Map<Key, long[]> cards = new TreeMap<>();
        Map<Key, BigDecimal> values = new TreeMap<>();
        jdbc.sql(AsOfViews.OUTSTANDING_BY_ACTIVATION_DATE).params(date, date).query(rs -> {
            LocalDate activatedOn = rs.getObject(3, LocalDate.class);
            Key key = new Key(rs.getString(1), rs.getString(2),
                    AgeBucket.of(ChronoUnit.DAYS.between(activatedOn, date)));
            cards.computeIfAbsent(key, k -> new long[1])[0] += rs.getLong(4);
            values.merge(key, rs.getBigDecimal(5), BigDecimal::add);
        });
        return cards.entrySet().stream().filter(entry -> entry.getValue()[0] != 0)
                .map(entry -> new AgeingRow(entry.getKey().region(), entry.getKey().currency(),
                        entry.getKey().bucket().label(), entry.getValue()[0], values.get(entry.getKey())))
                .toList();
    }
}
