package com.giftcardrecon.report;

import com.giftcardrecon.cases.CaseIds;
import com.giftcardrecon.cases.Playbook;
import com.giftcardrecon.reconcile.asof.AsOfViews;
import com.giftcardrecon.ingest.CardKeys;
import com.giftcardrecon.reconcile.card.Flag;
import com.giftcardrecon.reconcile.card.Severity;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The open cases as of one business date, most severe first, streamed from the database. */
class JdbcSupportReportSource implements SupportReportSource {

    private final JdbcClient jdbc;

    private final LocalDate date;

    JdbcSupportReportSource(JdbcClient jdbc, LocalDate date) {
        this.jdbc = jdbc;
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
}
