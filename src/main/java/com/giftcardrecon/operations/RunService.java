package com.giftcardrecon.operations;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Service;

/**
 * The one way in to the nightly job, for the command line, the schedule and the API alike.
 * Running a date continues its last run if that one failed or was stopped (Spring Batch
 * restarts it from the step that did not finish), and otherwise starts a fresh run, which
 * abandons any other unfinished run: it reloads what that one left half-loaded.
 *
 * <p>Every run holds the database's run lock from before it is created until it ends, so there
 * is one run at a time per database. The waiting variants run on the caller's thread; the
 * others return once the run exists and leave it to {@link BackgroundRuns}.
 */
@Service
public class RunService {

    private static final Logger log = LoggerFactory.getLogger(RunService.class);

    private static final Duration JUST_ENDING_GRACE = Duration.ofSeconds(5);

    private final JobOperator jobOperator;

    private final JobOperator background;

    private final Job job;

    private final RunLock lock;

    private final RunHistory history;

    private final RunRecovery recovery;

    private final BusinessCalendar calendar;

    private final RunEvents events;

    private final CatchUps catchUps;

    private final RunStop stopper;

    RunService(JobOperator jobOperator, BackgroundRuns background, Job nightlyReconciliation, RunLock lock,
            RunHistory history, RunRecovery recovery, BusinessCalendar calendar, RunEvents events,
            CatchUps catchUps, RunStop stopper) {
        this.jobOperator = jobOperator;
        this.background = background.operator();
        this.job = nightlyReconciliation;
        this.lock = lock;
        this.history = history;
        this.recovery = recovery;
        this.calendar = calendar;
        this.events = events;
        this.catchUps = catchUps;
        this.stopper = stopper;
    }

    /**
     * Reconciles a business date and waits for the run to end.
     *
     * @throws BusinessDateOutOfRangeException when the date is not one that can be reconciled
     * @throws RunInProgressException          when another run holds the run lock
     */
    public JobExecution reconcile(LocalDate businessDate, Trigger trigger) throws Exception {
        calendar.requireReconcilable(businessDate);
        acquire(businessDate);
        return waitFor(() -> launch(jobOperator, businessDate, trigger));
    }

    /**
     * Starts reconciling a business date in the background, like {@link #reconcile}.
     *
     * @return the run, as soon as it exists in the job repository
     * @throws BusinessDateOutOfRangeException when the date is not one that can be reconciled
     * @throws RunInProgressException          when another run holds the run lock
     */
    public JobExecution start(LocalDate businessDate, Trigger trigger) throws Exception {
        calendar.requireReconcilable(businessDate);
        acquire(businessDate);
        return handOver(() -> launch(background, businessDate, trigger));
    }

    /**
     * Restarts a FAILED or STOPPED run in the background, from the step that did not finish.
     *
     * @throws RunNotFoundException   when there is no such run
     * @throws RunStateException      when the run cannot be restarted
     * @throws RunInProgressException when another run holds the run lock
     */
    public JobExecution restart(long runId) throws Exception {
        acquire(null);
        return handOver(() -> background.restart(restartable(runId)));
    }

    /** Restarts a run like {@link #restart} and waits for it to end. */
    public JobExecution restartAndWait(long runId) throws Exception {
        acquire(null);
        return waitFor(() -> jobOperator.restart(restartable(runId)));
    }

    /**
     * Starts a catch-up in the background: runs every date from {@code from} to {@code to} in
     * order, one at a time, each like {@link #reconcile}, and ends at the first date whose run
     * does not complete. The run lock is held throughout, so nothing else runs in between.
     *
     * @throws RunInProgressException when another run holds the run lock
     */
    public CatchUpView catchUp(LocalDate from, LocalDate to, Trigger trigger) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the catch-up ends (" + to + ") before it starts (" + from + ")");
        }
        calendar.requireReconcilable(from);
        calendar.requireReconcilable(to);
        acquire(from);
        log.info("catchup.start from={} to={} trigger={}", from, to, trigger);
        return catchUps.begin(from, to, date -> launch(jobOperator, date, trigger), lock::release);
    }

    /** The last catch-up this server ran or runs, with the run of its current date. */
    public Optional<CatchUpView> lastCatchUp() {
        return catchUps.last().map(view -> view.current() == null ? view
                : view.withCurrentRun(history.running().stream().findFirst().map(JobExecution::getId).orElse(null)));
    }

    /**
     * Stops the running catch-up: it starts no further date, and the run in progress is asked to
     * stop like {@link #stop}; it can be restarted.
     *
     * @throws RunStateException when no catch-up is running here
     */
    public CatchUpView stopCatchUp() throws Exception {
        catchUps.cancel();
        Optional<CatchUpView> now = lastCatchUp();
        if (now.isPresent() && now.get().currentRunId() != null) {
            try {
                stop(now.get().currentRunId());
            } catch (RunStateException e) {
                // it ended in the meantime; the catch-up starts no further date either way
            }
        }
        return lastCatchUp().orElseThrow();
    }

    /**
     * Asks a running run to stop. Spring Batch marks it STOPPED at once; the run itself stops at
     * its next chunk or step boundary and can then be restarted.
     *
     * @return the run as it is now
     * @throws RunNotFoundException when there is no such run
     * @throws RunStateException    when the run is not running
     */
    public JobExecution stop(long runId) throws Exception {
        JobExecution run = find(runId);
        if (run.isRunning() && lock.tryAcquire()) {
            // No live process holds the lock, so none is running this: its process died.
            try {
                run = recovery.recoverIfAbandoned(find(runId));
            } finally {
                lock.release();
            }
        }
        try {
            stopper.stop(run);
        } catch (JobExecutionNotRunningException e) {
            throw RunStateException.notRunning(find(runId));
        }
        log.info("run.stop runId={} businessDate={}", runId, RunParameters.businessDate(run));
        return find(runId);
    }

    /**
     * Marks FAILED every run a dead process left running, so it can be restarted. Does nothing
     * while a live process holds the run lock: then its run is not abandoned.
     *
     * @return the recovered runs' ids
     */
    public List<Long> recoverAbandoned() {
        if (!lock.tryAcquire()) {
            log.info("run.recover skipped: the run lock is held by {}, alive or dead for less than {} s; what"
                    + " a dead holder left is recovered when the lock is next taken",
                    lock.holder().orElse("a run just ending"), RunLock.STALE_MS / 1000);
            return List.of();
        }
        try {
            return recovery.recoverAll();
        } finally {
            lock.release();
        }
    }

    private JobExecution launch(JobOperator operator, LocalDate businessDate, Trigger trigger) throws Exception {
        Optional<JobExecution> last = history.latest(businessDate).map(recovery::recoverIfAbandoned);
        if (last.isPresent() && isRestartable(last.get().getStatus())) {
            log.info("run.restart businessDate={} previousRunId={}", businessDate, last.get().getId());
            return operator.restart(last.get());
        }
        recovery.abandonUnfinished();
        return operator.start(job, RunParameters.of(businessDate, System.currentTimeMillis(), trigger));
    }

    private JobExecution restartable(long runId) {
        JobExecution run = recovery.recoverIfAbandoned(find(runId));
        if (!isRestartable(run.getStatus())) {
            throw RunStateException.notRestartable(run);
        }
        Optional<JobExecution> restart = history.restartOf(run);
        if (restart.isPresent()) {
            throw RunStateException.alreadyRestarted(run, restart.get());
        }
        return run;
    }

    private void acquire(@Nullable LocalDate businessDate) {
        if (!lock.tryAcquire() && !afterOwnRunEnds()) {
            throw inProgress(businessDate);
        }
    }

    /**
     * A run of this process saves its final status a moment before it releases the lock, so a
     * restart asked for as soon as a stopped run shows as ended would be refused for a run that
     * is no longer there. When the holder is this process and none of its runs is running, the
     * lock is about to be free: wait for it briefly instead of answering 409.
     */
    private boolean afterOwnRunEnds() {
        long giveUp = System.nanoTime() + JUST_ENDING_GRACE.toNanos();
        while (lock.heldHere() && history.running().isEmpty() && System.nanoTime() < giveUp) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            if (lock.tryAcquire()) {
                return true;
            }
        }
        return false;
    }

    // With the lock held: runs on this thread and releases the lock when the run has ended.
    private JobExecution waitFor(Callable<JobExecution> run) throws Exception {
        try {
            return run.call();
        } finally {
            lock.release();
            events.logEnd();
        }
    }

    // With the lock held: the background run releases it when it ends, or this does when the
    // run never got that far.
    private JobExecution handOver(Callable<JobExecution> launch) throws Exception {
        try {
            return launch.call();
        } catch (Exception | Error e) {
            lock.release();
            throw e;
        }
    }

    private RunInProgressException inProgress(@Nullable LocalDate requested) {
        return RunInProgressException.of(history.running().stream().findFirst().orElse(null), requested,
                lock.holder().orElse("nobody now"));
    }

    private static boolean isRestartable(BatchStatus status) {
        return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
    }

    private JobExecution find(long runId) {
        return history.find(runId).orElseThrow(() -> new RunNotFoundException(runId));
    }
}
