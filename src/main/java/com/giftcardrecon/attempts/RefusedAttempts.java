package com.giftcardrecon.attempts;

import com.giftcardrecon.ingest.IngestProperties;
import com.giftcardrecon.reconcile.card.ActivationState;
import com.giftcardrecon.ingest.CardKeys;
import com.giftcardrecon.ingest.Micros;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The refused attempts of the window ending on a business date, set-based from what is stored:
 * the window's REJECTED ledger entries (by the occurred-date index) joined to the stored state of
 * the cards they name as of the date (card_state for cards whose records all fall on or before
 * it, asof_card for the few with later records: the as-of machinery of the reconciliation).
 * Suspicious accounts need the ledger entries alone.
 */
@Component
public class RefusedAttempts {

    // A card with neither branch (no record as of D, or none at all) is NONE as of D. The EXISTS
    // probes the named card's applied entries by the card index, for ALREADY_REDEEMED only.
    private static final String ATTEMPTS = "SELECT r.redemption_id, r.occurred_at_us, r.card_id, r.account_id,"
            + " r.account_region, r.reason, c.last_date, c.state, c.region, c.redemption_count,"
            + " a.card_id AS asof_card, a.state AS asof_state, a.region AS asof_region,"
            + " a.redemption_count AS asof_count,"
            + " CASE WHEN r.reason = 'ALREADY_REDEEMED' AND EXISTS (SELECT 1 FROM redemption o"
            + " WHERE o.card_id = r.card_id AND o.status = 'APPLIED' AND o.occurred_date <= :date"
            + " AND o.account_id <> r.account_id) THEN 1 ELSE 0 END AS other_account"
            + " FROM redemption r"
            + " LEFT JOIN card_state c ON c.card_id = r.card_id"
            + " LEFT JOIN asof_card a ON a.as_of = :date AND a.card_id = r.card_id"
            + " WHERE r.status = 'REJECTED' AND r.occurred_date BETWEEN :first AND :date"
            + " ORDER BY r.occurred_at_us, r.redemption_id";

    private static final String COUNTED = " FROM redemption WHERE status = 'REJECTED'"
            + " AND reason IN ('INVALID_CODE', 'LOCKED') AND occurred_date BETWEEN :first AND :date";

    private static final String SUSPICIOUS = "SELECT account_id, occurred_date,"
            + " SUM(CASE WHEN reason = 'INVALID_CODE' THEN 1 ELSE 0 END) AS invalid_codes,"
            + " SUM(CASE WHEN reason = 'LOCKED' THEN 1 ELSE 0 END) AS locked,"
            + " COUNT(DISTINCT card_id) AS cards, MIN(account_region) AS first_region,"
            + " MAX(account_region) AS last_region" + COUNTED
            + " GROUP BY account_id, occurred_date HAVING COUNT(*) >= :threshold"
            + " ORDER BY occurred_date, COUNT(*) DESC, account_id";

    private final JdbcClient jdbc;

    private final AttemptsProperties properties;

    private final ZoneId zone;

    public RefusedAttempts(JdbcClient jdbc, AttemptsProperties properties, IngestProperties ingest) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.zone = ingest.businessZone();
    }

    /** The window's refused attempts with their findings, by occurred at, then redemption id. */
    public void attempts(LocalDate date, Consumer<AttemptRow> sink) {
        jdbc.sql(ATTEMPTS).param("date", date).param("first", properties.windowStart(date)).query(rs -> {
            RefusedAttempt attempt = attempt(rs, date);
            AttemptFinding finding = AttemptFindings.of(attempt);
            sink.accept(new AttemptRow(attempt.redemptionId(),
                    LocalDateTime.ofInstant(attempt.occurredAt(), zone), attempt.cardId(), attempt.accountId(),
                    attempt.accountRegion(), attempt.reason(), attempt.cardState(), finding.finding(),
                    finding.recommendedAction()));
        });
    }

    /**
     * The (account, date) pairs of the window with at least the threshold of INVALID_CODE and
     * LOCKED attempts: by date, then attempts descending, then account.
     */
    public List<SuspiciousAccount> suspiciousAccounts(LocalDate date) {
        List<SuspiciousAccount> rows = jdbc.sql(SUSPICIOUS).param("date", date)
                .param("first", properties.windowStart(date)).param("threshold", properties.suspiciousThreshold())
                .query((rs, n) -> {
                    long invalid = rs.getLong("invalid_codes");
                    long locked = rs.getLong("locked");
                    long cards = rs.getLong("cards");
                    String region = rs.getString("first_region");
                    // Marked here, resolved once the result set is closed: never two statements at once.
                    String regions = region.equals(rs.getString("last_region")) ? region : null;
                    return new SuspiciousAccount(rs.getString("account_id"), regions,
                            rs.getObject("occurred_date", LocalDate.class), invalid, locked, cards,
                            SuspicionAction.recommendedAction(invalid, locked, cards));
                }).list();
        return rows.stream().map(row -> row.accountRegion() != null ? row : new SuspiciousAccount(row.accountId(),
                String.join(",", regions(row.accountId(), row.date())), row.date(), row.invalidCodeAttempts(),
                row.lockedAttempts(), row.cardsTried(), row.recommendedAction())).toList();
    }

    private RefusedAttempt attempt(ResultSet rs, LocalDate date) throws SQLException {
        String cardId = CardKeys.read(rs, "card_id");
        ActivationState state = null;
        String region = null;
        int redemptions = 0;
        if (cardId != null) {
            LocalDate lastDate = rs.getObject("last_date", LocalDate.class);
            if (lastDate != null && !lastDate.isAfter(date)) {
                state = ActivationState.valueOf(rs.getString("state"));
                region = rs.getString("region");
                redemptions = rs.getInt("redemption_count");
            } else if (rs.getObject("asof_card") != null) {
                state = ActivationState.valueOf(rs.getString("asof_state"));
                region = rs.getString("asof_region");
                redemptions = rs.getInt("asof_count");
            } else {
                state = ActivationState.NONE;
            }
        }
        return new RefusedAttempt(rs.getString("redemption_id"), Micros.toInstant(rs.getLong("occurred_at_us")),
                cardId, rs.getString("account_id"), rs.getString("account_region"),
                RefusalReason.valueOf(rs.getString("reason")), state, region, redemptions,
                rs.getInt("other_account") == 1);
    }

    // Only for the odd account whose counted attempts name more than one region on one date.
    private TreeSet<String> regions(String account, LocalDate day) {
        return new TreeSet<>(jdbc.sql("SELECT DISTINCT account_region" + COUNTED + " AND account_id = :account")
                .param("first", day).param("date", day).param("account", account).query(String.class).list());
    }
}
