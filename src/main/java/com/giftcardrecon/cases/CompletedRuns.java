package com.giftcardrecon.cases;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which business dates have a completed run: case lists are as of such a date, since the run
 * for it stores the as-of results the lists read (Spring Batch's tables, read-only).
 */
@Component
public class CompletedRuns {

    private static final String COMPLETED = " FROM BATCH_JOB_EXECUTION e"
            + " JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID"
            + " WHERE e.STATUS = 'COMPLETED' AND p.PARAMETER_NAME = 'businessDate'";

    /** A completed run: its id and business date. */
    public record Run(long id, LocalDate businessDate) {
    }

    private final JdbcClient jdbc;

    CompletedRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The run that completed last, if any did. */
    public Optional<Run> latest() {
        return jdbc.sql("SELECT e.JOB_EXECUTION_ID, p.PARAMETER_VALUE" + COMPLETED
                        + " ORDER BY e.JOB_EXECUTION_ID DESC LIMIT 1")
                .query((rs, n) -> new Run(rs.getLong(1), LocalDate.parse(rs.getString(2)))).optional();
    }

    /** The business date of the run that completed last, if any did. */
    public Optional<LocalDate> latestDate() {
        return latest().map(Run::businessDate);
    }

    public boolean completed(LocalDate date) {
        return jdbc.sql("SELECT COUNT(*)" + COMPLETED + " AND p.PARAMETER_VALUE = ?").param(date.toString())
                .query(Long.class).single() > 0;
    }
}
