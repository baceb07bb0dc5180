package com.giftcardrecon.reconcile.asof;

import java.time.LocalDate;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Drops the as-of results an earlier run for the same date left, before recomputing them. */
public class ClearAsOfTasklet implements Tasklet {

    private final JdbcClient jdbc;

    private final LocalDate asOf;

    public ClearAsOfTasklet(JdbcClient jdbc, LocalDate asOf) {
        this.jdbc = jdbc;
        this.asOf = asOf;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        jdbc.sql("DELETE FROM asof_flag WHERE as_of = ?").param(asOf).update();
        jdbc.sql("DELETE FROM asof_card WHERE as_of = ?").param(asOf).update();
        return RepeatStatus.FINISHED;
    }
}
