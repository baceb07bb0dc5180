package com.giftcardrecon.operations;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;

/**
 * Which runs to list, newest first.
 *
 * @param businessDate only runs of this date, or any date when null
 * @param status       only runs in this status, or any status when null
 * @param trigger      only runs asked for this way, or any when null
 * @param limit        at most this many runs, 1 to {@link #MAX_LIMIT}
 */
public record RunFilter(@Nullable LocalDate businessDate, @Nullable BatchStatus status, @Nullable Trigger trigger,
        int limit) {

    public static final int DEFAULT_LIMIT = 20;

    public static final int MAX_LIMIT = 500;

    public RunFilter {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
    }

    public RunFilter(@Nullable LocalDate businessDate, @Nullable BatchStatus status, int limit) {
        this(businessDate, status, null, limit);
    }
}
