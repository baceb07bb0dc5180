package com.giftcardrecon.operations;

import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Service;

/**
 * The one way in to the nightly job, for the command line, the schedule and the API alike.
 * Running a date continues its last run if that one failed or was stopped (Spring Batch
 * restarts it from the step that did not finish), and otherwise starts a fresh run, which
 * abandons any other unfinished run: it reloads what that one left half-loaded.
 */
@Service
public class RunService {

    private static final Logger log = LoggerFactory.getLogger(RunService.class);

    private final JobOperator jobOperator;

    private final Job job;

    private final RunLock lock;

    private final RunHistory history;

    RunService(JobOperator jobOperator, Job nightlyReconciliation, RunLock lock, RunHistory history) {
        this.jobOperator = jobOperator;
        this.job = nightlyReconciliation;
        this.lock = lock;
        this.history = history;
    }

    /**
     * Reconciles a business date and waits for the run to end.
     *
     * @throws RunInProgressException when another run holds the run lock
     */
    public JobExecution reconcile(LocalDate businessDate, Trigger trigger) throws Exception {
        if (!lock.tryAcquire()) {
            throw new RunInProgressException("another run is in progress (" + lock.holder().orElse("just ended")
                    + "); try again when it has finished");
        }
        try {
            Optional<JobExecution> last = history.latest(businessDate).map(this::recoverIfAbandoned);
            JobExecution execution;
            if (last.isPresent() && isRestartable(last.get().getStatus())) {
                log.info("run.restart businessDate={} previousRunId={}", businessDate, last.get().getId());
                execution = jobOperator.restart(last.get());
            } else {
                abandonUnfinishedRuns();
                execution = jobOperator.start(job, RunParameters.of(businessDate, System.currentTimeMillis(), trigger));
            }
            log.info("run.end runId={} businessDate={} status={}", execution.getId(), businessDate,
                    execution.getStatus());
            return execution;
        } finally {
            lock.release();
        }
    }

    // Holding the lock proves no live process is running anything, so a run still marked
    // running was left behind by a process that died: mark it failed so it can be restarted.
    private JobExecution recoverIfAbandoned(JobExecution execution) {
        if (execution.getStatus().isRunning()) {
            log.warn("run.recover runId={} was left {} by a process that died", execution.getId(),
                    execution.getStatus());
            return jobOperator.recover(execution);
        }
        return execution;
    }

    // A new run registers the inbox afresh: it purges whatever an unfinished run half-loaded and
    // registers those files again under new ids. The unfinished run's saved read positions then
    // describe nothing, and restarting it would resume mid-file and skip lines for good. So it is
    // abandoned; a later run of its date starts afresh, which gives the same results.
    private void abandonUnfinishedRuns() throws Exception {
        for (JobExecution unfinished : history.unfinished()) {
            JobExecution stopped = recoverIfAbandoned(unfinished);
            log.warn("run.abandon runId={} status={}: a new run reloads what it left unfinished", stopped.getId(),
                    stopped.getStatus());
            jobOperator.abandon(stopped);
        }
    }

    private static boolean isRestartable(BatchStatus status) {
        return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
    }
}
