package com.giftcardrecon.report;

import com.giftcardrecon.attempts.AttemptRow;
import com.giftcardrecon.attempts.RefusedAttempts;
import com.giftcardrecon.attempts.SuspiciousAccount;
import com.giftcardrecon.cases.CaseIds;
import com.giftcardrecon.cases.CaseStanding;
import com.giftcardrecon.cases.CaseStandings;
import com.giftcardrecon.cases.CaseStatus;
import com.giftcardrecon.cases.Money;
import com.giftcardrecon.cases.Playbook;
import com.giftcardrecon.reconcile.asof.AsOfViews;
import com.giftcardrecon.ingest.CardKeys;
import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.Severity;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The support workbook's rows as of one business date, streamed from the database: the flags
 * that hold as of D with their cases' status as of D, those that held as of D−1 but no longer
 * do, and the refused attempts of the window ending on D. What held as of D−1 comes from the
 * stored states (cards with nothing after D−1) and the as-of-D−1 results the run computed for
 * the rest.
 */
class JdbcSupportReportSource implements SupportReportSource {

    /**
     * Whether x's (card, flag) did not hold the day before. Takes D−1 twice. A stored card whose
     * records all fall on or before D−1 stood the same then; any other held it if its as-of-D−1
     * result has the flag (a card with no record on or before D−1 has no such result, so its
     * first date need not be read). x.last_date is NULL for the as-of rows.
     */
    private static final String IS_NEW = "CASE WHEN x.last_date <= ? THEN 0 WHEN EXISTS"
            + " (SELECT 1 FROM asof_flag p WHERE p.as_of = ? AND p.card_id = x.card_id AND p.flag = x.flag)"
            + " THEN 0 ELSE 1 END";

    private final JdbcClient jdbc;

    private final RefusedAttempts refusedAttempts;

    private final LocalDate date;

    private final Map<String, CaseStanding> standings;

    private long suspiciousOnDate;

    JdbcSupportReportSource(JdbcClient jdbc, RefusedAttempts refusedAttempts, LocalDate date,
            CaseStandings standings) {
        this.jdbc = jdbc;
        this.refusedAttempts = refusedAttempts;
        this.date = date;
        this.standings = standings.all(date);
    }

    @Override
    public void openCases(Consumer<CaseRow> sink) {
        LocalDate before = date.minusDays(1);
        jdbc.sql("SELECT x.*, s.first_seen, " + IS_NEW + " AS is_new FROM (" + AsOfViews.EXCEPTIONS + ") x"
                        + " JOIN case_seen s ON s.card_id = x.card_id AND s.flag = x.flag"
                        + " ORDER BY x.severity_rank, x.card_id, x.flag_rank")
                .params(before, before, date, date).query(rs -> {
                    Flag flag = Flag.valueOf(rs.getString("flag"));
                    String cardId = CardKeys.read(rs, "card_id");
                    String caseId = CaseIds.of(cardId, flag);
                    CaseStanding standing = CaseStandings.lookup(standings, caseId);
                    if (standing.status() != CaseStatus.RESOLVED) {
                        sink.accept(row(rs, caseId, cardId, flag, standing));
                    }
                });
    }

    @Override
    public void cleared(Consumer<ClearedRow> sink) {
        // Held as of D−1 (as-of rows: only cards with records after D−1 can change) and not as of D.
        jdbc.sql("SELECT p.card_id, p.flag, p.severity FROM asof_flag p WHERE p.as_of = ? AND NOT EXISTS"
                        + " (SELECT 1 FROM card_flag f WHERE f.card_id = p.card_id AND f.flag = p.flag"
                        + " AND f.last_date <= ?) AND NOT EXISTS (SELECT 1 FROM"
                        + " asof_flag q WHERE q.as_of = ? AND q.card_id = p.card_id AND q.flag = p.flag)"
                        + " ORDER BY p.severity_rank, p.card_id, p.flag_rank")
                .params(date.minusDays(1), date, date).query(rs -> {
                    Flag flag = Flag.valueOf(rs.getString("flag"));
                    String cardId = CardKeys.read(rs, "card_id");
                    String caseId = CaseIds.of(cardId, flag);
                    sink.accept(new ClearedRow(caseId, cardId, flag, Severity.valueOf(rs.getString("severity")),
                            CaseStandings.lookup(standings, caseId).status()));
                });
    }

    private static CaseRow row(ResultSet rs, String caseId, String cardId, Flag flag, CaseStanding standing)
            throws SQLException {
        Severity severity = Severity.valueOf(rs.getString("severity"));
        String currency = rs.getString("currency");
        String redeemedCurrency = rs.getString("redeemed_currency");
        BigDecimal activated = rs.getBigDecimal("activated_amount");
        BigDecimal redeemed = rs.getBigDecimal("redeemed_total");
        String accounts = rs.getString("accounts");
        Playbook.Facts facts = new Playbook.Facts(rs.getString("retailer_id"), rs.getString("region"),
                money(activated, currency), rs.getInt("redemption_count") == 0 ? null
                        : money(redeemed, redeemedCurrency != null ? redeemedCurrency : currency),
                rs.getInt("redemption_count"),
                accounts == null || accounts.isEmpty() ? List.of() : Arrays.asList(accounts.split(",")));
        return new CaseRow(caseId, cardId, flag, severity, accounts, rs.getObject("first_seen", LocalDate.class),
                Playbook.recommendedAction(flag, severity, facts), standing.status(), standing.assignee(),
                rs.getInt("is_new") == 1, facts.retailer(), facts.region(), currency, activated, redeemed,
                redeemedCurrency, standing.lastAction());
    }

    private static String money(BigDecimal amount, String currency) {
        return amount == null ? null : (currency == null ? "" : currency + " ") + Money.text(amount, currency);
    }

    @Override
    public void attempts(Consumer<AttemptRow> sink) {
        refusedAttempts.attempts(date, sink);
    }

    @Override
    public void suspiciousAccounts(Consumer<SuspiciousAccount> sink) {
        refusedAttempts.suspiciousAccounts(date).forEach(row -> {
            if (row.date().equals(date)) {
                suspiciousOnDate++;
            }
            sink.accept(row);
        });
    }

    /** Suspicious accounts on the business date itself (not the rest of the window), once written. */
    long suspiciousOnDate() {
        return suspiciousOnDate;
    }
}
