package com.giftcardrecon.operations;

import org.springframework.batch.core.configuration.DuplicateJobException;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs the nightly job off the caller's thread: its {@link #operator()} returns as soon as the
 * run exists in the job repository, so the API can answer with its id at once. The run lock the
 * caller took is released here, when the run ends.
 *
 * <p>Boot's own {@code JobOperator} stays synchronous for the command line and the schedule.
 * This one is not a bean, so nothing else picks it up by type.
 */
@Component
class BackgroundRuns implements DisposableBean {

    private final ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();

    private final RunLock lock;

    private final RunEvents events;

    private final JobOperator operator;

    BackgroundRuns(JobRepository jobRepository, Job nightlyReconciliation, RunLock lock, RunEvents events)
            throws Exception {
        this.lock = lock;
        this.events = events;
        // The run lock admits one run at a time, so one worker suffices. The queue slot covers
        // the moment between a run releasing the lock and its thread becoming free again.
        pool.setCorePoolSize(1);
        pool.setMaxPoolSize(1);
        pool.setQueueCapacity(1);
        pool.setThreadNamePrefix("run-");
        pool.setWaitForTasksToCompleteOnShutdown(true);
        pool.setAwaitTerminationSeconds(30);
        pool.initialize();
        TaskExecutorJobOperator jobOperator = new TaskExecutorJobOperator();
        jobOperator.setJobRepository(jobRepository);
        jobOperator.setJobRegistry(registryOf(nightlyReconciliation));
        jobOperator.setTaskExecutor(this::execute);
        jobOperator.afterPropertiesSet();
        this.operator = jobOperator;
    }

    /** Starts and restarts runs in the background; the caller must hold the run lock. */
    JobOperator operator() {
        return operator;
    }

    private void execute(Runnable run) {
        try {
            pool.execute(() -> {
                try {
                    run.run();
                } finally {
                    lock.release();
                    events.logEnd();
                }
            });
        } catch (TaskRejectedException e) {
            // Only when shutting down. Batch marks the run FAILED; nothing will release the lock later.
            lock.release();
            throw e;
        }
    }

    @Override
    public void destroy() {
        pool.shutdown();
    }

    private static MapJobRegistry registryOf(Job job) throws DuplicateJobException {
        MapJobRegistry registry = new MapJobRegistry();
        registry.register(job);
        return registry;
    }
}
