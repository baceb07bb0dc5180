package com.giftcardrecon.operations;

import java.time.LocalDateTime;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Asks a running run to stop by marking it STOPPING in the job repository, and nothing more: each
 * of its steps (and partitions) reads that status at its next chunk boundary, through the
 * repository's own update, and stops there with its counts and position as it committed them.
 *
 * <p>Not {@code JobOperator.stop}: in Spring Batch 6 it also marks the running step STOPPED and
 * writes the step execution and its execution context back from the copy it read before, so a
 * chunk the step commits meanwhile is stored but its position is overwritten by the older one,
 * and the restart writes that chunk again (seen as a duplicate key in reconcileAsOf, and the load
 * steps would reject their own lines as repeats).
 */
@Component
class RunStop {

    private final JobRepository jobRepository;

    RunStop(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    void stop(JobExecution run) throws JobExecutionNotRunningException {
        if (run.getStatus() != BatchStatus.STARTED && run.getStatus() != BatchStatus.STARTING) {
            throw new JobExecutionNotRunningException("run " + run.getId() + " is " + run.getStatus());
        }
        // As JobOperator.stop does for the run itself: with its end time set, the repository
        // records it STOPPED at once, and the steps stop at their next boundary.
        run.setStatus(BatchStatus.STOPPING);
        run.setExitStatus(ExitStatus.STOPPED);
        run.setEndTime(LocalDateTime.now());
        jobRepository.update(run);
    }
}
