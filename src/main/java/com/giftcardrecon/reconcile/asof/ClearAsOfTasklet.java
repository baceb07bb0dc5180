package com.giftcardrecon.reconcile.asof;

import java.time.LocalDate;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Drops the as-of results of the run's date and the day before it (the support workbook compares
 * the two) that an earlier run left, before recomputing them.
 */
public class ClearAsOfTasklet implements Tasklet {

    private final JdbcClient jdbc;

    private final LocalDate from;

    private final LocalDate to;

    public ClearAsOfTasklet(JdbcClient jdbc, LocalDate from, LocalDate to) {
        this.jdbc = jdbc;
        this.from = from;
        this.to = to;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        jdbc.sql("DELETE FROM asof_flag WHERE as_of BETWEEN ? AND ?").params(from, to).update();
        jdbc.sql("DELETE FROM asof_card WHERE as_of BETWEEN ? AND ?").params(from, to).update();
        return RepeatStatus.FINISHED;
    }
}
