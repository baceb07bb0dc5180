package com.giftcardrecon.report;

import com.giftcardrecon.ingest.FileRegistry;
import com.giftcardrecon.reconcile.card.ActivationState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The liability positions, as of D−1 and as of D, of the cards whose result can differ between
 * the two: those with a record dated D (an activation record in an accepted file of D, or a
 * redemption applied on D). Every other card stands the same on both dates.
 *
 * <p>Both positions are read from what the run has already stored, by the same rule as the
 * as-of views: a card whose records all fall on or before a date stands as its card_state row,
 * a card that also has later records as its asof_card row of that date (reconcileAsOf and
 * reconcileDayBefore compute D and D−1 before the reports), a card with no row neither way had
 * no visible records then. So the bridge reads each moving card once, by key, instead of
 * reading its whole history back and reconciling it twice (BENCHMARKS.md, issue 13).
 */
final class MovingPositions {

    private static final String POSITION = "%1$s.state, %1$s.region, %1$s.currency, %1$s.activated_amount,"
            + " %1$s.redemption_count, %1$s.outstanding";

    private static final String MOVING = "SELECT c.first_date, c.last_date, " + POSITION.formatted("c") + ", "
            + POSITION.formatted("b") + ", " + POSITION.formatted("a")
            + " FROM (SELECT card_id FROM activation WHERE " + FileRegistry.FILES
            + " UNION SELECT card_id FROM redemption WHERE status = 'APPLIED' AND occurred_date = ?"
            + " AND card_id IS NOT NULL) m"
            + " JOIN card_state c ON c.card_id = m.card_id"
            + " LEFT JOIN asof_card b ON b.as_of = ? AND b.card_id = m.card_id"
            + " LEFT JOIN asof_card a ON a.as_of = ? AND a.card_id = m.card_id";

    // Column offsets in MOVING of the stored state, the as-of D−1 and the as-of D positions.
    private static final int STORED = 3;

    private static final int DAY_BEFORE = 9;

    private static final int AS_OF_D = 15;

    private final JdbcClient jdbc;

    MovingPositions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Hands each moving card's position as of D−1 and as of D to {@code sink}, in no particular
     * order (the bridge only sums them).
     *
     * @return how many cards that was
     */
    int forEach(LocalDate date, BiConsumer<LiabilityPosition, LiabilityPosition> sink) {
        LocalDate dayBefore = date.minusDays(1);
        int[] cards = {0};
        // The files by id first: with their subquery in the union MariaDB read every card_state row.
        jdbc.sql(FileRegistry.ofFiles(jdbc, MOVING, ActivitySql.ACCEPTED_FILES_OF_DATE, date))
                .params(date, dayBefore, date).query(rs -> {
            LocalDate first = rs.getObject(1, LocalDate.class);
            LocalDate last = rs.getObject(2, LocalDate.class);
            LiabilityPosition before = !last.isAfter(dayBefore) ? position(rs, STORED)
                    : !first.isAfter(dayBefore) ? position(rs, DAY_BEFORE) : LiabilityPosition.NONE;
            LiabilityPosition after = !last.isAfter(date) ? position(rs, STORED) : position(rs, AS_OF_D);
            sink.accept(before, after);
            cards[0]++;
        });
        return cards[0];
    }

    /** The position in the six columns from {@code column}; none when the row is absent (NULL state). */
    private static LiabilityPosition position(ResultSet rs, int column) throws SQLException {
        String state = rs.getString(column);
        if (state == null) {
            return LiabilityPosition.NONE;
        }
        return new LiabilityPosition(rs.getBoolean(column + 5), rs.getString(column + 1), rs.getString(column + 2),
                rs.getBigDecimal(column + 3), rs.getInt(column + 4), ActivationState.valueOf(state));
    }
}
