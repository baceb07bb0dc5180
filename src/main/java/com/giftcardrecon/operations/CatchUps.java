package com.giftcardrecon.operations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs the dates of a catch-up in order, one at a time, on a thread of its own, holding the
 * run lock from the first date to the last so that nothing runs in between. A date whose run
 * does not complete ends the catch-up there: the later dates build on it. The last catch-up is
 * kept in memory by the node that runs it.
 */
@Component
class CatchUps implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CatchUps.class);

    /** Runs one date and waits for it, the lock already held. */
    interface DateRunner {
        JobExecution run(LocalDate businessDate) throws Exception;
    }

    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable,
            "catch-up"));

    private volatile @Nullable CatchUp last;

    /** Starts the catch-up; {@code release} frees the run lock once it has ended, however it ends. */
    synchronized CatchUpView begin(LocalDate from, LocalDate to, DateRunner runner, Runnable release) {
        CatchUp catchUp = new CatchUp(from, to);
        last = catchUp;
        try {
            thread.execute(() -> {
                try {
                    catchUp.runAll(runner);
                } finally {
                    release.run();
                }
            });
        } catch (RuntimeException e) {
            release.run();
            throw e;
        }
        return catchUp.view();
    }

    Optional<CatchUpView> last() {
        CatchUp catchUp = last;
        return catchUp == null ? Optional.empty() : Optional.of(catchUp.view());
    }

    /** Asks the running catch-up to start no further date; the caller stops the run in progress. */
    void cancel() {
        CatchUp catchUp = last;
        if (catchUp == null || !catchUp.view().running()) {
            throw new RunStateException("no catch-up is running on this server");
        }
        catchUp.cancel();
    }

    @Override
    public void destroy() throws InterruptedException {
        CatchUp catchUp = last;
        if (catchUp != null) {
            catchUp.cancel();
        }
        thread.shutdown();
        thread.awaitTermination(30, TimeUnit.SECONDS);
    }

    /** One catch-up's state, changed by its thread and read by requests. */
    private static final class CatchUp {

        private final LocalDate from;

        private final LocalDate to;

        private final List<CatchUpView.DateRun> runs = new ArrayList<>();

        private String status = "RUNNING";

        private @Nullable LocalDate current;

        private boolean cancelled;

        private String message;

        CatchUp(LocalDate from, LocalDate to) {
            this.from = from;
            this.to = to;
            this.message = "catching up " + from + " to " + to;
        }

        void runAll(DateRunner runner) {
            for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
                synchronized (this) {
                    if (cancelled) {
                        end("STOPPED", "stopped before " + date + " on request; " + date + " to " + to
                                + " were not run");
                        return;
                    }
                    current = date;
                }
                JobExecution run;
                try {
                    run = runner.run(date);
                } catch (Exception e) {
                    log.error("catchup.failed businessDate={}: {}", date, e.getMessage());
                    end("FAILED", date + " could not run: " + e.getMessage() + "; " + date + " to " + to
                            + " were not run");
                    return;
                }
                synchronized (this) {
                    runs.add(new CatchUpView.DateRun(date, run.getId(), run.getStatus().name()));
                    if (run.getStatus() != BatchStatus.COMPLETED) {
                        String ended = run.getStatus() == BatchStatus.STOPPED ? "STOPPED" : "FAILED";
                        end(ended, "run " + run.getId() + " for " + date + " is " + run.getStatus() + "; "
                                + (date.equals(to) ? "" : date.plusDays(1) + " to " + to + " were not run; ")
                                + "restart it, then catch up from " + date);
                        return;
                    }
                }
            }
            end("COMPLETED", "every date from " + from + " to " + to + " completed");
        }

        synchronized void cancel() {
            cancelled = true;
        }

        private synchronized void end(String ended, String why) {
            status = ended;
            message = why;
            current = null;
            log.info("catchup.end from={} to={} status={} runs={}", from, to, ended, runs.size());
        }

        synchronized CatchUpView view() {
            int dates = (int) (to.toEpochDay() - from.toEpochDay() + 1);
            int completed = (int) runs.stream().filter(run -> run.status().equals("COMPLETED")).count();
            List<CatchUpView.DateRun> shown = new ArrayList<>(runs);
            return new CatchUpView(from, to, status, dates, completed, current, null, shown, message);
        }
    }
}
