package com.giftcardrecon.operations;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds past and running runs in Spring Batch's job repository. A run is a job execution. */
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
        return list(new RunFilter(businessDate, null, 1)).stream().findFirst();
    }

    public Optional<JobExecution> find(long runId) {
        try {
            return Optional.ofNullable(jobRepository.getJobExecution(runId)).filter(
                    run -> run.getJobInstance().getJobName().equals(NightlyReconciliationJobConfiguration.JOB_NAME));
        } catch (EmptyResultDataAccessException e) {
            // Batch's JDBC DAO throws rather than answer null for an id it never issued.
            return Optional.empty();
        }
    }

    /** Runs matching the filter, newest first. */
    public List<JobExecution> list(RunFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT e.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION e"
                + " JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = :job");
        if (filter.businessDate() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM BATCH_JOB_EXECUTION_PARAMS p WHERE p.JOB_EXECUTION_ID"
                    + " = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = :dateName AND p.PARAMETER_VALUE = :date)");
        }
        if (filter.status() != null) {
            sql.append(" AND e.STATUS = :status");
        }
        if (filter.trigger() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM BATCH_JOB_EXECUTION_PARAMS t WHERE t.JOB_EXECUTION_ID"
                    + " = e.JOB_EXECUTION_ID AND t.PARAMETER_NAME = :triggerName AND t.PARAMETER_VALUE = :trigger)");
        }
        sql.append(" ORDER BY e.JOB_EXECUTION_ID DESC LIMIT :limit");
        return jdbc.sql(sql.toString())
                .param("job", NightlyReconciliationJobConfiguration.JOB_NAME)
                .param("dateName", RunParameters.BUSINESS_DATE)
                .param("date", String.valueOf(filter.businessDate()))
                .param("status", String.valueOf(filter.status()))
                .param("triggerName", RunParameters.TRIGGER)
                .param("trigger", String.valueOf(filter.trigger()))
                .param("limit", filter.limit())
                .query(Long.class).list().stream()
                .map(jobRepository::getJobExecution)
                .toList();
    }

    /** Runs marked as running, newest first; a dead process may have left some of them. */
    public List<JobExecution> running() {
        return jobRepository.findRunningJobExecutions(NightlyReconciliationJobConfiguration.JOB_NAME).stream()
                .sorted(Comparator.comparingLong(JobExecution::getId).reversed())
                .toList();
    }

    /** The run that continued this one, when it was restarted. */
    public Optional<JobExecution> restartOf(JobExecution run) {
        JobExecution last = jobRepository.getLastJobExecution(run.getJobInstance());
        return last == null || last.getId() == run.getId() ? Optional.empty() : Optional.of(last);
    }

    /** The runs before and after this one in its thread of restarts (its job instance). */
    public RunLinks links(JobExecution run) {
        List<Long> thread = jdbc.sql("SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = ?"
                        + " ORDER BY JOB_EXECUTION_ID")
                .param(run.getJobInstance().getInstanceId()).query(Long.class).list();
        int at = thread.indexOf(run.getId());
        if (at < 0) {
            return RunLinks.NONE;
        }
        return new RunLinks(at > 0 ? thread.get(at - 1) : null, at < thread.size() - 1 ? thread.get(at + 1) : null);
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
