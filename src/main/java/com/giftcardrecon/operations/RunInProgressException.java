package com.giftcardrecon.operations;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

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

    public @Nullable Long runId() {
        return runId;
    }

    public @Nullable LocalDate businessDate() {
        return businessDate;
    }
}
