package com.giftcardrecon.operations;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A catch-up as it stands: its dates, the runs it made so far, and where it is.
 *
 * @param status  RUNNING, COMPLETED (every date completed), STOPPED (stopped on request, or a
 *                run was stopped) or FAILED (a run failed or could not start; later dates were not run)
 * @param current the date being run now; null once it has ended
 * @param currentRunId the run of that date, once it exists
 * @param runs    the runs made so far, one per date, in date order
 * @param message what happened, in one line, for people
 */
public record CatchUpView(LocalDate from, LocalDate to, String status, int dates, int completed,
        @Nullable LocalDate current, @Nullable Long currentRunId, List<DateRun> runs, String message) {

    /** The run a date got, and how it ended (or STARTED while it runs). */
    public record DateRun(LocalDate businessDate, long runId, String status) {
    }

    CatchUpView withCurrentRun(@Nullable Long runId) {
        return new CatchUpView(from, to, status, dates, completed, current, runId, runs, message);
    }

    public boolean running() {
        return "RUNNING".equals(status);
    }
}
