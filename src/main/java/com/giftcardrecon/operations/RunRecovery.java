package com.giftcardrecon.operations;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/**
 * Deals with runs a dead process left behind. Every method is called with the run lock held:
 * holding it proves that no live process is running anything, so a run still marked running
 * was left by a process that died.
 */
@Component
class RunRecovery {

    private static final Logger log = LoggerFactory.getLogger(RunRecovery.class);

    private final JobOperator jobOperator;

    private final RunHistory history;

    RunRecovery(JobOperator jobOperator, RunHistory history) {
        this.jobOperator = jobOperator;
        this.history = history;
    }

    /** Marks a run left running FAILED, so it can be restarted; other runs as they are. */
    JobExecution recoverIfAbandoned(JobExecution execution) {
        if (execution.getStatus().isRunning()) {
            log.warn("run.recover runId={} was left {} by a process that died", execution.getId(),
                    execution.getStatus());
            return jobOperator.recover(execution);
        }
        return execution;
    }

    /** Recovers every run left running; returns their ids. */
    List<Long> recoverAll() {
        return history.running().stream().map(this::recoverIfAbandoned).map(JobExecution::getId).toList();
    }

    /**
     * Abandons every unfinished run, before a fresh run starts. A new run registers the inbox
     * afresh: it purges whatever an unfinished run half-loaded and registers those files again
     * under new ids. The unfinished run's saved read positions then describe nothing, and
     * restarting it would resume mid-file and skip lines for good. So it is abandoned; a later
     * run of its date starts afresh, which gives the same results.
     */
    void abandonUnfinished() throws Exception {
        for (JobExecution unfinished : history.unfinished()) {
            JobExecution stopped = recoverIfAbandoned(unfinished);
            log.warn("run.abandon runId={} status={}: a new run reloads what it left unfinished", stopped.getId(),
                    stopped.getStatus());
            jobOperator.abandon(stopped);
        }
    }
}
