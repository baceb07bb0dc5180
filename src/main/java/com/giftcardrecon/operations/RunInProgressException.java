package com.giftcardrecon.operations;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.JobExecution;

/**
 * A run was asked for while another one holds the run lock (one run at a time per database).
 * Names the run in progress when it is already in the job repository; a run that is still
 * being set up has none yet.
 */
public class RunInProgressException extends RuntimeException {

    private final @Nullable Long runId;

    private final @Nullable LocalDate businessDate;

    public RunInProgressException(String message) {
        this(message, null, null);
    }

    public RunInProgressException(String message, @Nullable Long runId, @Nullable LocalDate businessDate) {
        super(message);
        this.runId = runId;
        this.businessDate = businessDate;
    }

    /**
     * @param running   the newest run marked running, if any
     * @param requested the date a run was asked for, if one was
     * @param holder    who holds the run lock
     */
    static RunInProgressException of(@Nullable JobExecution running, @Nullable LocalDate requested, String holder) {
        if (running == null) {
            return new RunInProgressException("a run is starting or just ending (run lock held by " + holder
                    + "); try again in a moment");
        }
        LocalDate date = RunParameters.businessDate(running);
        String what = date.equals(requested) ? "a run for " + date + " is already in progress: run " + running.getId()
                : "run " + running.getId() + " for " + date + " is in progress, and there is one run at a time per"
                        + " database";
        return new RunInProgressException(what + " (run lock held by " + holder + "; a holder that died frees it at"
                + " once on its own host, within " + RunLock.STALE_MS / 1000 + " s elsewhere); try again when it has finished", running.getId(), date);
    }

    public @Nullable Long runId() {
        return runId;
    }

    public @Nullable LocalDate businessDate() {
        return businessDate;
    }
}
