package com.giftcardrecon.operations;

import org.jspecify.annotations.Nullable;

/**
 * Where a run sits in its thread of restarts: a FAILED or STOPPED run that was restarted points
 * to the run that continued it, and that run points back. A thread is one Spring Batch job
 * instance; its runs are its executions.
 *
 * @param restartOf   the run this one continued, or null for the first run of a thread
 * @param restartedBy the run that continued this one, or null when none (yet)
 */
public record RunLinks(@Nullable Long restartOf, @Nullable Long restartedBy) {

    public static final RunLinks NONE = new RunLinks(null, null);

    /** "restart of run 1, restarted by run 3", or empty for a run on its own. */
    public String describe() {
        String of = restartOf == null ? "" : "restart of run " + restartOf;
        String by = restartedBy == null ? "" : "restarted by run " + restartedBy;
        return of.isEmpty() || by.isEmpty() ? of + by : of + ", " + by;
    }
}
