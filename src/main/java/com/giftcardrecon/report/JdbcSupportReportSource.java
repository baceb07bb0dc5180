package com.giftcardrecon.report;

import com.giftcardrecon.attempts.AttemptRow;
import com.giftcardrecon.attempts.RefusedAttempts;
import com.giftcardrecon.attempts.SuspiciousAccount;
import com.giftcardrecon.cases.CaseIds;
import com.giftcardrecon.cases.Playbook;
import com.giftcardrecon.reconcile.asof.AsOfViews;
import com.giftcardrecon.ingest.CardKeys;
import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.Severity;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The support workbook's rows as of one business date, streamed from the database: the open
 * cases, most severe first, and the refused attempts of the window ending on the date.
 */
class JdbcSupportReportSource implements SupportReportSource {

    private final JdbcClient jdbc;

    private final RefusedAttempts refusedAttempts;

    private final LocalDate date;

    private long suspiciousOnDate;

    JdbcSupportReportSource(JdbcClient jdbc, RefusedAttempts refusedAttempts, LocalDate date) {
        this.jdbc = jdbc;
        this.refusedAttempts = refusedAttempts;
        this.date = date;
    }

    @Override
    public void openCases(Consumer<CaseRow> sink) {
        jdbc.sql("SELECT x.card_id, x.flag, x.severity, x.accounts, s.first_seen FROM (" + AsOfViews.EXCEPTIONS
                        + ") x JOIN case_seen s ON s.card_id = x.card_id AND s.flag = x.flag"
                        + " ORDER BY x.severity_rank, x.card_id, x.flag_rank")
                .params(date, date).query(rs -> {
                    Flag flag = Flag.valueOf(rs.getString("flag"));
                    String cardId = CardKeys.read(rs, "card_id");
                    sink.accept(new CaseRow(CaseIds.of(cardId, flag), cardId, flag,
                            Severity.valueOf(rs.getString("severity")), rs.getString("accounts"),
                            rs.getObject("first_seen", LocalDate.class), Playbook.recommendedAction(flag)));
                });
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
