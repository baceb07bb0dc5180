package com.giftcardrecon.generate;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What {@code generate} writes: {@code days} business days from {@code firstDay} into
 * {@code dir}, {@code activationsPerDay} activation lines a day shared by the retailers. The
 * same spec always gives the same bytes.
 */
public record InboxSpec(Path dir, LocalDate firstDay, long days, long activationsPerDay, long seed) {

    public static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 23);

    public static final long DAYS = 20;

    public static final long ACTIVATIONS_PER_DAY = 20_000;

    public static final long SEED = 42;

    // About 40 GB of files at the ceiling: beyond that, a typo rather than a wish.
    private static final long MAX_LINES = 400_000_000L;

    public InboxSpec {
        if (days < 1 || days > 3660) {
            throw new IllegalArgumentException("--days must be between 1 and 3660, got " + days);
        }
        if (activationsPerDay < 0 || days * activationsPerDay > MAX_LINES) {
            throw new IllegalArgumentException("--per-day must be at least 0 and days x per-day at most "
                    + MAX_LINES + ", got " + days + " x " + activationsPerDay);
        }
    }
}
