package com.giftcardrecon.cases;

import com.giftcardrecon.reconcile.asof.AsOfViews;
import java.time.LocalDate;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Records that the run for D flagged each (card, flag) that holds as of D, so a case's
 * "First Seen" is the earliest business date of any run that flagged it, reruns of earlier
 * dates included.
 */
class TrackCasesTasklet implements Tasklet {

    private static final String FLAGGED = "SELECT x.card_id, x.flag FROM (" + AsOfViews.EXCEPTIONS + ") x";

    private final JdbcClient jdbc;

    private final LocalDate asOf;

    TrackCasesTasklet(JdbcClient jdbc, LocalDate asOf) {
        this.jdbc = jdbc;
        this.asOf = asOf;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        LocalDate d = asOf;
        jdbc.sql("UPDATE case_seen SET first_seen = ? WHERE first_seen > ? AND EXISTS (SELECT 1 FROM (" + FLAGGED
                        + ") x WHERE x.card_id = case_seen.card_id AND x.flag = case_seen.flag)")
                .params(d, d, d, d).update();
        jdbc.sql("INSERT INTO case_seen (card_id, flag, first_seen) SELECT x.card_id, x.flag, ? FROM (" + FLAGGED
                        + ") x WHERE NOT EXISTS (SELECT 1 FROM case_seen s WHERE s.card_id = x.card_id"
                        + " AND s.flag = x.flag)")
                .params(d, d, d).update();
        return RepeatStatus.FINISHED;
    }
}
