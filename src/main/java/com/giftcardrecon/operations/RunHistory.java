package com.giftcardrecon.operations;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds past runs in Spring Batch's job repository. */
@Component
public class RunHistory {

    private final JdbcClient jdbc;

    private final JobRepository jobRepository;

    RunHistory(JdbcClient jdbc, JobRepository jobRepository) {
        this.jdbc = jdbc;
        this.jobRepository = jobRepository;
    }

    /** The newest execution of the nightly job for a business date, if it ever ran. */
    public Optional<JobExecution> latest(LocalDate businessDate) {
        return jdbc.sql("SELECT MAX(e.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION e"
                        + " JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID"
                        + " JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID"
                        + " WHERE i.JOB_NAME = ? AND p.PARAMETER_NAME = ? AND p.PARAMETER_VALUE = ?")
                .params(NightlyReconciliationJobConfiguration.JOB_NAME, RunParameters.BUSINESS_DATE,
                        businessDate.toString())
                .query(Long.class).optional()
                .map(jobRepository::getJobExecution);
    }

    /**
     * The newest execution of every instance that neither completed nor was abandoned: failed,
     * stopped, or left running by a process that died. Each could still be restarted.
     */
    public List<JobExecution> unfinished() {
        return jdbc.sql("SELECT e.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION e"
                        + " JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID"
                        + " WHERE i.JOB_NAME = ? AND e.STATUS NOT IN ('COMPLETED', 'ABANDONED')"
                        + " AND e.JOB_EXECUTION_ID = (SELECT MAX(x.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION x"
                        + " WHERE x.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID) ORDER BY e.JOB_EXECUTION_ID")
                .param(NightlyReconciliationJobConfiguration.JOB_NAME)
                .query(Long.class).list().stream()
                .map(jobRepository::getJobExecution)
                .toList();
    }
}
